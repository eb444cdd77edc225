#include "codeimages.h"

#include <QPainter>
#include <QTransform>
#include <qrencode.h>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <functional>
#include <memory>
#include <random>

namespace pd::scan::test {

namespace payloads {
QByteArray cccd()
{
    return QStringLiteral("001090001234||Nguyễn Văn An|01011990|Nam|Số 1 Phố Huế, Hà Nội|01012021")
        .toUtf8();
}

QByteArray hc1(int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    QByteArray text("HC1:");
    quint32 state = 2021;
    while (text.size() < length) {
        state = state * 1664525u + 1013904223u;
        text.append(alphabet[(state >> 16) % 45]);
    }
    return text;
}

QByteArray url()
{
    return QByteArrayLiteral("https://tokhaiyte.vn/qr?id=7c3b2f10-4e2d-4a51-9c0b-3f1d2e5a6b7c");
}

QByteArray vietnamese()
{
    return QStringLiteral("Chốt kiểm dịch Cầu Giẽ — Đồng Văn, Duy Tiên, Hà Nam: ưu tiên người già")
        .toUtf8();
}
} // namespace payloads

namespace {
QImage gray(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
}

QImage fromModules(int width, int height, int moduleSize, int quietModules,
                   const std::function<bool(int, int)> &isDark)
{
    QImage image((width + 2 * quietModules) * moduleSize, (height + 2 * quietModules) * moduleSize,
                 QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + quietModules) * moduleSize + dy);
                std::fill_n(line + (x + quietModules) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

// Paints `image` through `transform` onto a white canvas that holds all of it.
QImage transformed(const QImage &image, const QTransform &transform)
{
    const QRect bounds = transform.mapRect(QRectF(image.rect())).toAlignedRect();
    QImage canvas(bounds.size(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transform * QTransform::fromTranslate(-bounds.x(), -bounds.y()));
    painter.drawImage(0, 0, image);
    painter.end();
    return gray(canvas);
}

template<typename F> QImage mapPixels(const QImage &image, F f)
{
    QImage out = gray(image).copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = uchar(std::clamp(f(line[x]), 0, 255));
    }
    return out;
}
} // namespace

QImage qrCode(const QByteArray &payload, int moduleSize)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(payload.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const unsigned char *data = code->data;
    return fromModules(width, width, moduleSize, 4,
                       [&](int x, int y) { return (data[y * width + x] & 1) != 0; });
}

QImage writtenCode(CodeFormat format, const QByteArray &payload, int moduleSize)
{
    ZXing::BarcodeFormat zxFormat = ZXing::BarcodeFormat::QRCode;
    int quiet = 4;
    switch (format) {
    case CodeFormat::DataMatrix:
        zxFormat = ZXing::BarcodeFormat::DataMatrix;
        quiet = 2;
        break;
    case CodeFormat::Code128:
        zxFormat = ZXing::BarcodeFormat::Code128;
        quiet = 10;
        break;
    case CodeFormat::PDF417:
        zxFormat = ZXing::BarcodeFormat::PDF417;
        quiet = 2;
        break;
    default:
        break;
    }
    ZXing::MultiFormatWriter writer(zxFormat);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(payload.toStdString(), 0, 0);
    // A linear code is one row of bars; give it a height.
    const bool linear = format == CodeFormat::Code128;
    const int rows = linear ? 25 : matrix.height();
    return fromModules(matrix.width(), rows, moduleSize, quiet,
                       [&](int x, int y) { return matrix.get(x, linear ? 0 : y); });
}

QImage scaled(const QImage &image, double factor)
{
    return gray(image.scaled(qMax(1, int(image.width() * factor)),
                             qMax(1, int(image.height() * factor)), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation));
}

QImage rotated(const QImage &image, double degrees)
{
    if (degrees == 90 || degrees == 180 || degrees == 270)
        return gray(image.transformed(QTransform().rotate(degrees)));
    QTransform transform;
    transform.rotate(degrees);
    return transformed(image, transform);
}

QImage perspective(const QImage &image, double strength)
{
    const QRectF rect(image.rect());
    const double inset = rect.width() * strength / 2;
    QPolygonF from(rect);
    from.removeLast(); // QPolygonF(QRectF) closes the ring
    QPolygonF to {QPointF(rect.left() + inset, rect.top()),
                  QPointF(rect.right() - inset, rect.top()), rect.bottomRight(), rect.bottomLeft()};
    QTransform transform;
    if (!QTransform::quadToQuad(from, to, transform))
        return image;
    return transformed(image, transform);
}

QImage blurred(const QImage &image, int radius)
{
    QImage current = gray(image).copy();
    if (radius <= 0)
        return current;
    const int width = current.width();
    const int height = current.height();
    QImage next(current.size(), QImage::Format_Grayscale8);
    const auto boxPass = [&](bool horizontal) {
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                int sum = 0;
                int count = 0;
                for (int d = -radius; d <= radius; ++d) {
                    const int sx = horizontal ? x + d : x;
                    const int sy = horizontal ? y : y + d;
                    if (sx < 0 || sy < 0 || sx >= width || sy >= height)
                        continue;
                    sum += current.constScanLine(sy)[sx];
                    ++count;
                }
                next.scanLine(y)[x] = uchar(sum / count);
            }
        }
        std::swap(current, next);
    };
    for (int round = 0; round < 2; ++round) {
        boxPass(true);
        boxPass(false);
    }
    return current;
}

QImage noisy(const QImage &image, double sigma, quint32 seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<double> noise(0.0, sigma);
    return mapPixels(image, [&](int value) { return int(value + noise(engine)); });
}

QImage lowContrast(const QImage &image, int dark, int light)
{
    return mapPixels(image, [&](int value) { return dark + (light - dark) * value / 255; });
}

QImage inverted(const QImage &image)
{
    return mapPixels(image, [](int value) { return 255 - value; });
}

QImage placed(const QImage &code, QSize frameSize, QPoint centre, int grey)
{
    QImage frame(frameSize, QImage::Format_Grayscale8);
    frame.fill(uint(grey));
    QPainter painter(&frame);
    painter.drawImage(centre.x() - code.width() / 2, centre.y() - code.height() / 2, gray(code));
    painter.end();
    return frame;
}

QVideoFrame nv12Frame(const QImage &gray)
{
    QVideoFrame frame(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < gray.height(); ++y)
        std::copy_n(gray.constScanLine(y), gray.width(), frame.bits(0) + y * frame.bytesPerLine(0));
    std::fill_n(frame.bits(1), frame.mappedBytes(1), uchar(128));
    frame.unmap();
    return frame;
}

} // namespace pd::scan::test
