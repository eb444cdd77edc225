// Frame sources end to end through Scanner: image files (one or a folder),
// a video file played as a camera (an MJPEG AVI written by the test), and a
// camera on a machine that has none.
#include "camerasource.h"
#include "codeimages.h"
#include "imagefilesource.h"
#include "mjpegaviwriter.h"
#include "scanner.h"
#include "videofilesource.h"

#include <QCameraDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::scan;
using namespace pd::scan::test;
using pd::core::ManualClock;

namespace {
QList<ScannedCode> scans(const QSignalSpy &spy)
{
    QList<ScannedCode> list;
    for (const QList<QVariant> &arguments : spy)
        list << arguments.at(0).value<ScannedCode>();
    return list;
}

QImage codeFrame(const QByteArray &payload, QSize size = {640, 480})
{
    return placed(qrCode(payload), size, {size.width() / 2, size.height() / 2});
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestScanSources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imageFolder();
    void singleImageFile();
    void missingImagePathFails();
    void videoFilePlaysLikeACamera();
    void videoFileMissingOrBroken();
    void cameraFailsGracefullyWithoutOne();
};

void TestScanSources::imageFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Named as a person numbers photos: 2 comes before 10.
    QVERIFY(codeFrame("photo-1").save(dir.filePath(QStringLiteral("1.png"))));
    QVERIFY(codeFrame("photo-2").save(dir.filePath(QStringLiteral("2.jpg")), "JPEG", 90));
    QVERIFY(codeFrame("photo-10").save(dir.filePath(QStringLiteral("10.png"))));
    QVERIFY(codeFrame("photo-1").save(dir.filePath(QStringLiteral("11.png")))); // a repeat
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(200);
    QVERIFY(blank.save(dir.filePath(QStringLiteral("12.png"))));
    QVERIFY(writeText(dir.filePath(QStringLiteral("3.png")), "not an image"));
    QVERIFY(writeText(dir.filePath(QStringLiteral("notes.txt")), "ignored"));

    ManualClock clock;
    Scanner scanner(clock);
    ImageFileSource source;
    source.setPath(dir.path());
    scanner.setFrameSource(&source);
    QSignalSpy scanned(&scanner, &Scanner::codeScanned);
    QSignalSpy frames(&scanner, &Scanner::frameDecoded);
    QSignalSpy failedFiles(&source, &ImageFileSource::fileFailed);

    source.start();
    QCOMPARE(source.status(), FrameSource::Status::Running);
    QTRY_COMPARE(source.status(), FrameSource::Status::Finished);

    // Every readable image was read, none dropped: the source waits for each.
    QCOMPARE(frames.size(), 5);
    QCOMPARE(scanner.decoder().droppedCount(), quint64(0));
    const QList<ScannedCode> codes = scans(scanned);
    QCOMPARE(codes.size(), 3); // 11.png repeats 1.png; 12.png has no code
    QCOMPARE(codes.at(0).code.text, QByteArray("photo-1"));
    QCOMPARE(codes.at(1).code.text, QByteArray("photo-2"));
    QCOMPARE(codes.at(2).code.text, QByteArray("photo-10"));
    QCOMPARE(codes.at(0).source, ScanSource::ImageFile);
    QCOMPARE(codes.at(0).origin, dir.filePath(QStringLiteral("1.png")));
    QCOMPARE(failedFiles.size(), 1);
    QCOMPARE(failedFiles.at(0).at(0).toString(), dir.filePath(QStringLiteral("3.png")));
}

void TestScanSources::singleImageFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cccd.png"));
    QVERIFY(codeFrame(payloads::cccd()).save(path));
    QCOMPARE(ImageFileSource::imageFiles(path), QStringList {path});

    ManualClock clock;
    Scanner scanner(clock);
    ImageFileSource source;
    source.setPath(path);
    scanner.setFrameSource(&source);
    QSignalSpy scanned(&scanner, &Scanner::codeScanned);
    source.start();
    QTRY_COMPARE(source.status(), FrameSource::Status::Finished);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scans(scanned).first().code.text, payloads::cccd());
}

