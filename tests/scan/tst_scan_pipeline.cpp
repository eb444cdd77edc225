// The threaded pipeline and the logic around it, without a window: the
// decode worker's single slot, duplicate suppression with a ManualClock, the
// Scanner facade, serial line splitting (and a real serial scanner on a
// pseudo-terminal), camera format choice and the scan settings.
#include "barcodereader.h"
#include "camerasource.h"
#include "codeimages.h"
#include "database.h"
#include "duplicatefilter.h"
#include "framedecoder.h"
#include "scanlinesplitter.h"
#include "scanner.h"
#include "scansettings.h"
#include "serialscannersource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace pd::scan;
using namespace pd::scan::test;
using pd::core::ManualClock;

namespace {
QByteArray frameText(int number)
{
    return "frame-" + QByteArray::number(number);
}

QList<FrameResult> results(const QSignalSpy &spy)
{
    QList<FrameResult> list;
    for (const QList<QVariant> &arguments : spy)
        list << arguments.at(0).value<FrameResult>();
    return list;
}

QList<ScannedCode> scans(const QSignalSpy &spy)
{
    QList<ScannedCode> list;
    for (const QList<QVariant> &arguments : spy)
        list << arguments.at(0).value<ScannedCode>();
    return list;
}

// A pseudo-terminal pair: the test writes to the master side what a
// scanner would send, SerialScannerSource opens the slave as its "COM port".
class PseudoTerminal {
public:
    PseudoTerminal()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
            return;
        if (const char *name = ptsname(m_master))
            m_slaveName = QString::fromLocal8Bit(name);
    }
    ~PseudoTerminal()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    QString slaveName() const { return m_slaveName; }
    bool write(const QByteArray &bytes) const
    {
        return ::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }

private:
    int m_master = -1;
    QString m_slaveName;
};
} // namespace

class TestScanPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workerKeepsOnlyTheNewestFrame();
    void workerReadsVideoFrames();
    void workerOptionsApply();
    void convertedVideoFramesNeedAGuiApplication();
    void duplicateFilter_data();
    void duplicateFilter();
    void duplicateFilterForgetsExpiredPayloads();
    void scannerReportsEachCodeOnce();
    void scanLineSplitter_data();
    void scanLineSplitter();
    void serialScannerOnPseudoTerminal();
    void serialScannerReportsOpenFailure();
    void preferredCameraFormat_data();
    void preferredCameraFormat();
    void scanSettingsRoundTrip();
};

void TestScanPipeline::workerKeepsOnlyTheNewestFrame()
{
    constexpr int kFrames = 40;
    QList<QImage> frames;
    for (int i = 1; i <= kFrames; ++i)
        frames << placed(qrCode(frameText(i)), {640, 480}, {320, 240});

    FrameDecoder decoder;
    QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
    // Submitting takes microseconds, reading a frame milliseconds: most
    // frames must be replaced in the slot before the worker gets to them.
    for (const QImage &frame : std::as_const(frames))
        decoder.submitImage(frame);
    QCOMPARE(decoder.submittedCount(), quint64(kFrames));

    QTRY_VERIFY(!decoded.isEmpty() && results(decoded).constLast().sequence == kFrames);
    QTest::qWait(50); // nothing else may follow the last frame
    const QList<FrameResult> read = results(decoded);
    QCOMPARE(decoder.decodedCount(), quint64(read.size()));
    QVERIFY2(read.size() < kFrames, qPrintable(QString::number(read.size())));
    QVERIFY(decoder.droppedCount() > 0);
    QCOMPARE(decoder.decodedCount() + decoder.droppedCount(), quint64(kFrames));
    // In order, newest last, and the newest one read.
    for (qsizetype i = 1; i < read.size(); ++i)
        QVERIFY(read[i].sequence > read[i - 1].sequence);
    QCOMPARE(read.constLast().codes.size(), 1);
    QCOMPARE(read.constLast().codes.first().text, frameText(kFrames));
    // Every frame that was read carries its own code.
    for (const FrameResult &result : read)
        QCOMPARE(result.codes.first().text, frameText(int(result.sequence)));
}

