// The synchronous decode path (BarcodeReader, LumaFrame, Plausibility) on
// codes made here: payload kinds × webcam distortions, the other formats,
// every video pixel layout and image format, and the EU DCC test PNGs.
#include "barcodereader.h"
#include "codeimages.h"
#include "lumaframe.h"
#include "plausibility.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <functional>

using namespace pd::scan;
using namespace pd::scan::test;

namespace {

using Distortion = std::function<QImage(const QImage &code)>;

// The frame a webcam would give: the code in a 1280×720 view of a desk.
QImage inFrame(const QImage &code)
{
    return placed(code);
}

// What a generous reader does (the CLI): every fallback, no hurry.
DecodeOptions thorough()
{
    DecodeOptions options;
    options.budgetMs = DecodeOptions::stillImageBudgetMs;
    return options;
}

bool cornersNear(const DecodedCode &code, const QRect &area, int tolerance)
{
    const QRect allowed = area.adjusted(-tolerance, -tolerance, tolerance, tolerance);
    for (const QPoint &corner : code.corners) {
        if (!allowed.contains(corner))
            return false;
    }
    return true;
}

QPoint centreOf(const DecodedCode &code)
{
    QPoint sum;
    for (const QPoint &corner : code.corners)
        sum += corner;
    return sum / 4;
}

// Writes the luminance of `image` (Grayscale8) into a new video frame of
// `format`, chroma neutral, the way a camera driver would hand it over.
QVideoFrame videoFrameOf(const QImage &gray, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int width = gray.width();
    const int height = gray.height();
    const auto yAt = [&](int x, int y) {
        return gray.constScanLine(y)[x];
    };
    for (int plane = 0; plane < frame.planeCount(); ++plane) {
        uchar *bits = frame.bits(plane);
        const int bytesPerLine = frame.bytesPerLine(plane);
        const int rows = frame.mappedBytes(plane) / bytesPerLine;
        for (int y = 0; y < rows; ++y) {
            uchar *line = bits + y * bytesPerLine;
            if (plane > 0) {
                std::fill_n(line, bytesPerLine, uchar(128)); // neutral chroma
                continue;
            }
            if (y >= height) {
                std::fill_n(line, bytesPerLine, uchar(0));
                continue;
            }
            for (int x = 0; x < width; ++x) {
                const uchar value = yAt(x, y);
                switch (format) {
                case QVideoFrameFormat::Format_YUYV:
                    line[2 * x] = value;
                    line[2 * x + 1] = 128;
                    break;
                case QVideoFrameFormat::Format_UYVY:
                    line[2 * x] = 128;
                    line[2 * x + 1] = value;
                    break;
                case QVideoFrameFormat::Format_Y16:
                case QVideoFrameFormat::Format_P010:
                case QVideoFrameFormat::Format_P016:
                    line[2 * x] = 0; // little-endian: high byte second
                    line[2 * x + 1] = value;
                    break;
                case QVideoFrameFormat::Format_ARGB8888:
                case QVideoFrameFormat::Format_XRGB8888:
                case QVideoFrameFormat::Format_BGRA8888:
                case QVideoFrameFormat::Format_BGRX8888:
                case QVideoFrameFormat::Format_ABGR8888:
                case QVideoFrameFormat::Format_XBGR8888:
                case QVideoFrameFormat::Format_RGBA8888:
                case QVideoFrameFormat::Format_RGBX8888:
                    std::fill_n(line + 4 * x, 4, value);
                    break;
                default:
                    line[x] = value;
                    break;
                }
            }
        }
    }
    frame.unmap();
    return frame;
}

QString dccFolder()
{
    return qEnvironmentVariable("PD_SOURCE_DIR") + QStringLiteral("/../shared/testdata/dcc");
}

} // namespace

class TestScanDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void qrPayloadsAndDistortions_data();
    void qrPayloadsAndDistortions();
    void otherFormats_data();
    void otherFormats();
    void fallbacksStayWithinBudget();
    void videoPixelFormats_data();
    void videoPixelFormats();
    void rgbVideoByteOrderMatchesQt_data();
    void rgbVideoByteOrderMatchesQt();
    void imageFormats_data();
    void imageFormats();
    void transparentBackgroundReadsAsWhite();
    void binaryPayloadKeepsItsBytes();
    void emptyAndTinyFrames();
    void plausibility_data();
    void plausibility();
    void dccReferencePngs_data();
    void dccReferencePngs();
};

void TestScanDecode::qrPayloadsAndDistortions_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Distortion>("distortion");
    QTest::addColumn<bool>("decodes");
    QTest::addColumn<int>("passes"); // ZXing passes it takes; 0: not checked

    const QList<std::pair<const char *, QByteArray>> payloadKinds {
        {"cccd", payloads::cccd()},
        {"hc1", payloads::hc1()},
        {"url", payloads::url()},
        {"vietnamese", payloads::vietnamese()},
    };
    struct Row {
        const char *name;
        Distortion distortion;
        bool decodes;
        int passes;
    };
    const QList<Row> rows {
        {"plain", [](const QImage &c) { return inFrame(c); }, true, 1},
        {"2px-modules", [](const QImage &c) { return inFrame(scaled(c, 0.5)); }, true, 1},
        {"1px-modules", [](const QImage &c) { return inFrame(scaled(c, 0.25)); }, true, 1},
        {"4x-larger",
         [](const QImage &c) {
             return placed(scaled(c, 2.0), {1280, 1280}, {640, 640});
         },
         true, 1},
        {"rotated-90", [](const QImage &c) { return inFrame(rotated(c, 90)); }, true, 1},
        {"rotated-180", [](const QImage &c) { return inFrame(rotated(c, 180)); }, true, 1},
        {"rotated-45", [](const QImage &c) { return inFrame(rotated(c, 45)); }, true, 1},
        {"rotated-30", [](const QImage &c) { return inFrame(rotated(c, 30)); }, true, 1},
        {"inverted", [](const QImage &c) { return inFrame(inverted(c)); }, true, 2},
        // The whole view dull (dim room): 15 grey levels between modules.
        {"dull-frame", [](const QImage &c) { return lowContrast(inFrame(c), 125, 140); }, true, 2},
        {"mild-low-contrast", [](const QImage &c) { return inFrame(lowContrast(c, 110, 150)); },
         true, 1},
        // A phone screen turned down in a bright room: the code's light
        // modules are darker than what surrounds it, and ZXing's local
        // threshold turns its quiet zone black. Not read; documented limit.
        {"dim-screen", [](const QImage &c) { return inFrame(lowContrast(c, 120, 140)); }, false, 0},
        {"noise-25", [](const QImage &c) { return noisy(inFrame(c), 25, 7); }, true, 1},
        {"blur-1", [](const QImage &c) { return inFrame(blurred(c, 1)); }, true, 1},
        // Defocus wider than a module (two 7-pixel box passes on 4-pixel
        // modules) is beyond ZXing 1.4. Documented limit.
        {"blur-3", [](const QImage &c) { return inFrame(blurred(c, 3)); }, false, 0},
        {"perspective-50", [](const QImage &c) { return inFrame(perspective(c, 0.5)); }, false, 0},
    };
    for (const auto &[kind, payload] : payloadKinds) {
        for (const Row &row : rows)
            QTest::addRow("%s/%s", kind, row.name)
                << payload << row.distortion << row.decodes << row.passes;
        // A moderate tilt is read for every payload but the densest (HC1:
        // version 17, 85 modules), whose outer modules shrink below a pixel
        // and a half. Documented limit.
        const bool dense = QByteArray(kind) == "hc1";
        QTest::addRow("%s/perspective-30", kind)
            << payload << Distortion([](const QImage &c) { return inFrame(perspective(c, 0.3)); })
            << !dense << (dense ? 0 : 1);
    }
}

