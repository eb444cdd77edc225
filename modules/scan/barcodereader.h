#pragma once

#include "decodeoptions.h"
#include "frameresult.h"
#include "lumaview.h"

#include <QCoreApplication>
#include <QImage>
#include <QVideoFrame>

#include <array>
#include <vector>

namespace pd::scan {

// The one synchronous decode path of PhongDich: the decode worker runs it on
// every camera/video frame, `phongdich-cli decode` and the benchmark on
// images. Luminance is read in place where the layout allows (LumaFrame);
// ZXing reads the formats in DecodeOptions; when it finds nothing, a
// contrast-stretched image (when the frame is dull), the inverted image and
// the image turned 45° are tried, in that order, while the frame is within
// its time budget. Results are kept only if Plausibility accepts them.
//
// Not thread-safe: one reader per thread (it reuses its buffers).
class BarcodeReader {
    Q_DECLARE_TR_FUNCTIONS(pd::scan::BarcodeReader)

public:
    explicit BarcodeReader(const DecodeOptions &options = {});

    const DecodeOptions &options() const { return m_options; }
    void setOptions(const DecodeOptions &options) { m_options = options; }

    FrameResult read(const QImage &image);
    FrameResult read(const QVideoFrame &frame);
    FrameResult read(const LumaView &luma);

private:
    enum class Pass { Plain, Stretched, Inverted, Rotated };
    // `startNs`: when reading the frame began (luminance access included).
    FrameResult readLuma(const LumaView &luma, qint64 startNs);
    // One ZXing call on `view`; codes are mapped back to frame coordinates.
    bool runPass(Pass pass, const LumaView &view, const LumaView &frame, FrameResult &result);
    // A table mapping the frame's 1st–99th percentile to 0–255; false when
    // the frame has contrast enough.
    static bool contrastStretch(const LumaView &luma, std::array<uchar, 256> &table);
    LumaView remapped(const LumaView &luma, const std::array<uchar, 256> &table);
    LumaView rotated(const LumaView &luma);

    DecodeOptions m_options;
    std::vector<uchar> m_lumaScratch; // RGB → luminance, reused across frames
    std::vector<uchar> m_passScratch; // stretched, inverted or rotated copy, reused
};

} // namespace pd::scan
