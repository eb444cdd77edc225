#include "clirun.h"
#include "passwordhasher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            objects << jsonObject(line);
    }
    return objects;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list << value.toString();
    return list;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void version();
    void badInvocation_data();
    void badInvocation();
    void missingFileIsNotCreated();
    void initAndInfo();
    void userLifecycle();
    void adminUnits();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    // A copy of the data file made by initTestCase (admin units loaded, one
    // administrator "boss"), so tests neither share state nor reload units.
    QString copyOfTemplate(const QString &name) const;
    static QString storedPasswordHash(const QString &databasePath, const QString &username);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_badDb;
};

CliRun TestCli::run(const QStringList &arguments, const QByteArray &input) const
{
    return runCli(m_dir.filePath(QStringLiteral("xdg")), arguments, input);
}

QString TestCli::copyOfTemplate(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    // The binary closes its connection on exit, which checkpoints the WAL
    // into the main file; copy a leftover WAL too in case it did not.
    QFile::copy(m_template, path);
    if (QFile::exists(m_template + QStringLiteral("-wal")))
        QFile::copy(m_template + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
    return path;
}

QString TestCli::storedPasswordHash(const QString &databasePath, const QString &username)
{
    QString hash;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE username = ?"));
            query.addBindValue(username);
            if (query.exec() && query.next())
                hash = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli"));
    return hash;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const CliRun init = run({QStringLiteral("init"), QStringLiteral("--db"), m_template,
                             QStringLiteral("--device-name"), QStringLiteral("test-laptop")});
    QVERIFY2(init.exitCode == 0 && init.err.isEmpty(), init.describe());
    const CliRun boss =
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_template,
             QStringLiteral("--username"), QStringLiteral("boss"), QStringLiteral("--name"),
             QStringLiteral("Lê Văn Chủ"), QStringLiteral("--roles"), QStringLiteral("admin"),
             QStringLiteral("--password-stdin")},
            "boss-password-1\n");
    QVERIFY2(boss.exitCode == 0 && boss.err.isEmpty(), boss.describe());
    m_badDb = copyOfTemplate(QStringLiteral("bad.sqlite"));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("top level") << QStringList {QStringLiteral("--help")}
                               << QStringLiteral("Usage: phongdich-cli COMMAND");
    QTest::newRow("init") << QStringList {QStringLiteral("init"), QStringLiteral("--help")}
                          << QStringLiteral("--retention-days");
    QTest::newRow("user group") << QStringList {QStringLiteral("user"), QStringLiteral("--help")}
                                << QStringLiteral("passwd");
    QTest::newRow("user add") << QStringList {QStringLiteral("user"), QStringLiteral("add"),
                                              QStringLiteral("-h")}
                              << QStringLiteral("--password-stdin");
    QTest::newRow("admin-units search")
        << QStringList {QStringLiteral("admin-units"), QStringLiteral("search"),
                        QStringLiteral("--help")}
        << QStringLiteral("--limit");
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.err.isEmpty(), result.describe());
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.describe());
}

void TestCli::version()
{
    const CliRun result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    static const QRegularExpression pattern(
        QStringLiteral("^phongdich-cli \\d+\\.\\d+\\.\\d+\\n$"));
    QVERIFY2(pattern.match(QString::fromUtf8(result.out)).hasMatch(), result.describe());
}