void TestScanDecode::qrPayloadsAndDistortions()
{
    QFETCH(QByteArray, payload);
    QFETCH(Distortion, distortion);
    QFETCH(bool, decodes);
    QFETCH(int, passes);

    const QImage code = qrCode(payload);
    QVERIFY(!code.isNull());
    const QImage frame = distortion(code);
    BarcodeReader reader(thorough());
    const FrameResult result = reader.read(frame);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.frameSize, frame.size());
    if (!decodes) {
        QVERIFY(result.codes.isEmpty());
        return;
    }
    QCOMPARE(result.codes.size(), 1);
    const DecodedCode &decoded = result.codes.first();
    QCOMPARE(decoded.text, payload);
    QCOMPARE(decoded.format, CodeFormat::QRCode);
    QVERIFY(!decoded.binary);
    if (passes > 0)
        QCOMPARE(result.passes, passes);
    // The corners lie on the code, which every distortion leaves centred.
    QVERIFY(cornersNear(decoded, frame.rect(), 0));
    const QPoint centre = centreOf(decoded);
    const QPoint frameCentre(frame.width() / 2, frame.height() / 2);
    QVERIFY2((centre - frameCentre).manhattanLength() < 30,
             qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(result.decodeMs > 0);
}

void TestScanDecode::otherFormats_data()
{
    QTest::addColumn<CodeFormat>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<double>("degrees");
    QTest::addColumn<bool>("decodes");

    const QByteArray tube("TUBE-2021-000123|HN-01|pool5");
    const QByteArray label("PD-000123-7");
    for (double degrees : {0.0, 90.0, 180.0, 45.0, 135.0}) {
        const QByteArray angle = QByteArray::number(degrees);
        QTest::addRow("DataMatrix/%s", angle.constData())
            << CodeFormat::DataMatrix << tube << degrees << true;
        // Linear and stacked codes at 45° are read by the turned pass.
        QTest::addRow("Code128/%s", angle.constData())
            << CodeFormat::Code128 << label << degrees << true;
        QTest::addRow("PDF417/%s", angle.constData())
            << CodeFormat::PDF417 << tube << degrees << true;
    }
    // Between the turned passes (0°, 45°, 90°, …) a linear code must be held
    // within a few degrees: its bars are short next to its length. Documented
    // limit.
    QTest::addRow("Code128/30") << CodeFormat::Code128 << label << 30.0 << false;
    QTest::addRow("PDF417/30") << CodeFormat::PDF417 << tube << 30.0 << false;
}

void TestScanDecode::otherFormats()
{
    QFETCH(CodeFormat, format);
    QFETCH(QByteArray, payload);
    QFETCH(double, degrees);
    QFETCH(bool, decodes);

    const QImage code = writtenCode(format, payload);
    QVERIFY(!code.isNull());
    const QImage frame = inFrame(rotated(code, degrees));
    BarcodeReader reader(thorough());
    const FrameResult result = reader.read(frame);
    if (!decodes) {
        QVERIFY(result.codes.isEmpty());
        return;
    }
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(result.codes.first().format, format);
    QCOMPARE(result.codes.first().text, payload);
    // Positions come back in frame coordinates, also from the turned pass.
    const QPoint centre = centreOf(result.codes.first());
    QVERIFY2((centre - QPoint(640, 360)).manhattanLength() < 40,
             qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    const bool diagonal = int(degrees) % 90 != 0;
    if (diagonal && format != CodeFormat::DataMatrix)
        QCOMPARE(result.passes, 3); // plain, inverted, turned
}

void TestScanDecode::fallbacksStayWithinBudget()
{
    // A view of a desk without a code: each fallback runs only if there is time.
    QImage desk(1280, 720, QImage::Format_Grayscale8);
    desk.fill(170);
    desk = noisy(desk, 30, 3);

    DecodeOptions options;
    options.budgetMs = 0;
    BarcodeReader reader(options);
    QCOMPARE(reader.read(desk).passes, 1);

    options.budgetMs = DecodeOptions::stillImageBudgetMs;
    reader.setOptions(options);
    QCOMPARE(reader.read(desk).passes, 3); // plain, inverted, turned

    options.tryInverted = false;
    options.tryRotated = false;
    reader.setOptions(options);
    QCOMPARE(reader.read(desk).passes, 1);

    // A nearly flat grey view is dull: stretched, inverted and turned too.
    reader.setOptions(thorough());
    QImage flat(1280, 720, QImage::Format_Grayscale8);
    flat.fill(128);
    QCOMPARE(reader.read(noisy(flat, 2, 5)).passes, 4);
}

void TestScanDecode::videoPixelFormats_data()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::addColumn<bool>("converted"); // false: the Y plane is read in place

    using F = QVideoFrameFormat;
    const QList<std::pair<F::PixelFormat, bool>> formats {
        {F::Format_NV12, false},    {F::Format_NV21, false},    {F::Format_YUV420P, false},
        {F::Format_YV12, false},    {F::Format_YUV422P, false}, {F::Format_YUYV, false},
        {F::Format_UYVY, false},    {F::Format_Y8, false},      {F::Format_Y16, false},
        {F::Format_P010, false},    {F::Format_P016, false},    {F::Format_ARGB8888, true},
        {F::Format_XRGB8888, true}, {F::Format_BGRA8888, true}, {F::Format_BGRX8888, true},
        {F::Format_ABGR8888, true}, {F::Format_XBGR8888, true}, {F::Format_RGBA8888, true},
        {F::Format_RGBX8888, true},
    };
    for (const auto &[format, converted] : formats)
        QTest::addRow("%s", qPrintable(QVideoFrameFormat::pixelFormatToString(format)))
            << format << converted;
}

