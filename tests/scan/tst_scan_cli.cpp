// `phongdich-cli decode` as a script uses it: the real binary in a QProcess,
// on PNGs the test writes and on the EU DCC test PNGs in ../shared.
#include "clirun.h"
#include "codeimages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::scan;
using namespace pd::scan::test;

namespace {
// decode is read-only: no data file, so the private data directory stays empty.
CliRun decode(const QStringList &arguments)
{
    return runCli(QDir::temp().filePath(QStringLiteral("pd-tst-scan-cli")),
                  QStringList {QStringLiteral("decode")} + arguments);
}

QString dccFolder()
{
    return qEnvironmentVariable("PD_SOURCE_DIR") + QStringLiteral("/../shared/testdata/dcc");
}
} // namespace

class TestScanCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesOneImage();
    void oneLinePerImageInOrder();
    void imageWithoutCode();
    void unreadableImagesFailAfterTheOthers();
    void folderStandsForItsImages();
    void formatsOption();
    void badCommandLines_data();
    void badCommandLines();
    void dccReferencePngs_data();
    void dccReferencePngs();

private:
    QString write(const QString &name, const QImage &image) const;

    QTemporaryDir m_dir;
};

void TestScanCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PD_CLI_PATH)));
}

QString TestScanCli::write(const QString &name, const QImage &image) const
{
    const QString path = m_dir.filePath(name);
    return image.save(path) ? path : QString();
}

void TestScanCli::decodesOneImage()
{
    const QString png =
        write(QStringLiteral("cccd.png"), placed(qrCode(payloads::cccd()), {640, 480}, {320, 240}));
    QVERIFY(!png.isEmpty());
    const CliRun run = decode({png});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.err.isEmpty());
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines.first();
    QCOMPARE(line.value(QLatin1String("file")).toString(), png);
    QVERIFY(line.value(QLatin1String("ms")).toDouble() > 0);
    const QJsonArray codes = line.value(QLatin1String("codes")).toArray();
    QCOMPARE(codes.size(), 1);
    const QJsonObject code = codes.first().toObject();
    QCOMPARE(code.value(QLatin1String("format")).toString(), QStringLiteral("QRCode"));
    // UTF-8 on the wire whatever the locale: Vietnamese arrives intact.
    QCOMPARE(code.value(QLatin1String("text")).toString(), QString::fromUtf8(payloads::cccd()));
    QVERIFY(run.out.contains(payloads::cccd()));
    const QJsonArray position = code.value(QLatin1String("position")).toArray();
    QCOMPARE(position.size(), 4);
    for (const QJsonValue &corner : position) {
        const QJsonArray xy = corner.toArray();
        QCOMPARE(xy.size(), 2);
        QVERIFY(QRect(0, 0, 640, 480).contains(xy.at(0).toInt(), xy.at(1).toInt()));
    }
    QVERIFY(!code.contains(QLatin1String("bytes"))); // text, not binary
}

void TestScanCli::oneLinePerImageInOrder()
{
    QStringList files;
    for (const QByteArray &payload : {payloads::url(), payloads::hc1(), payloads::vietnamese()})
        files << write(QStringLiteral("order-%1.png").arg(files.size()), placed(qrCode(payload)));
    const CliRun run = decode(files);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> expected {payloads::url(), payloads::hc1(), payloads::vietnamese()};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lines[i].value(QLatin1String("file")).toString(), files[i]);
        QCOMPARE(lines[i]
                     .value(QLatin1String("codes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QString::fromUtf8(expected[i]));
    }
}

void TestScanCli::imageWithoutCode()
{
    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString png = write(QStringLiteral("blank.png"), blank);
    const CliRun run = decode({png});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.lines().size(), 1);
    QCOMPARE(run.lines().first().value(QLatin1String("codes")).toArray().size(), 0);
}

