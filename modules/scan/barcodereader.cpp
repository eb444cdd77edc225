#include "barcodereader.h"

#include "lumaframe.h"
#include "plausibility.h"
#include "scanlogging.h"

#include <QElapsedTimer>
#include <QTransform>

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cmath>
#include <exception>
#include <iterator>
#include <numbers>
#include <numeric>

namespace pd::scan {

namespace {
// Frames smaller than the smallest QR (21 modules plus quiet zone) at one
// pixel a module cannot hold a code; ZXing is not asked.
constexpr int kMinFrameSide = 21;
constexpr double kRotationDegrees = 45.0;
// Frames whose 1st–99th percentile spread is below this many grey levels get
// a contrast-stretched pass.
constexpr int kLowContrastRange = 100;

ZXing::BarcodeFormats zxingFormats(CodeFormats formats)
{
    if (!formats)
        formats = kAllCodeFormats;
    ZXing::BarcodeFormats result;
    if (formats.testFlag(CodeFormat::QRCode))
        result |= ZXing::BarcodeFormat::QRCode;
    if (formats.testFlag(CodeFormat::DataMatrix))
        result |= ZXing::BarcodeFormat::DataMatrix;
    if (formats.testFlag(CodeFormat::Code128))
        result |= ZXing::BarcodeFormat::Code128;
    if (formats.testFlag(CodeFormat::PDF417))
        result |= ZXing::BarcodeFormat::PDF417;
    return result;
}

CodeFormat codeFormat(ZXing::BarcodeFormat format)
{
    switch (format) {
    case ZXing::BarcodeFormat::QRCode:
        return CodeFormat::QRCode;
    case ZXing::BarcodeFormat::DataMatrix:
        return CodeFormat::DataMatrix;
    case ZXing::BarcodeFormat::Code128:
        return CodeFormat::Code128;
    case ZXing::BarcodeFormat::PDF417:
        return CodeFormat::PDF417;
    default:
        return CodeFormat::None;
    }
}

// The transform that takes a point of the 45°-turned image back to the frame.
QTransform rotatedToFrame(const LumaView &frame, const LumaView &turned)
{
    QTransform transform;
    transform.translate(frame.width / 2.0, frame.height / 2.0);
    transform.rotate(-kRotationDegrees);
    transform.translate(-turned.width / 2.0, -turned.height / 2.0);
    return transform;
}

// One ZXing call with its own defaults otherwise (tryHarder, tryRotate,
// tryDownscale), the same call a minimal direct use of ZXing makes.
ZXing::Results readZxing(const ZXing::ImageView &image, CodeFormats formats, int maxSymbols)
{
    ZXing::DecodeHints hints;
    hints.setFormats(zxingFormats(formats));
    try {
        // For one symbol, ZXing 1.4's single-result entry point: about 20 %
        // faster than ReadBarcodes asked for one (measured, bench_decode).
        if (maxSymbols <= 1) {
            ZXing::Result result = ZXing::ReadBarcode(image, hints);
            if (!result.isValid())
                return {};
            ZXing::Results results;
            results.push_back(std::move(result));
            return results;
        }
        hints.setMaxNumberOfSymbols(uint8_t(qBound(1, maxSymbols, 255)));
        return ZXing::ReadBarcodes(image, hints);
    } catch (const std::exception &exception) {
        // ZXing reports misuse by exceptions; none may cross the event loop.
        qCWarning(lcScan) << "ZXing failed:" << exception.what();
        return {};
    }
}

qint64 monotonicNs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.nsecsElapsed();
}
} // namespace

BarcodeReader::BarcodeReader(const DecodeOptions &options) : m_options(options) { }

FrameResult BarcodeReader::read(const QImage &image)
{
    const qint64 startNs = monotonicNs();
    const LumaFrame luma = LumaFrame::fromImage(image, m_lumaScratch);
    if (luma.isNull()) {
        FrameResult result;
        result.frameSize = image.size();
        result.error = tr("The image is empty or in a format that cannot be read.");
        return result;
    }
    return readLuma(luma.view(), startNs);
}