void TestCli::badInvocation_data()
{
    QTest::addColumn<QStringList>("arguments"); // "%DB%" stands for a ready data file
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result << QString::fromUtf8(item);
        return result;
    };
    const QByteArray goodPassword = "good-password-1\n";

    QTest::newRow("no command") << QStringList {} << QByteArray() << 2
                                << QStringLiteral("Missing command");
    QTest::newRow("unknown command") << args({"frobnicate"}) << QByteArray() << 2
                                     << QStringLiteral("Unknown command: frobnicate");
    QTest::newRow("option before command") << args({"--db", "x.sqlite", "info"}) << QByteArray()
                                           << 2 << QStringLiteral("Unknown option --db");
    QTest::newRow("unknown option") << args({"info", "--db", "%DB%", "--bogus"}) << QByteArray()
                                    << 2 << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("option without value") << args({"info", "--db"}) << QByteArray() << 2
                                          << QStringLiteral("Missing value after '--db'");
    QTest::newRow("extra argument") << args({"info", "--db", "%DB%", "extra"}) << QByteArray() << 2
                                    << QStringLiteral("Unexpected argument: extra");

    QTest::newRow("user without command")
        << args({"user"}) << QByteArray() << 2 << QStringLiteral("Missing user command");
    QTest::newRow("unknown user command") << args({"user", "delete"}) << QByteArray() << 2
                                          << QStringLiteral("Unknown user command: delete");
    QTest::newRow("add without username")
        << args({"user", "add", "--db", "%DB%", "--name", "Ngô Thị Dung", "--roles", "clerk",
                 "--password-stdin"})
        << goodPassword << 2 << QStringLiteral("Missing required option --username");
    QTest::newRow("add without roles")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", "Ngô Thị Dung",
                 "--password-stdin"})
        << goodPassword << 2 << QStringLiteral("Missing required option --roles");
    QTest::newRow("add with empty name")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", " ", "--roles",
                 "clerk", "--password-stdin"})
        << goodPassword << 2 << QStringLiteral("Option --name needs a value");
    QTest::newRow("add unknown role")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", "Ngô Thị Dung",
                 "--roles", "clerk,wizard", "--password-stdin"})
        << goodPassword << 2 << QStringLiteral("Unknown role wizard");
    QTest::newRow("add bad username")
        << args({"user", "add", "--db", "%DB%", "--username", "Bad Name!", "--name", "Ngô Thị Dung",
                 "--roles", "clerk", "--password-stdin"})
        << goodPassword << 1 << QStringLiteral("Username: use 3 to 32");
    QTest::newRow("add taken username")
        << args({"user", "add", "--db", "%DB%", "--username", "boss", "--name", "Ngô Thị Dung",
                 "--roles", "clerk", "--password-stdin"})
        << goodPassword << 1 << QStringLiteral("boss is already taken");
    QTest::newRow("add short password")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", "Ngô Thị Dung",
                 "--roles", "clerk", "--password-stdin"})
        << QByteArray("short\n") << 1 << QStringLiteral("Password: use at least 8");
    QTest::newRow("add password on empty stdin")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", "Ngô Thị Dung",
                 "--roles", "clerk", "--password-stdin"})
        << QByteArray() << 2 << QStringLiteral("No password on standard input");
    // stdin is a pipe here, not a terminal, so there is no one to prompt.
    QTest::newRow("add without password source")
        << args({"user", "add", "--db", "%DB%", "--username", "dung", "--name", "Ngô Thị Dung",
                 "--roles", "clerk"})
        << goodPassword << 2 << QStringLiteral("--password-stdin");
    QTest::newRow("passwd unknown user")
        << args({"user", "passwd", "--db", "%DB%", "--username", "nobody", "--password-stdin"})
        << goodPassword << 1 << QStringLiteral("No user named nobody");
    QTest::newRow("roles without set")
        << args({"user", "roles", "--db", "%DB%", "--username", "boss"}) << QByteArray() << 2
        << QStringLiteral("Missing required option --set");
    QTest::newRow("roles unknown role")
        << args({"user", "roles", "--db", "%DB%", "--username", "boss", "--set", "admin,king"})
        << QByteArray() << 2 << QStringLiteral("Unknown role king");
    QTest::newRow("roles drop last admin")
        << args({"user", "roles", "--db", "%DB%", "--username", "boss", "--set", "clerk"})
        << QByteArray() << 1 << QStringLiteral("at least one active administrator must remain");

    QTest::newRow("init unknown unit")
        << args({"init", "--db", "%DB%", "--unit", "99999"}) << QByteArray() << 1
        << QStringLiteral("No administrative unit has the code 99999");
    QTest::newRow("init retention not a number")
        << args({"init", "--db", "%DB%", "--retention-days", "month"}) << QByteArray() << 2
        << QStringLiteral("Option --retention-days: enter a whole number");
    QTest::newRow("init retention out of range")
        << args({"init", "--db", "%DB%", "--retention-days", "0"}) << QByteArray() << 1
        << QStringLiteral("Data retention (days)");
    QTest::newRow("init bad server") << args({"init", "--db", "%DB%", "--server", "ftp://sync"})
                                     << QByteArray() << 1 << QStringLiteral("Server address");

    QTest::newRow("admin-units without command") << args({"admin-units"}) << QByteArray() << 2
                                                 << QStringLiteral("Missing admin-units command");
    QTest::newRow("admin-units unknown command")
        << args({"admin-units", "list"}) << QByteArray() << 2
        << QStringLiteral("Unknown admin-units command: list");
    QTest::newRow("search without text")
        << args({"admin-units", "search", "--db", "%DB%"}) << QByteArray() << 2
        << QStringLiteral("Missing search text");
    QTest::newRow("search bad limit")
        << args({"admin-units", "search", "--db", "%DB%", "phuc", "--limit", "0"}) << QByteArray()
        << 2 << QStringLiteral("Option --limit: enter a whole number from 1 to 1000");
    QTest::newRow("show without code")
        << args({"admin-units", "show", "--db", "%DB%"}) << QByteArray() << 2
        << QStringLiteral("Missing argument CODE");
    QTest::newRow("show two codes")
        << args({"admin-units", "show", "--db", "%DB%", "00001", "00004"}) << QByteArray() << 2
        << QStringLiteral("Unexpected argument: 00004");
    QTest::newRow("show unknown code")
        << args({"admin-units", "show", "--db", "%DB%", "99999"}) << QByteArray() << 1
        << QStringLiteral("No administrative unit has the code 99999");
}

