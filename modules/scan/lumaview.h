#pragma once

#include <QtGlobal>

#include <cstddef>

namespace pd::scan {

// A non-owning view of 8-bit luminance: the Y plane of a video frame, the
// bytes of a Grayscale8 image, or the high byte of 16-bit samples. Strides
// are in bytes; pixStride > 1 steps over interleaved chroma (YUYV, UYVY).
struct LumaView {
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;
    int pixStride = 1;

    bool isNull() const { return data == nullptr || width <= 0 || height <= 0; }
    uchar at(int x, int y) const
    {
        return data[std::ptrdiff_t(y) * rowStride + std::ptrdiff_t(x) * pixStride];
    }
};

} // namespace pd::scan