FrameResult BarcodeReader::read(const QVideoFrame &frame)
{
    const qint64 startNs = monotonicNs();
    const LumaFrame luma = LumaFrame::fromVideoFrame(frame, m_lumaScratch);
    if (luma.isNull()) {
        FrameResult result;
        result.frameSize = frame.size();
        result.error = tr("The video frame could not be read.");
        return result;
    }
    return readLuma(luma.view(), startNs);
}

FrameResult BarcodeReader::read(const LumaView &luma)
{
    return readLuma(luma, monotonicNs());
}

FrameResult BarcodeReader::readLuma(const LumaView &luma, qint64 startNs)
{
    FrameResult result;
    result.frameSize = QSize(luma.width, luma.height);
    if (luma.isNull() || luma.width < kMinFrameSide || luma.height < kMinFrameSide) {
        result.decodeMs = double(monotonicNs() - startNs) / 1e6;
        return result;
    }

    runPass(Pass::Plain, luma, luma, result);
    const qint64 firstPassNs = monotonicNs() - startNs;
    const qint64 budgetNs = qint64(qMax(0, m_options.budgetMs)) * 1'000'000;
    // A fallback pass is started only if it can end within the budget,
    // estimating its cost from the first pass and the pixels it reads.
    const auto fits = [&](double relativeCost) {
        return result.codes.isEmpty()
            && monotonicNs() - startNs + qint64(double(firstPassNs) * relativeCost) <= budgetNs;
    };

    std::array<uchar, 256> table;
    const bool lowContrast = m_options.tryStretched && fits(1.0) && contrastStretch(luma, table);
    if (lowContrast)
        runPass(Pass::Stretched, remapped(luma, table), luma, result);
    if (m_options.tryInverted && fits(1.0)) {
        if (!lowContrast)
            std::iota(table.begin(), table.end(), uchar(0));
        for (uchar &value : table)
            value = uchar(255 - value);
        runPass(Pass::Inverted, remapped(luma, table), luma, result);
    }
    if (m_options.tryRotated) {
        // The turned image holds the whole frame: (w + h)²/2 pixels.
        const double growth = std::pow(double(luma.width + luma.height), 2)
            / (2.0 * double(luma.width) * double(luma.height));
        if (fits(growth))
            runPass(Pass::Rotated, rotated(luma), luma, result);
    }
    result.decodeMs = double(monotonicNs() - startNs) / 1e6;
    return result;
}

bool BarcodeReader::runPass(Pass pass, const LumaView &view, const LumaView &frame,
                            FrameResult &result)
{
    ++result.passes;
    const ZXing::ImageView image(view.data, view.width, view.height, ZXing::ImageFormat::Lum,
                                 view.rowStride, view.pixStride);
    const CodeFormats formats = m_options.formats ? m_options.formats : kAllCodeFormats;
    ZXing::Results found;
    if (m_options.maxCodes <= 1) {
        found = readZxing(image, formats, 1);
    } else {
        // Debian's ZXing 1.4 is built with assertions, and ReadBarcodes
        // asserts (aborting the process) when it compares two reads of the
        // same linear code, which happens as soon as more than one symbol is
        // wanted (Result::operator==, zxing-cpp issues #399, #740). Matrix
        // formats never reach that assertion; Code 128 is read with one
        // symbol wanted, which returns before any comparison.
        const CodeFormats matrix = formats & ~CodeFormats(CodeFormat::Code128);
        if (matrix)
            found = readZxing(image, matrix, m_options.maxCodes);
        if (formats.testFlag(CodeFormat::Code128)) {
            ZXing::Results linear = readZxing(image, CodeFormat::Code128, 1);
            found.insert(found.end(), std::make_move_iterator(linear.begin()),
                         std::make_move_iterator(linear.end()));
        }
    }

    const QTransform toFrame = pass == Pass::Rotated ? rotatedToFrame(frame, view) : QTransform();
    for (const ZXing::Result &zx : found) {
        if (!zx.isValid())
            continue;
        DecodedCode code;
        code.text = QByteArray::fromStdString(zx.text());
        const ZXing::ByteArray &bytes = zx.bytes();
        code.bytes =
            QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
        code.binary = zx.contentType() == ZXing::ContentType::Binary;
        code.format = codeFormat(zx.format());
        const ZXing::Position &position = zx.position();
        for (size_t i = 0; i < code.corners.size(); ++i)
            code.corners[i] = toFrame.map(QPointF(position[i].x, position[i].y)).toPoint();
        const auto verdict = Plausibility::check(code, result.frameSize);
        if (verdict != Plausibility::Verdict::Plausible) {
            qCDebug(lcScan).noquote() << "Dropped an implausible" << codeFormatName(code.format)
                                      << "read:" << Plausibility::verdictName(verdict);
            continue;
        }
        result.codes.append(std::move(code));
    }
    return !result.codes.isEmpty();
}

