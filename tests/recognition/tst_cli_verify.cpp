// `phongdich-cli verify`, run as a process: the JSON it prints for each kind,
// stdin input, the data file's trusted keys and the exit codes.

#include "clirun.h"
#include "corecontext.h"
#include "pdcodesigner.h"
#include "pdkeystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::core;

namespace {

const QByteArray kCccd = "001090012345||Nguyễn Văn Đức|17051990|Nam|Số 12 ngõ 34 phố Phúc Xá, "
                         "Phường Phúc Xá, Quận Ba Đình, Hà Nội|10042021";

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cccd();
    void hello();
    void fromStdin();
    void at();
    void pdCodeWithDataFile();
    void dccWithTrustList();
    void listedInHelp();
    void badInvocation_data();
    void badInvocation();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;

    QTemporaryDir m_dir;
};

CliRun TestCliVerify::run(const QStringList &arguments, const QByteArray &input) const
{
    return runCli(m_dir.filePath(QStringLiteral("xdg")), arguments, input);
}

void TestCliVerify::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliVerify::cccd()
{
    const CliRun result =
        run(args({QStringLiteral("verify"), QStringLiteral("--at"),
                  QStringLiteral("2021-09-15T10:00:00+07:00"), QString::fromUtf8(kCccd)}));
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QVERIFY2(result.out.endsWith("}\n") && result.out.count('\n') == 1, result.describe());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("cccd"));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("reason_code")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QLatin1String("checks")).toObject(),
             (QJsonObject {{QStringLiteral("decoded"), true},
                           {QStringLiteral("signature"), QStringLiteral("not-checked")},
                           {QStringLiteral("expired"), false},
                           {QStringLiteral("key_usage"), QJsonValue()}}));
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("id_number")).toString(), QStringLiteral("001090012345"));
    QCOMPARE(fields.value(QLatin1String("full_name")).toString(), QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(fields.value(QLatin1String("date_of_birth")).toString(), QStringLiteral("1990-05-17"));
    QCOMPARE(fields.value(QLatin1String("sex")).toString(), QStringLiteral("male"));
    QCOMPARE(fields.value(QLatin1String("issue_date")).toString(), QStringLiteral("2021-04-10"));
    QVERIFY(!fields.contains(QLatin1String("old_id")));
}

void TestCliVerify::hello()
{
    const CliRun result = run(args({QStringLiteral("verify"), QStringLiteral("hello")}));
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out,
             QByteArray(R"({"checks":{"decoded":false,"expired":null,"key_usage":null,)"
                        R"("signature":"not-checked"},"fields":{"text":"hello"},"kind":"text",)"
                        R"("reason":"Unknown code: not a document PhongDich can check.",)"
                        R"("reason_code":"text.unknown","verdict":"unknown"})"
                        "\n"));
}

void TestCliVerify::fromStdin()
{
    // Bytes as a scanner delivers them: BOM, CRLF, and a second card with a
    // non-UTF-8 name that the command line could not even carry.
    CliRun result = run(args({QStringLiteral("verify"), QStringLiteral("--at"),
                              QStringLiteral("2021-09-15"), QStringLiteral("-")}),
                        "\xEF\xBB\xBF" + kCccd + "\r\n");
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.json().value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));

    result = run(args({QStringLiteral("verify"), QStringLiteral("-")}),
                 "001090012345||Nguy\xEAn V\xE3n|17051990|Nam|H\xE0 N\xF4i|10042021");
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.json().value(QLatin1String("verdict")).toString(),
             QStringLiteral("unreadable"));
    QCOMPARE(result.json().value(QLatin1String("reason_code")).toString(),
             QStringLiteral("cccd.encoding"));
}

void TestCliVerify::at()
{
    // The same card checked before it was issued.
    const CliRun result =
        run(args({QStringLiteral("verify"), QStringLiteral("--at"),
                  QStringLiteral("2020-01-01T00:00:00Z"), QString::fromUtf8(kCccd)}));
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.json().value(QLatin1String("verdict")).toString(), QStringLiteral("invalid"));
    QCOMPARE(result.json().value(QLatin1String("reason_code")).toString(),
             QStringLiteral("cccd.issue_in_future"));
}

void TestCliVerify::pdCodeWithDataFile()
{
    const QString path = m_dir.filePath(QStringLiteral("checkpoint.sqlite"));
    QString code;
    {
        auto context = CoreContext::open(path);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        const Result<PdKeyPair> key = PdKeyStore(**context).ensureDeviceKey();
        QVERIFY(key);
        PdCodeContent content;
        content.type = PdCodeContent::Type::Venue;
        content.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        content.venueName = QStringLiteral("Chợ Đông Ba");
        content.unitCode = QStringLiteral("19");
        const Result<QString> signedCode = PdCodeSigner(*key).sign(content);
        QVERIFY(signedCode);
        code = *signedCode;
    }

    const CliRun trusted =
        run(args({QStringLiteral("verify"), QStringLiteral("--db"), path, code}));
    QVERIFY2(trusted.exitCode == 0 && trusted.err.isEmpty(), trusted.describe());
    const QJsonObject json = trusted.json();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("pd-venue"));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("checks")).toObject().value(QLatin1String("signature")),
             QJsonValue(QStringLiteral("valid")));
    QCOMPARE(json.value(QLatin1String("fields")).toObject().value(QLatin1String("venue_name")),
             QJsonValue(QStringLiteral("Chợ Đông Ba")));

    // Without the data file no key is trusted.
    const CliRun untrusted = run(args({QStringLiteral("verify"), code}));
    QVERIFY2(untrusted.exitCode == 0, untrusted.describe());
    QCOMPARE(untrusted.json().value(QLatin1String("verdict")).toString(),
             QStringLiteral("untrusted"));
    QCOMPARE(untrusted.json()
                 .value(QLatin1String("checks"))
                 .toObject()
                 .value(QLatin1String("signature"))
                 .toString(),
             QStringLiteral("unknown-key"));
}

