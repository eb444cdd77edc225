#include "lumaframe.h"

#include <QGuiApplication>
#include <QPainter>

#include <optional>
#include <utility>

namespace pd::scan {

namespace {
// BT.601 weights in fixed point, as ZXing's own RGBToLum (ImageView.h), so a
// frame converted here binarises exactly like one ZXing converts itself.
inline uchar lum(unsigned r, unsigned g, unsigned b)
{
    return uchar((306 * r + 601 * g + 117 * b + 0x200) >> 10);
}

struct RgbLayout {
    int pixStride;
    int red;
    int green;
    int blue;
    int alpha; // -1: no alpha
    bool premultiplied;
};

// QImage formats whose bytes are read directly. QImage's 32-bit ARGB/RGB
// formats are 0xAARRGGBB words, so their byte order follows the machine.
std::optional<RgbLayout> rgbLayout(QImage::Format format)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr RgbLayout argb32 {4, 2, 1, 0, 3, false};
#else
    constexpr RgbLayout argb32 {4, 1, 2, 3, 0, false};
#endif
    switch (format) {
    case QImage::Format_RGB32:
        return RgbLayout {argb32.pixStride, argb32.red, argb32.green, argb32.blue, -1, false};
    case QImage::Format_ARGB32:
        return argb32;
    case QImage::Format_ARGB32_Premultiplied:
        return RgbLayout {argb32.pixStride, argb32.red,   argb32.green,
                          argb32.blue,      argb32.alpha, true};
    case QImage::Format_RGBX8888:
        return RgbLayout {4, 0, 1, 2, -1, false};
    case QImage::Format_RGBA8888:
        return RgbLayout {4, 0, 1, 2, 3, false};
    case QImage::Format_RGBA8888_Premultiplied:
        return RgbLayout {4, 0, 1, 2, 3, true};
    case QImage::Format_RGB888:
        return RgbLayout {3, 0, 1, 2, -1, false};
    case QImage::Format_BGR888:
        return RgbLayout {3, 2, 1, 0, -1, false};
    default:
        return std::nullopt;
    }
}

// Qt 6 names packed video formats by byte order (Format_BGRA8888 is B, G,
// R, A in memory; see QVideoFrameFormat::imageFormatFromPixelFormat). Alpha
// of camera frames is opaque and ignored.
std::optional<RgbLayout> rgbLayout(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        return RgbLayout {4, 1, 2, 3, -1, false};
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        return RgbLayout {4, 2, 1, 0, -1, false};
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        return RgbLayout {4, 3, 2, 1, -1, false};
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return RgbLayout {4, 0, 1, 2, -1, false};
    default:
        return std::nullopt;
    }
}

// Where the 8 most significant bits of Y sit in plane 0.
struct YLayout {
    int offset;
    int pixStride;
};

std::optional<YLayout> yLayout(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    // Planar and semi-planar: plane 0 is Y, one byte a pixel.
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return YLayout {0, 1};
    // 16-bit little-endian samples with the value in the high bits: the
    // high byte is Y to 8 bits.
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_Y16:
        return YLayout {1, 2};
    // Packed 4:2:2: Y every other byte.
    case QVideoFrameFormat::Format_YUYV:
        return YLayout {0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return YLayout {1, 2};
    default:
        // AYUV, YUV420P10 (value in the low bits), Jpeg, textures: through
        // QVideoFrame::toImage().
        return std::nullopt;
    }
}
} // namespace

LumaFrame::~LumaFrame()
{
    if (m_frame.isMapped())
        m_frame.unmap();
}

LumaFrame::LumaFrame(LumaFrame &&other) noexcept
    : m_frame(std::move(other.m_frame)),
      m_image(std::move(other.m_image)),
      m_view(std::exchange(other.m_view, {})),
      m_converted(other.m_converted)
{
    other.m_frame = {};
}

LumaFrame &LumaFrame::operator=(LumaFrame &&other) noexcept
{
    if (this != &other) {
        if (m_frame.isMapped())
            m_frame.unmap();
        m_frame = std::exchange(other.m_frame, {});
        m_image = std::exchange(other.m_image, {});
        m_view = std::exchange(other.m_view, {});
        m_converted = other.m_converted;
    }
    return *this;
}