void TestScanCli::unreadableImagesFailAfterTheOthers()
{
    const QString good = write(QStringLiteral("good.png"), placed(qrCode(payloads::url())));
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.png"));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n but not really");
    }
    const QString alsoGood = write(QStringLiteral("also-good.png"), placed(qrCode("PD-1")));

    const CliRun run = decode({good, missing, corrupt, alsoGood});
    QCOMPARE(run.exitCode, 1);
    // The readable images are still printed, in order…
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value(QLatin1String("file")).toString(), good);
    QCOMPARE(lines[1].value(QLatin1String("file")).toString(), alsoGood);
    // …and one line on stderr names the others.
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains(missing.toUtf8()));
    QVERIFY(run.err.contains(corrupt.toUtf8()));
}

void TestScanCli::folderStandsForItsImages()
{
    QTemporaryDir folder;
    QVERIFY(placed(qrCode("first")).save(folder.filePath(QStringLiteral("2.png"))));
    QVERIFY(placed(qrCode("second")).save(folder.filePath(QStringLiteral("10.png"))));
    const CliRun run = decode({folder.path()});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value(QLatin1String("file")).toString(),
             folder.filePath(QStringLiteral("2.png")));

    QTemporaryDir empty;
    const CliRun none = decode({empty.path()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(!none.err.isEmpty());
}

void TestScanCli::formatsOption()
{
    const QString png =
        write(QStringLiteral("dm.png"), placed(writtenCode(CodeFormat::DataMatrix, "TUBE-000123")));
    const CliRun onlyQr = decode({QStringLiteral("--formats"), QStringLiteral("qrcode"), png});
    QVERIFY2(onlyQr.exitCode == 0, onlyQr.describe().constData());
    QCOMPARE(onlyQr.lines().first().value(QLatin1String("codes")).toArray().size(), 0);

    const CliRun both =
        decode({QStringLiteral("--formats"), QStringLiteral("QRCode,data-matrix"), png});
    QVERIFY2(both.exitCode == 0, both.describe().constData());
    const QJsonObject code =
        both.lines().first().value(QLatin1String("codes")).toArray().first().toObject();
    QCOMPARE(code.value(QLatin1String("format")).toString(), QStringLiteral("DataMatrix"));
    QCOMPARE(code.value(QLatin1String("text")).toString(), QStringLiteral("TUBE-000123"));
}

void TestScanCli::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no image") << QStringList {};
    QTest::newRow("unknown format") << QStringList {
        QStringLiteral("--formats"), QStringLiteral("aztec"), QStringLiteral("a.png")};
    QTest::newRow("bad budget") << QStringList {QStringLiteral("--budget-ms"), QStringLiteral("-1"),
                                                QStringLiteral("a.png")};
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--fast"), QStringLiteral("a.png")};
}

void TestScanCli::badCommandLines()
{
    QFETCH(QStringList, arguments);
    const CliRun run = decode(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestScanCli::dccReferencePngs_data()
{
    QTest::addColumn<QString>("png");
    QTest::addColumn<QString>("prefix");
    QDirIterator it(dccFolder(), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList pngs;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/2DCode/png/")))
            pngs << path;
    }
    if (pngs.isEmpty())
        QSKIP("No EU DCC test vectors beside the source tree (../shared/testdata/dcc)");
    pngs.sort();
    for (const QString &png : std::as_const(pngs)) {
        QString json = png;
        json.replace(QLatin1String("/2DCode/png/"), QLatin1String("/2DCode/raw/"));
        json.replace(QLatin1String(".png"), QLatin1String(".json"));
        QFile file(json);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString prefix = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("PREFIX"))
                                   .toString();
        if (!prefix.isEmpty())
            QTest::newRow(qPrintable(QDir(dccFolder()).relativeFilePath(png))) << png << prefix;
    }
}

void TestScanCli::dccReferencePngs()
{
    QFETCH(QString, png);
    QFETCH(QString, prefix);
    const CliRun run = decode({png});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray codes = run.lines().first().value(QLatin1String("codes")).toArray();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().toObject().value(QLatin1String("text")).toString(), prefix);
}

QTEST_GUILESS_MAIN(TestScanCli)
#include "tst_scan_cli.moc"