void TestCli::badInvocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    arguments.replaceInStrings(QStringLiteral("%DB%"), m_badDb);
    const CliRun result = run(arguments, input);
    QVERIFY2(result.exitCode == exitCode, result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
    // Exactly one line: the reason, and nothing else.
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.describe());
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), result.describe());
}

void TestCli::missingFileIsNotCreated()
{
    // Only init creates a data file; a mistyped --db must not leave an empty
    // one behind.
    const QString missing = m_dir.filePath(QStringLiteral("typo/none.sqlite"));
    const CliRun result = run({QStringLiteral("info"), QStringLiteral("--db"), missing});
    QVERIFY2(result.exitCode == 1, result.describe());
    QVERIFY2(result.err.count('\n') == 1 && result.err.startsWith("No data file at"),
             result.describe());
    QVERIFY(!QFile::exists(missing));
}

void TestCli::initAndInfo()
{
    // A fresh file in a folder that does not exist yet.
    const QString path = m_dir.filePath(QStringLiteral("fresh/device.sqlite"));
    const QString deviceName = QStringLiteral("Chốt Cầu Giấy 2");
    const CliRun init = run(
        {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--device-name"),
         deviceName, QStringLiteral("--unit"), QStringLiteral("00001"), QStringLiteral("--venue"),
         QStringLiteral("Cổng bệnh viện"), QStringLiteral("--retention-days"), QStringLiteral("14"),
         QStringLiteral("--server"), QStringLiteral("https://sync.example.gov.vn")});
    QVERIFY2(init.exitCode == 0 && init.err.isEmpty(), init.describe());
    QCOMPARE(init.out.count('\n'), 1);
    const QJsonObject created = jsonObject(init.out);
    QCOMPARE(created.value(QStringLiteral("db")).toString(), path);
    const QString deviceId = created.value(QStringLiteral("deviceId")).toString();
    QCOMPARE(deviceId.size(), 36);
    QVERIFY(created.value(QStringLiteral("schema")).toObject().value(QStringLiteral("core")).toInt()
            >= 1);

    const CliRun info = run({QStringLiteral("info"), QStringLiteral("--db"), path});
    QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), info.describe());
    QCOMPARE(info.out.count('\n'), 1); // one compact object on one line
    const QJsonObject state = jsonObject(info.out);
    QCOMPARE(state.value(QStringLiteral("deviceId")).toString(), deviceId);
    QCOMPARE(state.value(QStringLiteral("deviceName")).toString(), deviceName);
    QVERIFY(state.value(QStringLiteral("schema")).toObject().value(QStringLiteral("core")).toInt()
            >= 1);
    QVERIFY(state.value(QStringLiteral("userVersion")).toInt() >= 1);
    const QJsonObject rows = state.value(QStringLiteral("rows")).toObject();
    QCOMPARE(rows.value(QStringLiteral("admin_unit")).toInt(), 11367);
    QCOMPARE(rows.value(QStringLiteral("app_user")).toInt(), 0);
    QVERIFY(rows.value(QStringLiteral("setting")).toInt() >= 1);
    QVERIFY(rows.contains(QStringLiteral("audit_log")));
    QVERIFY(state.value(QStringLiteral("outbox")).isDouble());
    QVERIFY(state.value(QStringLiteral("outbox")).toInt() >= 0);

    // Running init again keeps the device id and the saved settings.
    const CliRun again = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QVERIFY2(again.exitCode == 0 && again.err.isEmpty(), again.describe());
    QCOMPARE(jsonObject(again.out).value(QStringLiteral("deviceId")).toString(), deviceId);
    const CliRun infoAgain = run({QStringLiteral("info"), QStringLiteral("--db"), path});
    QCOMPARE(jsonObject(infoAgain.out).value(QStringLiteral("deviceName")).toString(), deviceName);
}