void TestScanPipeline::workerReadsVideoFrames()
{
    const QImage gray = placed(qrCode(payloads::cccd()), {640, 480}, {320, 240});
    QVideoFrame frame(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_NV12));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < gray.height(); ++y)
        std::copy_n(gray.constScanLine(y), gray.width(), frame.bits(0) + y * frame.bytesPerLine(0));
    std::fill_n(frame.bits(1), frame.mappedBytes(1), uchar(128));
    frame.unmap();

    FrameDecoder decoder;
    QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
    decoder.submitVideoFrame(QVideoFrame()); // end of stream: ignored
    decoder.submitVideoFrame(frame);
    QTRY_COMPARE(decoded.size(), 1);
    const FrameResult result = results(decoded).first();
    QCOMPARE(result.frameSize, gray.size());
    QCOMPARE(result.codes.size(), 1);
    QCOMPARE(result.codes.first().text, payloads::cccd());
    QCOMPARE(decoder.submittedCount(), quint64(1));
}

void TestScanPipeline::workerOptionsApply()
{
    FrameDecoder decoder;
    DecodeOptions options;
    options.formats = CodeFormat::DataMatrix;
    decoder.setOptions(options);
    QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
    decoder.submitImage(placed(qrCode(payloads::url()), {640, 480}, {320, 240}),
                        QStringLiteral("a.png"));
    QTRY_COMPARE(decoded.size(), 1);
    QVERIFY(results(decoded).first().codes.isEmpty()); // a QR, but only Data Matrix wanted
    QCOMPARE(results(decoded).first().origin, QStringLiteral("a.png"));
}

void TestScanPipeline::convertedVideoFramesNeedAGuiApplication()
{
    // AYUV has no Y plane to view; it would go through QVideoFrame::toImage(),
    // which crashes without a QGuiApplication. Refused, not crashed.
    QVideoFrame frame(QVideoFrameFormat(QSize(64, 64), QVideoFrameFormat::Format_AYUV));
    QVERIFY(frame.isValid());
    BarcodeReader reader;
    const FrameResult result = reader.read(frame);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.codes.isEmpty());
}

void TestScanPipeline::duplicateFilter_data()
{
    // Steps: "+ms:payload=expected" advance the clock, offer the payload.
    QTest::addColumn<QList<QByteArray>>("steps");
    QTest::addColumn<int>("windowMs");

    QTest::newRow("first sighting is new") << QList<QByteArray> {"0:A=1"} << 10'000;
    QTest::newRow("repeat within the window")
        << QList<QByteArray> {"0:A=1", "2000:A=0", "7999:A=0"} << 10'000;
    QTest::newRow("repeat after the window") << QList<QByteArray> {"0:A=1", "10000:A=1"} << 10'000;
    // A code held in view is seen every frame: each sighting restarts its window.
    QTest::newRow("sightings extend the window")
        << QList<QByteArray> {"0:A=1", "6000:A=0", "6000:A=0", "6000:A=0", "10000:A=1"} << 10'000;
    QTest::newRow("other codes are independent")
        << QList<QByteArray> {"0:A=1", "100:B=1", "100:A=0", "100:B=0"} << 10'000;
    // The wall clock set back a little still suppresses; set back far, not.
    QTest::newRow("clock a little back") << QList<QByteArray> {"0:A=1", "-3000:A=0"} << 10'000;
    QTest::newRow("clock far back") << QList<QByteArray> {"0:A=1", "-3600000:A=1"} << 10'000;
    QTest::newRow("window zero") << QList<QByteArray> {"0:A=1", "0:A=1"} << 0;
}

void TestScanPipeline::duplicateFilter()
{
    QFETCH(QList<QByteArray>, steps);
    QFETCH(int, windowMs);
    ManualClock clock;
    DuplicateFilter filter(clock, windowMs);
    for (const QByteArray &step : std::as_const(steps)) {
        const auto colon = step.indexOf(':');
        const auto equals = step.indexOf('=');
        clock.advanceMs(step.left(colon).toLongLong());
        const QByteArray payload = step.mid(colon + 1, equals - colon - 1);
        const bool expected = step.mid(equals + 1) == "1";
        QVERIFY2(filter.accept(payload) == expected, step.constData());
    }
}