void TestScanDecode::videoPixelFormats()
{
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    QFETCH(bool, converted);

    const QImage gray = placed(qrCode(payloads::cccd()), {640, 480}, {320, 240});
    const QVideoFrame frame = videoFrameOf(gray, format);
    QVERIFY(frame.isValid());

    std::vector<uchar> scratch;
    {
        const LumaFrame luma = LumaFrame::fromVideoFrame(frame, scratch);
        QVERIFY(!luma.isNull());
        QCOMPARE(luma.isConverted(), converted);
        QCOMPARE(luma.view().width, 640);
        QCOMPARE(luma.view().height, 480);
        // The luminance is the image's, whichever layout carried it.
        for (const QPoint p : {QPoint(0, 0), QPoint(320, 240), QPoint(250, 170), QPoint(639, 479)})
            QCOMPARE(int(luma.view().at(p.x(), p.y())), int(gray.constScanLine(p.y())[p.x()]));
    }
    BarcodeReader reader;
    const FrameResult result = reader.read(frame);
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(result.codes.first().text, payloads::cccd());
}

void TestScanDecode::rgbVideoByteOrderMatchesQt_data()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::addColumn<QList<int>>("rgbOffsets");

    using F = QVideoFrameFormat;
    // Qt 6 names packed formats by byte order in memory.
    QTest::newRow("ARGB8888") << F::Format_ARGB8888 << QList<int> {1, 2, 3};
    QTest::newRow("XRGB8888") << F::Format_XRGB8888 << QList<int> {1, 2, 3};
    QTest::newRow("BGRA8888") << F::Format_BGRA8888 << QList<int> {2, 1, 0};
    QTest::newRow("BGRX8888") << F::Format_BGRX8888 << QList<int> {2, 1, 0};
    QTest::newRow("ABGR8888") << F::Format_ABGR8888 << QList<int> {3, 2, 1};
    QTest::newRow("XBGR8888") << F::Format_XBGR8888 << QList<int> {3, 2, 1};
    QTest::newRow("RGBA8888") << F::Format_RGBA8888 << QList<int> {0, 1, 2};
    QTest::newRow("RGBX8888") << F::Format_RGBX8888 << QList<int> {0, 1, 2};
}