void TestCli::userLifecycle()
{
    const QString db = copyOfTemplate(QStringLiteral("users.sqlite"));
    const QStringList withDb {QStringLiteral("--db"), db};

    const CliRun add =
        run(QStringList {QStringLiteral("user"), QStringLiteral("add")} + withDb
                + QStringList {QStringLiteral("--username"), QStringLiteral("Clerk.Hoa"),
                               QStringLiteral("--name"), QStringLiteral("Trần Thị Hoa"),
                               QStringLiteral("--roles"), QStringLiteral("sampler, clerk"),
                               QStringLiteral("--password-stdin")},
            "first-password-1\nignored second line\n");
    QVERIFY2(add.exitCode == 0 && add.err.isEmpty(), add.describe());
    const QJsonObject added = jsonObject(add.out);
    QCOMPARE(added.value(QStringLiteral("username")).toString(), QStringLiteral("clerk.hoa"));
    QCOMPARE(strings(added.value(QStringLiteral("roles"))),
             (QStringList {QStringLiteral("clerk"), QStringLiteral("sampler")}));
    // The first line of stdin is the password, nothing more.
    QVERIFY(pd::core::PasswordHasher::verify(storedPasswordHash(db, QStringLiteral("clerk.hoa")),
                                             QStringLiteral("first-password-1")));

    const CliRun list = run(QStringList {QStringLiteral("user"), QStringLiteral("list")} + withDb);
    QVERIFY2(list.exitCode == 0 && list.err.isEmpty(), list.describe());
    QCOMPARE(list.out.count('\n'), 1);
    QVERIFY2(!list.out.contains("argon2") && !list.out.contains("password")
                 && !list.out.contains("hash"),
             list.describe());
    const QJsonArray users = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(users.size(), 2);
    const QJsonObject boss = users.at(0).toObject();
    const QJsonObject hoa = users.at(1).toObject();
    QCOMPARE(boss.value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
    QCOMPARE(strings(boss.value(QStringLiteral("roles"))), QStringList {QStringLiteral("admin")});
    QCOMPARE(hoa.value(QStringLiteral("username")).toString(), QStringLiteral("clerk.hoa"));
    QCOMPARE(hoa.value(QStringLiteral("name")).toString(), QStringLiteral("Trần Thị Hoa"));
    QCOMPARE(strings(hoa.value(QStringLiteral("roles"))),
             (QStringList {QStringLiteral("clerk"), QStringLiteral("sampler")}));
    QCOMPARE(hoa.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(hoa.value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(
        hoa.keys(),
        (QStringList {QStringLiteral("active"), QStringLiteral("locked"), QStringLiteral("name"),
                      QStringLiteral("roles"), QStringLiteral("username")}));

    // Roles: make Hoa an administrator, then the former only admin may drop
    // the role.
    const CliRun promote =
        run(QStringList {QStringLiteral("user"), QStringLiteral("roles")} + withDb
            + QStringList {QStringLiteral("--username"), QStringLiteral("clerk.hoa"),
                           QStringLiteral("--set"), QStringLiteral("admin,clerk")});
    QVERIFY2(promote.exitCode == 0 && promote.err.isEmpty(), promote.describe());
    QCOMPARE(strings(jsonObject(promote.out).value(QStringLiteral("roles"))),
             (QStringList {QStringLiteral("admin"), QStringLiteral("clerk")}));
    const CliRun demote =
        run(QStringList {QStringLiteral("user"), QStringLiteral("roles")} + withDb
            + QStringList {QStringLiteral("--username"), QStringLiteral("boss"),
                           QStringLiteral("--set"), QStringLiteral("epidemiologist")});
    QVERIFY2(demote.exitCode == 0 && demote.err.isEmpty(), demote.describe());
    const CliRun listed =
        run(QStringList {QStringLiteral("user"), QStringLiteral("list")} + withDb);
    const QJsonArray after = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(strings(after.at(0).toObject().value(QStringLiteral("roles"))),
             QStringList {QStringLiteral("epidemiologist")});

    // Every change is in the audit log under the actor "cli".
    {
        QSqlDatabase audit =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli_audit"));
        audit.setDatabaseName(db);
        QVERIFY(audit.open());
        QSqlQuery query(audit);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*), COUNT(DISTINCT username), MIN(username) FROM audit_log")));
        QVERIFY(query.next());
        // init saved the settings, boss and hoa created, two role changes
        QCOMPARE(query.value(0).toInt(), 5);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toString(), QStringLiteral("cli"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_audit"));

    // passwd: the first line of stdin becomes the new password.
    const CliRun passwd =
        run(QStringList {QStringLiteral("user"), QStringLiteral("passwd")} + withDb
                + QStringList {QStringLiteral("--username"), QStringLiteral("clerk.hoa"),
                               QStringLiteral("--password-stdin")},
            "second-password-2\n");
    QVERIFY2(passwd.exitCode == 0 && passwd.err.isEmpty(), passwd.describe());
    QCOMPARE(jsonObject(passwd.out).value(QStringLiteral("username")).toString(),
             QStringLiteral("clerk.hoa"));
    const QString hash = storedPasswordHash(db, QStringLiteral("clerk.hoa"));
    QVERIFY(pd::core::PasswordHasher::verify(hash, QStringLiteral("second-password-2")));
    QVERIFY(!pd::core::PasswordHasher::verify(hash, QStringLiteral("first-password-1")));
}

void TestCli::adminUnits()
{
    const QString db = copyOfTemplate(QStringLiteral("units.sqlite"));

    const CliRun search = run({QStringLiteral("admin-units"), QStringLiteral("search"),
                               QStringLiteral("--db"), db, QStringLiteral("phuc xa")});
    QVERIFY2(search.exitCode == 0 && search.err.isEmpty(), search.describe());
    const QList<QJsonObject> found = jsonLines(search.out);
    QVERIFY(!found.isEmpty());
    const auto phucXa = std::find_if(found.cbegin(), found.cend(), [](const QJsonObject &unit) {
        return unit.value(QStringLiteral("code")).toString() == QLatin1String("00001");
    });
    QVERIFY2(phucXa != found.cend(), search.describe());
    QCOMPARE(phucXa->value(QStringLiteral("name")).toString(), QStringLiteral("Phường Phúc Xá"));
    QCOMPARE(phucXa->value(QStringLiteral("level")).toString(), QStringLiteral("commune"));
    QCOMPARE(phucXa->value(QStringLiteral("path")).toString(),
             QStringLiteral("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"));

    // Unquoted words are one search; --limit caps the lines.
    const CliRun limited =
        run({QStringLiteral("admin-units"), QStringLiteral("search"), QStringLiteral("--db"), db,
             QStringLiteral("phuc"), QStringLiteral("xa"), QStringLiteral("--limit"),
             QStringLiteral("1")});
    QVERIFY2(limited.exitCode == 0 && limited.err.isEmpty(), limited.describe());
    QCOMPARE(jsonLines(limited.out).size(), 1);

    const CliRun show = run({QStringLiteral("admin-units"), QStringLiteral("show"),
                             QStringLiteral("--db"), db, QStringLiteral("00001")});
    QVERIFY2(show.exitCode == 0 && show.err.isEmpty(), show.describe());
    const QJsonObject ward = jsonObject(show.out);
    QCOMPARE(ward.value(QStringLiteral("code")).toString(), QStringLiteral("00001"));
    QCOMPARE(ward.value(QStringLiteral("path")).toString(),
             QStringLiteral("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"));
    QCOMPARE(ward.value(QStringLiteral("kind")).toString(), QStringLiteral("Phường"));
    QCOMPARE(ward.value(QStringLiteral("level")).toString(), QStringLiteral("commune"));
    QCOMPARE(ward.value(QStringLiteral("parent")).toString(), QStringLiteral("001"));
    QCOMPARE(ward.value(QStringLiteral("children")).toInt(), 0);

    const CliRun province = run({QStringLiteral("admin-units"), QStringLiteral("show"),
                                 QStringLiteral("--db"), db, QStringLiteral("01")});
    QVERIFY2(province.exitCode == 0 && province.err.isEmpty(), province.describe());
    const QJsonObject hanoi = jsonObject(province.out);
    QCOMPARE(hanoi.value(QStringLiteral("level")).toString(), QStringLiteral("province"));
    QVERIFY(hanoi.value(QStringLiteral("parent")).isNull());
    QCOMPARE(hanoi.value(QStringLiteral("children")).toInt(), 30);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