void TestScanPipeline::duplicateFilterForgetsExpiredPayloads()
{
    ManualClock clock;
    DuplicateFilter filter(clock, 5'000);
    QVERIFY(filter.accept("A"));
    QVERIFY(filter.accept("B"));
    QCOMPARE(filter.rememberedCount(), 2);
    clock.advanceMs(5'000);
    QVERIFY(filter.accept("C"));
    QCOMPARE(filter.rememberedCount(), 1); // A and B are gone: personal data
    filter.clear();
    QCOMPARE(filter.rememberedCount(), 0);
    QVERIFY(filter.accept("C"));
}

void TestScanPipeline::scannerReportsEachCodeOnce()
{
    ManualClock clock;
    Scanner scanner(clock);
    QSignalSpy scanned(&scanner, &Scanner::codeScanned);
    QSignalSpy frames(&scanner, &Scanner::frameDecoded);

    // The same person's code by camera, then by handheld scanner: one scan.
    const QImage frame = placed(qrCode(payloads::cccd()), {640, 480}, {320, 240});
    scanner.decoder().submitImage(frame);
    QTRY_COMPARE(frames.size(), 1);
    scanner.decoder().submitImage(frame);
    QTRY_COMPARE(frames.size(), 2);
    scanner.submitText(payloads::cccd(), ScanSource::KeyboardWedge);
    scanner.submitText(payloads::cccd(), ScanSource::Serial);
    QCOMPARE(scanned.size(), 1);
    const ScannedCode first = scans(scanned).first();
    QCOMPARE(first.code.text, payloads::cccd());
    QCOMPARE(first.code.format, CodeFormat::QRCode);
    QCOMPARE(first.frameSize, QSize(640, 480));

    // Another code by keyboard wedge is new.
    scanner.submitText("PD-000123-7", ScanSource::KeyboardWedge);
    QCOMPARE(scanned.size(), 2);
    QCOMPARE(scans(scanned).at(1).source, ScanSource::KeyboardWedge);
    QCOMPARE(scans(scanned).at(1).code.format, CodeFormat::None);

    // After the window, the first code counts again.
    clock.advanceMs(DuplicateFilter::defaultWindowMs);
    scanner.submitText(payloads::cccd(), ScanSource::Serial);
    QCOMPARE(scanned.size(), 3);

    // Settings shorten the window.
    ScanSettings settings;
    settings.duplicateWindowSeconds = 1;
    scanner.applySettings(settings);
    clock.advanceMs(1'000);
    scanner.submitText("PD-000123-7", ScanSource::KeyboardWedge);
    QCOMPARE(scanned.size(), 4);
}

void TestScanPipeline::scanLineSplitter_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<qsizetype>("pending");

    using L = QList<QByteArray>;
    QTest::newRow("CR") << L {"ABC\r"} << L {"ABC"} << qsizetype(0);
    QTest::newRow("CRLF") << L {"ABC\r\n"} << L {"ABC"} << qsizetype(0);
    QTest::newRow("LF") << L {"ABC\n"} << L {"ABC"} << qsizetype(0);
    QTest::newRow("split across reads")
        << L {"AB", "C\r", "\nDE", "F\n"} << L {"ABC", "DEF"} << qsizetype(0);
    QTest::newRow("unfinished waits") << L {"ABC\rDE"} << L {"ABC"} << qsizetype(2);
    QTest::newRow("empty lines dropped") << L {"\r\n\r\nA\r\n\n"} << L {"A"} << qsizetype(0);
    QTest::newRow("utf8 bytes kept") << L {QStringLiteral("Nguyễn\r").toUtf8()}
                                     << L {QStringLiteral("Nguyễn").toUtf8()} << qsizetype(0);
    QTest::newRow("overlong line discarded")
        << L {QByteArray(ScanLineSplitter::maxLineBytes + 10, 'x'), "\rOK\r"} << L {"OK"}
        << qsizetype(0);
}

void TestScanPipeline::scanLineSplitter()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(qsizetype, pending);
    ScanLineSplitter splitter;
    QList<QByteArray> found;
    for (const QByteArray &chunk : std::as_const(chunks))
        found += splitter.feed(chunk);
    QCOMPARE(found, lines);
    QCOMPARE(splitter.pendingBytes(), pending);
}

void TestScanPipeline::serialScannerOnPseudoTerminal()
{
    PseudoTerminal terminal;
    if (terminal.slaveName().isEmpty())
        QSKIP("No pseudo-terminal available");
    SerialScannerSource serial;
    serial.setPortName(terminal.slaveName());
    QString error;
    if (!serial.open(&error))
        QSKIP(qPrintable(QStringLiteral("QSerialPort cannot open a pty here: ") + error));
    QSignalSpy scanned(&serial, &SerialScannerSource::scanned);

    const QByteArray cccd = payloads::cccd();
    QVERIFY(terminal.write(cccd.left(20)));
    QVERIFY(terminal.write(cccd.mid(20) + "\r\nHC1:ABC\r\n"));
    QTRY_COMPARE(scanned.size(), 2);
    QCOMPARE(scanned.at(0).at(0).toByteArray(), cccd);
    QCOMPARE(scanned.at(1).at(0).toByteArray(), QByteArray("HC1:ABC"));

    // Through the Scanner: the serial scan is reported like any other.
    ManualClock clock;
    Scanner scanner(clock);
    scanner.addSerialScanner(&serial);
    QSignalSpy codes(&scanner, &Scanner::codeScanned);
    QVERIFY(terminal.write("PD-000123-7\r"));
    QTRY_COMPARE(codes.size(), 1);
    QCOMPARE(scans(codes).first().source, ScanSource::Serial);
    serial.close();
    QVERIFY(!serial.isOpen());
}

void TestScanPipeline::serialScannerReportsOpenFailure()
{
    SerialScannerSource serial;
    QSignalSpy failed(&serial, &SerialScannerSource::failed);
    QString error;
    QVERIFY(!serial.open(&error)); // no port chosen
    QVERIFY(!error.isEmpty());
    serial.setPortName(QStringLiteral("/dev/pd-no-such-scanner"));
    QVERIFY(!serial.open(&error));
    QVERIFY(error.contains(QLatin1String("/dev/pd-no-such-scanner")));
    QCOMPARE(failed.size(), 2);
}

void TestScanPipeline::preferredCameraFormat_data()
{
    using C = CameraSource::FormatCandidate;
    QTest::addColumn<QList<C>>("candidates");
    QTest::addColumn<QSize>("wanted");
    QTest::addColumn<int>("chosen");

    const C vga {{640, 480}, 30, false};
    const C hd {{1280, 720}, 30, false};
    const C hdSlow {{1280, 720}, 10, false};
    const C hdJpeg {{1280, 720}, 30, true};
    const C hdJpegFast {{1280, 720}, 60, true};
    const C fullHd {{1920, 1080}, 30, false};
    const C fullHdSlow {{1920, 1080}, 5, false};
    QTest::newRow("empty") << QList<C> {} << QSize(1280, 720) << -1;
    QTest::newRow("exact") << QList<C> {vga, hd, fullHd} << QSize(1280, 720) << 1;
    // By ratio: 1920×1080 is 2.25 times 1280×720, 640×480 a third of it.
    QTest::newRow("closest") << QList<C> {vga, fullHd} << QSize(1280, 720) << 1;
    QTest::newRow("closest below") << QList<C> {vga, fullHd} << QSize(800, 600) << 0;
    QTest::newRow("too slow skipped") << QList<C> {hdSlow, vga} << QSize(1280, 720) << 1;
    QTest::newRow("all slow: closest") << QList<C> {fullHdSlow, hdSlow} << QSize(1280, 720) << 1;
    QTest::newRow("uncompressed first") << QList<C> {hdJpegFast, hd} << QSize(1280, 720) << 1;
    QTest::newRow("then faster") << QList<C> {hdJpeg, hdJpegFast} << QSize(1280, 720) << 1;
}

void TestScanPipeline::preferredCameraFormat()
{
    QFETCH(QList<CameraSource::FormatCandidate>, candidates);
    QFETCH(QSize, wanted);
    QFETCH(int, chosen);
    QCOMPARE(CameraSource::preferredFormat(candidates, wanted), chosen);
}

void TestScanPipeline::scanSettingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = pd::core::Database::open(dir.filePath(QStringLiteral("scan.phongdich")));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));

    auto defaults = ScanSettings::load(**database);
    QVERIFY(defaults);
    QCOMPARE(*defaults, ScanSettings {});

    ScanSettings changed;
    changed.cameraId = "/dev/video2";
    changed.resolution = QSize(640, 480);
    changed.torch = true;
    changed.decodeBudgetMs = 40;
    changed.duplicateWindowSeconds = 30;
    changed.wedgeEnabled = false;
    changed.wedgeInterKeyMs = 20;
    changed.wedgeMinLength = 4;
    changed.serialPort = QStringLiteral("ttyACM0");
    changed.serialBaudRate = 115200;
    QVERIFY(changed.save(**database));
    auto loaded = ScanSettings::load(**database);
    QVERIFY(loaded);
    QCOMPARE(*loaded, changed);

    ScanSettings wrong = changed;
    wrong.wedgeInterKeyMs = 1;
    const auto refused = wrong.save(**database);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scan.wedge_inter_key_ms"));
    QCOMPARE(*ScanSettings::load(**database), changed); // nothing of it written
}

QTEST_GUILESS_MAIN(TestScanPipeline)
#include "tst_scan_pipeline.moc"