void TestScanSources::missingImagePathFails()
{
    QTemporaryDir dir;
    ImageFileSource source;
    QSignalSpy status(&source, &FrameSource::statusChanged);
    source.setPath(dir.filePath(QStringLiteral("nowhere")));
    source.start();
    QCOMPARE(source.status(), FrameSource::Status::Failed);
    QVERIFY(source.statusText().contains(QLatin1String("nowhere")));
    QCOMPARE(status.size(), 1);

    source.setPath(dir.path()); // a folder without images
    source.start();
    QCOMPARE(source.status(), FrameSource::Status::Failed);
}

void TestScanSources::videoFilePlaysLikeACamera()
{
    // Two seconds of "camera": a visitor's QR for one second, then another's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checkpoint.avi"));
    MjpegAviWriter writer(640, 480, 10);
    for (int i = 0; i < 10; ++i)
        QVERIFY(writer.addFrame(codeFrame(payloads::cccd())));
    for (int i = 0; i < 10; ++i)
        QVERIFY(writer.addFrame(codeFrame(payloads::url())));
    QString error;
    QVERIFY2(writer.write(path, &error), qPrintable(error));

    ManualClock clock; // standing still: each code is reported once
    Scanner scanner(clock);
    VideoFileSource source;
    source.setFile(path);
    scanner.setFrameSource(&source);
    QSignalSpy scanned(&scanner, &Scanner::codeScanned);
    QSignalSpy sinkFrames(&source, &FrameSource::videoFrameReady);

    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(source.status() == FrameSource::Status::Finished
                                 || source.status() == FrameSource::Status::Failed,
                             20'000);
    QVERIFY2(source.status() == FrameSource::Status::Finished, qPrintable(source.statusText()));
    QTRY_COMPARE(scanner.decoder().decodedCount() + scanner.decoder().droppedCount(),
                 scanner.decoder().submittedCount());

    // The frames went through the QVideoSink path into the decoder.
    QVERIFY(source.framesSeen() >= 10);
    QCOMPARE(quint64(sinkFrames.size()), source.framesSeen());
    QCOMPARE(scanner.decoder().submittedCount(), source.framesSeen());
    const QList<ScannedCode> codes = scans(scanned);
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.at(0).code.text, payloads::cccd());
    QCOMPARE(codes.at(1).code.text, payloads::url());
    QCOMPARE(codes.at(0).source, ScanSource::VideoFile);
    QCOMPARE(codes.at(0).frameSize, QSize(640, 480));
}

void TestScanSources::videoFileMissingOrBroken()
{
    QTemporaryDir dir;
    VideoFileSource source;
    source.setFile(dir.filePath(QStringLiteral("missing.avi")));
    source.start();
    QCOMPARE(source.status(), FrameSource::Status::Failed);
    QVERIFY(source.statusText().contains(QLatin1String("missing.avi")));

    const QString broken = dir.filePath(QStringLiteral("broken.avi"));
    QVERIFY(writeText(broken, QByteArray(4096, 'x')));
    source.setFile(broken);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.status(), FrameSource::Status::Failed, 20'000);
    QVERIFY(!source.statusText().isEmpty());
}

void TestScanSources::cameraFailsGracefullyWithoutOne()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("A camera is connected; this test is for machines without one");
    QVERIFY(CameraSource::availableCameras().isEmpty());

    CameraSource camera;
    QSignalSpy status(&camera, &FrameSource::statusChanged);
    camera.start();
    QCOMPARE(camera.status(), FrameSource::Status::Failed);
    QVERIFY(!camera.statusText().isEmpty());
    QCOMPARE(status.size(), 1);
    QVERIFY(!camera.isTorchSupported());
    camera.setTorchEnabled(true); // remembered, harmless
    QVERIFY(camera.isTorchEnabled());

    camera.setCameraId("/dev/video9");
    camera.start();
    QCOMPARE(camera.status(), FrameSource::Status::Failed);
    camera.stop();
    QCOMPARE(camera.status(), FrameSource::Status::Failed); // the reason stays visible
}

QTEST_MAIN(TestScanSources)
#include "tst_scan_sources.moc"