LumaFrame LumaFrame::fromRgb(const uchar *bits, int width, int height, int bytesPerLine,
                             int pixStride, int red, int green, int blue, int alpha,
                             bool premultiplied, std::vector<uchar> &scratch)
{
    scratch.resize(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y) {
        const uchar *src = bits + std::ptrdiff_t(y) * bytesPerLine;
        uchar *dst = scratch.data() + size_t(y) * size_t(width);
        if (alpha < 0) {
            for (int x = 0; x < width; ++x, src += pixStride)
                dst[x] = lum(src[red], src[green], src[blue]);
            continue;
        }
        // Transparent pixels are shown on white, as a viewer would: a QR
        // exported with a transparent background has black modules on
        // "nothing", which would otherwise read as black on black.
        for (int x = 0; x < width; ++x, src += pixStride) {
            const unsigned a = src[alpha];
            const unsigned l = lum(src[red], src[green], src[blue]);
            dst[x] = premultiplied ? uchar(qMin(255u, l + 255u - a))
                                   : uchar((l * a + 255u * (255u - a) + 127u) / 255u);
        }
    }
    LumaFrame frame;
    frame.m_view = {scratch.data(), width, height, width, 1};
    frame.m_converted = true;
    return frame;
}

LumaFrame LumaFrame::wrapImage(QImage image)
{
    LumaFrame frame;
    frame.m_image = std::move(image);
    frame.m_view = {frame.m_image.constBits(), frame.m_image.width(), frame.m_image.height(),
                    int(frame.m_image.bytesPerLine()), 1};
    return frame;
}

LumaFrame LumaFrame::fromImage(const QImage &image, std::vector<uchar> &scratch)
{
    if (image.isNull())
        return {};
    if (image.format() == QImage::Format_Grayscale8)
        return wrapImage(image);
    if (const auto layout = rgbLayout(image.format())) {
        LumaFrame frame =
            fromRgb(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                    layout->pixStride, layout->red, layout->green, layout->blue, layout->alpha,
                    layout->premultiplied, scratch);
        return frame;
    }
    // Mono, indexed, 16-bit and other layouts (PNG files mostly): one
    // conversion by Qt, over white when the image has transparency.
    if (image.hasAlphaChannel()) {
        QImage flattened(image.size(), QImage::Format_RGB32);
        flattened.fill(Qt::white);
        QPainter painter(&flattened);
        painter.drawImage(0, 0, image);
        painter.end();
        LumaFrame frame = wrapImage(flattened.convertToFormat(QImage::Format_Grayscale8));
        frame.m_converted = true;
        return frame;
    }
    LumaFrame frame = wrapImage(image.convertToFormat(QImage::Format_Grayscale8));
    frame.m_converted = true;
    return frame;
}

LumaFrame LumaFrame::fromVideoFrame(const QVideoFrame &videoFrame, std::vector<uchar> &scratch)
{
    if (!videoFrame.isValid())
        return {};
    const auto pixelFormat = videoFrame.pixelFormat();
    const auto yPlane = yLayout(pixelFormat);
    const auto rgb = rgbLayout(pixelFormat);
    const bool texture = videoFrame.handleType() != QVideoFrame::NoHandle;
    if (texture || (!yPlane && !rgb)) {
        // QVideoFrame::toImage() crashes without a QGuiApplication (Qt 6.4,
        // seen headless); such frames cannot be read by a command-line tool.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return {};
        LumaFrame frame = fromImage(videoFrame.toImage(), scratch);
        frame.m_converted = true;
        return frame;
    }

    LumaFrame frame;
    frame.m_frame = videoFrame;
    if (!frame.m_frame.map(QVideoFrame::ReadOnly))
        return {};
    const uchar *bits = frame.m_frame.bits(0);
    const int bytesPerLine = frame.m_frame.bytesPerLine(0);
    const int width = frame.m_frame.width();
    const int height = frame.m_frame.height();
    if (bits == nullptr || bytesPerLine <= 0)
        return {};
    if (yPlane) {
        frame.m_view = {bits + yPlane->offset, width, height, bytesPerLine, yPlane->pixStride};
        return frame;
    }
    LumaFrame converted = fromRgb(bits, width, height, bytesPerLine, rgb->pixStride, rgb->red,
                                  rgb->green, rgb->blue, -1, false, scratch);
    // The conversion is in `scratch`; the video frame can go now.
    return converted;
}

} // namespace pd::scan
