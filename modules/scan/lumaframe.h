#pragma once

#include "lumaview.h"

#include <QImage>
#include <QVideoFrame>

#include <vector>

namespace pd::scan {

// The luminance of one frame, read where it lies whenever the layout allows:
// the Y plane of a mapped YUV video frame (NV12, I420, YUYV, …) and the
// bytes of a Grayscale8 image are viewed in place; RGB layouts are converted
// once into `scratch`, a buffer the caller reuses from frame to frame; any
// other layout goes through QImage once. Holds the video frame mapped (or the
// image referenced) until destroyed, so the view stays valid.
class LumaFrame {
public:
    LumaFrame() = default;
    static LumaFrame fromImage(const QImage &image, std::vector<uchar> &scratch);
    static LumaFrame fromVideoFrame(const QVideoFrame &frame, std::vector<uchar> &scratch);

    ~LumaFrame();
    LumaFrame(LumaFrame &&other) noexcept;
    LumaFrame &operator=(LumaFrame &&other) noexcept;
    LumaFrame(const LumaFrame &) = delete;
    LumaFrame &operator=(const LumaFrame &) = delete;

    const LumaView &view() const { return m_view; }
    bool isNull() const { return m_view.isNull(); }
    // False when the luminance is the source's own memory (no copy made).
    bool isConverted() const { return m_converted; }

private:
    static LumaFrame fromRgb(const uchar *bits, int width, int height, int bytesPerLine,
                             int pixStride, int red, int green, int blue, int alpha,
                             bool premultiplied, std::vector<uchar> &scratch);
    static LumaFrame wrapImage(QImage image);

    QVideoFrame m_frame; // mapped while m_view points into it
    QImage m_image; // keeps an image's bytes alive
    LumaView m_view;
    bool m_converted = false;
};

} // namespace pd::scan