void TestScanDecode::rgbVideoByteOrderMatchesQt()
{
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    QFETCH(QList<int>, rgbOffsets);

    QVideoFrame frame(QVideoFrameFormat(QSize(4, 4), format));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < 4; ++y) {
        uchar *line = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < 4; ++x) {
            uchar *pixel = line + 4 * x;
            std::fill_n(pixel, 4, uchar(255)); // alpha, if any, opaque
            pixel[rgbOffsets[0]] = 200;
            pixel[rgbOffsets[1]] = 100;
            pixel[rgbOffsets[2]] = 50;
        }
    }
    frame.unmap();

    // Qt's own conversion agrees on which byte is red…
    const QImage image = frame.toImage();
    if (image.isNull())
        QSKIP("QVideoFrame::toImage() needs a rendering backend here");
    QCOMPARE(QColor(image.pixel(1, 1)), QColor(200, 100, 50));
    // …and so the luminance is BT.601 of (200, 100, 50).
    std::vector<uchar> scratch;
    const LumaFrame luma = LumaFrame::fromVideoFrame(frame, scratch);
    QCOMPARE(int(luma.view().at(1, 1)), (306 * 200 + 601 * 100 + 117 * 50 + 0x200) >> 10);
}

void TestScanDecode::imageFormats_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<bool>("converted");

    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8 << false;
    for (const auto &[name, format] : QList<std::pair<const char *, QImage::Format>> {
             {"RGB32", QImage::Format_RGB32},
             {"ARGB32", QImage::Format_ARGB32},
             {"ARGB32_Premultiplied", QImage::Format_ARGB32_Premultiplied},
             {"RGBX8888", QImage::Format_RGBX8888},
             {"RGBA8888", QImage::Format_RGBA8888},
             {"RGB888", QImage::Format_RGB888},
             {"BGR888", QImage::Format_BGR888},
             {"Mono", QImage::Format_Mono},
             {"Indexed8", QImage::Format_Indexed8},
             {"Grayscale16", QImage::Format_Grayscale16},
             {"RGB16", QImage::Format_RGB16},
             {"RGBA64", QImage::Format_RGBA64},
         })
        QTest::newRow(name) << format << true;
}

void TestScanDecode::imageFormats()
{
    QFETCH(QImage::Format, format);
    QFETCH(bool, converted);

    const QImage gray = placed(qrCode(payloads::vietnamese()), {640, 480}, {320, 240});
    const QImage image = gray.convertToFormat(format);
    QCOMPARE(image.format(), format);
    std::vector<uchar> scratch;
    {
        const LumaFrame luma = LumaFrame::fromImage(image, scratch);
        QCOMPARE(luma.isConverted(), converted);
        if (!converted)
            QCOMPARE(luma.view().data, image.constBits());
    }
    BarcodeReader reader;
    const FrameResult result = reader.read(image);
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(QString::fromUtf8(result.codes.first().text),
             QString::fromUtf8(payloads::vietnamese()));
}

void TestScanDecode::transparentBackgroundReadsAsWhite()
{
    // A QR saved from a web page: black modules, transparent elsewhere, and
    // "transparent" stored as transparent black.
    const QImage code = qrCode(payloads::url());
    for (const QImage::Format format :
         {QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied, QImage::Format_RGBA64}) {
        QImage transparent(code.size(), QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x)
                transparent.setPixel(x, y,
                                     code.pixelColor(x, y).value() < 128 ? qRgba(0, 0, 0, 255)
                                                                         : qRgba(0, 0, 0, 0));
        }
        BarcodeReader reader;
        const FrameResult result = reader.read(transparent.convertToFormat(format));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, payloads::url());
        QCOMPARE(result.passes, 1); // not by way of the inverted pass
    }
}

void TestScanDecode::binaryPayloadKeepsItsBytes()
{
    // Every byte value: not text in any character set.
    QByteArray payload;
    for (int i = 0; i < 256; ++i)
        payload.append(char(i));
    // libqrencode's 8-bit API takes the bytes as they are.
    const QImage code = qrCode(payload.mid(1)); // QRcode_encodeString stops at NUL
    BarcodeReader reader;
    const FrameResult result = reader.read(inFrame(code));
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(result.codes.first().bytes, payload.mid(1));
}