void TestCliVerify::dccWithTrustList()
{
    QFile vectorFile(qEnvironmentVariable("PD_SOURCE_DIR")
                     + QStringLiteral("/../shared/testdata/dcc/common/2DCode/raw/CO3.json"));
    if (!vectorFile.open(QIODevice::ReadOnly))
        QSKIP("EU DCC test vectors not found (../shared/testdata/dcc)");
    const QJsonObject vector = QJsonDocument::fromJson(vectorFile.readAll()).object();
    const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();
    const QString trustListPath = m_dir.filePath(QStringLiteral("trust-list.json"));
    QFile trustList(trustListPath);
    QVERIFY(trustList.open(QIODevice::WriteOnly));
    trustList.write(
        QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("rawData"),
                                                context.value(QLatin1String("CERTIFICATE"))}}})
            .toJson());
    trustList.close();

    const CliRun result =
        run(args({QStringLiteral("verify"), QStringLiteral("--trust-list"), trustListPath,
                  QStringLiteral("--at"),
                  context.value(QLatin1String("VALIDATIONCLOCK")).toString(), QStringLiteral("-")}),
            vector.value(QLatin1String("PREFIX")).toString().toUtf8() + "\n");
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("eu-dcc"));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("certificate_type")).toString(), QStringLiteral("v"));
    QCOMPARE(fields.value(QLatin1String("full_name")).toString(),
             QStringLiteral("Musterfrau-Gößinger Gabriele"));
    QCOMPARE(fields.value(QLatin1String("entry")).toObject().value(QLatin1String("co")),
             QJsonValue(QStringLiteral("AT")));

    // An unreadable trust list stops the command.
    QVERIFY(trustList.open(QIODevice::WriteOnly | QIODevice::Truncate));
    trustList.write("not json");
    trustList.close();
    const CliRun broken = run(args({QStringLiteral("verify"), QStringLiteral("--trust-list"),
                                    trustListPath, QStringLiteral("hello")}));
    QVERIFY2(broken.exitCode == 1 && broken.out.isEmpty() && broken.err.count('\n') == 1,
             broken.describe());
}

void TestCliVerify::listedInHelp()
{
    const CliRun top = run(args({QStringLiteral("--help")}));
    QVERIFY2(top.exitCode == 0 && top.out.contains("verify"), top.describe());
    const CliRun own = run(args({QStringLiteral("verify"), QStringLiteral("--help")}));
    QVERIFY2(own.exitCode == 0 && own.out.contains("--trust-list") && own.out.contains("--at"),
             own.describe());
}

void TestCliVerify::badInvocation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const QString verify = QStringLiteral("verify");
    QTest::newRow("no payload") << args({verify}) << QByteArray() << 2
                                << QStringLiteral("Missing argument");
    QTest::newRow("two payloads") << args({verify, QStringLiteral("a"), QStringLiteral("b")})
                                  << QByteArray() << 2 << QStringLiteral("Unexpected argument");
    QTest::newRow("empty payload")
        << args({verify, QString()}) << QByteArray() << 2 << QStringLiteral("empty");
    QTest::newRow("empty stdin") << args({verify, QStringLiteral("-")}) << QByteArray("\r\n") << 2
                                 << QStringLiteral("empty");
    QTest::newRow("bad --at") << args(
        {verify, QStringLiteral("--at"), QStringLiteral("yesterday"), QStringLiteral("hello")})
                              << QByteArray() << 2 << QStringLiteral("--at");
    QTest::newRow("unknown option")
        << args({verify, QStringLiteral("--trust"), QStringLiteral("hello")}) << QByteArray() << 2
        << QStringLiteral("trust");
    QTest::newRow("missing trust list")
        << args({verify, QStringLiteral("--trust-list"),
                 m_dir.filePath(QStringLiteral("no-such-list.json")), QStringLiteral("hello")})
        << QByteArray() << 1 << QString();
    QTest::newRow("missing data file")
        << args({verify, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                 QStringLiteral("hello")})
        << QByteArray() << 1 << QStringLiteral("init");
}

void TestCliVerify::badInvocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    const CliRun result = run(arguments, input);
    QVERIFY2(result.exitCode == exitCode, result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.describe());
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), result.describe());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