bool BarcodeReader::contrastStretch(const LumaView &luma, std::array<uchar, 256> &table)
{
    // Percentiles of a sample grid (every 4th pixel of every 4th row): a dim
    // webcam or a phone screen at low brightness leaves dark and light
    // modules a few grey levels apart, below the 24 levels ZXing's local
    // binariser needs in a block before it sees any edge.
    std::array<int, 256> histogram {};
    int samples = 0;
    for (int y = 0; y < luma.height; y += 4) {
        for (int x = 0; x < luma.width; x += 4, ++samples)
            ++histogram[luma.at(x, y)];
    }
    const int tail = samples / 100;
    int low = 0;
    for (int seen = 0; low < 255 && (seen += histogram[low]) <= tail;)
        ++low;
    int high = 255;
    for (int seen = 0; high > 0 && (seen += histogram[high]) <= tail;)
        --high;
    if (high - low >= kLowContrastRange || high <= low)
        return false;
    for (int value = 0; value < 256; ++value)
        table[value] = uchar(std::clamp((value - low) * 255 / (high - low), 0, 255));
    return true;
}

LumaView BarcodeReader::remapped(const LumaView &luma, const std::array<uchar, 256> &table)
{
    m_passScratch.resize(size_t(luma.width) * size_t(luma.height));
    for (int y = 0; y < luma.height; ++y) {
        const uchar *src = luma.data + std::ptrdiff_t(y) * luma.rowStride;
        uchar *dst = m_passScratch.data() + size_t(y) * size_t(luma.width);
        for (int x = 0; x < luma.width; ++x, src += luma.pixStride)
            dst[x] = table[*src];
    }
    return {m_passScratch.data(), luma.width, luma.height, luma.width, 1};
}

LumaView BarcodeReader::rotated(const LumaView &luma)
{
    // Nearest-neighbour turn by 45° at the frame's own resolution; the
    // corners the frame does not cover are white, like a quiet zone.
    constexpr double c = std::numbers::sqrt2 / 2.0; // cos 45° = sin 45°
    const int side = int(std::ceil(double(luma.width + luma.height) * c));
    m_passScratch.assign(size_t(side) * size_t(side), 255);

    // Source position of turned pixel (u, v), in 16.16 fixed point:
    // frame centre + R(-45°)·((u, v) − turned centre).
    constexpr int kShift = 16;
    const double one = double(1 << kShift);
    const double half = side / 2.0;
    const auto fixed = [&](double value) {
        return qint64(std::llround(value * one));
    };
    const qint64 stepUx = fixed(c); // d(src x)/du
    const qint64 stepUy = fixed(-c); // d(src y)/du
    const qint64 stepVx = fixed(c); // d(src x)/dv
    const qint64 stepVy = fixed(c); // d(src y)/dv
    // Pixel centres: (u + ½, v + ½); the result is floored to a pixel.
    const qint64 originX = fixed(luma.width / 2.0 + 2.0 * c * (0.5 - half));
    const qint64 originY = fixed(luma.height / 2.0);
    const qint64 limitX = qint64(luma.width) << kShift;
    const qint64 limitY = qint64(luma.height) << kShift;
    for (int v = 0; v < side; ++v) {
        qint64 x = originX + stepVx * v;
        qint64 y = originY + stepVy * v;
        uchar *dst = m_passScratch.data() + size_t(v) * size_t(side);
        for (int u = 0; u < side; ++u, x += stepUx, y += stepUy) {
            if (x >= 0 && y >= 0 && x < limitX && y < limitY)
                dst[u] = luma.at(int(x >> kShift), int(y >> kShift));
        }
    }
    return {m_passScratch.data(), side, side, side, 1};
}

} // namespace pd::scan