void TestScanDecode::emptyAndTinyFrames()
{
    BarcodeReader reader;
    const FrameResult none = reader.read(QImage());
    QVERIFY(!none.error.isEmpty());
    QVERIFY(none.codes.isEmpty());

    QImage tiny(12, 12, QImage::Format_Grayscale8);
    tiny.fill(255);
    const FrameResult small = reader.read(tiny);
    QVERIFY(small.error.isEmpty());
    QCOMPARE(small.passes, 0); // too small to hold a code: ZXing is not asked

    const FrameResult invalidVideo = reader.read(QVideoFrame());
    QVERIFY(!invalidVideo.error.isEmpty());
}

void TestScanDecode::plausibility_data()
{
    QTest::addColumn<DecodedCode>("code");
    QTest::addColumn<Plausibility::Verdict>("verdict");

    const auto code = [](CodeFormat format, QByteArray text, QPoint topLeft, QSize size) {
        DecodedCode decoded;
        decoded.format = format;
        decoded.text = text;
        decoded.bytes = text;
        const QRect r(topLeft, size);
        decoded.corners = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
        return decoded;
    };
    using V = Plausibility::Verdict;
    QTest::newRow("qr") << code(CodeFormat::QRCode, "A", {100, 100}, {120, 120}) << V::Plausible;
    QTest::newRow("empty") << code(CodeFormat::QRCode, {}, {100, 100}, {120, 120}) << V::Empty;
    QTest::newRow("far-outside") << code(CodeFormat::QRCode, "A", {-400, 100}, {120, 120})
                                 << V::OutsideFrame;
    QTest::newRow("a-bit-outside")
        << code(CodeFormat::QRCode, "A", {-30, 100}, {120, 120}) << V::Plausible;
    QTest::newRow("qr-too-small") << code(CodeFormat::QRCode, "A", {100, 100}, {8, 8})
                                  << V::TooSmall;
    QTest::newRow("code128-short")
        << code(CodeFormat::Code128, "123", {100, 100}, {200, 1}) << V::TooShort;
    QTest::newRow("code128-line") << code(CodeFormat::Code128, "PD-0001", {100, 100}, {200, 1})
                                  << V::Plausible;
    QTest::newRow("code128-speck")
        << code(CodeFormat::Code128, "PD-0001", {100, 100}, {10, 1}) << V::TooSmall;
    QTest::newRow("pdf417-flat") << code(CodeFormat::PDF417, "A", {100, 100}, {200, 6})
                                 << V::Plausible;
}

void TestScanDecode::plausibility()
{
    QFETCH(DecodedCode, code);
    QFETCH(Plausibility::Verdict, verdict);
    QCOMPARE(Plausibility::check(code, QSize(640, 480)), verdict);
}

void TestScanDecode::dccReferencePngs_data()
{
    QTest::addColumn<QString>("png");
    QTest::addColumn<QByteArray>("prefix");

    const QString root = dccFolder();
    QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList pngs;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/2DCode/png/")))
            pngs << path;
    }
    pngs.sort();
    if (pngs.isEmpty())
        QSKIP("No EU DCC test vectors beside the source tree (../shared/testdata/dcc)");
    for (const QString &png : std::as_const(pngs)) {
        // .../<country>/2DCode/png/N.png ↔ .../<country>/2DCode/raw/N.json
        QString json = png;
        json.replace(QLatin1String("/2DCode/png/"), QLatin1String("/2DCode/raw/"));
        json.replace(QLatin1String(".png"), QLatin1String(".json"));
        QFile file(json);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject vector = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray prefix = vector.value(QLatin1String("PREFIX")).toString().toUtf8();
        if (prefix.isEmpty())
            continue;
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(png))) << png << prefix;
    }
}

void TestScanDecode::dccReferencePngs()
{
    QFETCH(QString, png);
    QFETCH(QByteArray, prefix);
    const QImage image(png);
    QVERIFY(!image.isNull());
    BarcodeReader reader;
    const FrameResult result = reader.read(image);
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(result.codes.first().format, CodeFormat::QRCode);
    QCOMPARE(result.codes.first().text, prefix);
}

// QGuiApplication: QVideoFrame::toImage() needs one.
QTEST_MAIN(TestScanDecode)
#include "tst_scan_decode.moc"
