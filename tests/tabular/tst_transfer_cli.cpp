// `phongdich-cli import people` and `export declarations|arrivals|district`
// as operators run them: the real binary on real files (tests/clirun.h).
// What the binary wrote is checked by reading the data file and the
// produced spreadsheets.
#include "clirun.h"
#include "xlsxtablereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTransferCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importWithErrorsWritesNothing();
    void importValidOnly();
    void importXlsx();
    void importRefusesBadInput_data();
    void importRefusesBadInput();
    void exportDeclarationsXlsx();
    void exportDistrictCsv();
    void exportRefusesBadInput_data();
    void exportRefusesBadInput();

private:
    CliRun run(const QStringList &arguments) const
    {
        return runCli(m_dir.filePath(u"xdg"_s), arguments);
    }
    QString copyOfTemplate(const QString &name) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    int count(const QString &db, const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_demo; // with demo people and declarations in Lào Cai
};

QString TestTransferCli::copyOfTemplate(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::copy(m_template, path);
    return path;
}

QString TestTransferCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

int TestTransferCli::count(const QString &db, const QString &sql) const
{
    int result = -1;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        connection.setDatabaseName(db);
        if (connection.open()) {
            QSqlQuery query(connection);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return result;
}

void TestTransferCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.sqlite"_s);
    const CliRun init = run({u"init"_s, u"--db"_s, m_template});
    QVERIFY2(init.exitCode == 0, init.describe());
    m_demo = copyOfTemplate(u"demo.sqlite"_s);
    const CliRun demo = run(
        {u"demo-data"_s, u"--db"_s, m_demo, u"--people"_s, u"1500"_s, u"--province"_s, u"10"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
}

void TestTransferCli::importWithErrorsWritesNothing()
{
    const QString db = copyOfTemplate(u"errors.sqlite"_s);
    const QString list = writeFile(u"errors.csv"_s,
                                   "\xEF\xBB\xBF"
                                   "STT;Họ và tên;Số CCCD;Ngày sinh;Giới tính;Xã\r\n"
                                   "1;Nguyễn Văn An;010090123456;17/05/1990;Nam;Bản Vược\r\n"
                                   "2;;;1991;Nữ;Bản Vược\r\n"
                                   "3;Trần Thị Bình;010185000001;01/01/1990;Nữ;Quang Kim\r\n");
    const CliRun result =
        run({u"import"_s, u"people"_s, u"--db"_s, db, list, u"--commune-district"_s, u"082"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("nothing was imported"));
    QCOMPARE(result.err.count('\n'), 1);
    const QList<QJsonObject> lines = result.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].value(u"row"_s).toInt(), 3);
    QCOMPARE(lines[0].value(u"field"_s).toString(), u"full_name"_s);
    QCOMPARE(lines[0].value(u"column"_s).toString(), u"Họ và tên"_s);
    QVERIFY(lines[0].value(u"message"_s).toString().startsWith(u"Full name"_s));
    QCOMPARE(lines[1].value(u"row"_s).toInt(), 4);
    QCOMPARE(lines[1].value(u"code"_s).toString(), u"person.cccd_year"_s);
    QCOMPARE(lines[2].value(u"errors"_s).toInt(), 2);
    QCOMPARE(lines[2].value(u"ready"_s).toInt(), 1);
    QCOMPARE(lines[2].value(u"created"_s).toInt(), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM person"_s), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'people.import'"_s), 0);
}

void TestTransferCli::importValidOnly()
{
    const QString db = copyOfTemplate(u"valid-only.sqlite"_s);
    const QString list = writeFile(u"valid-only.csv"_s,
                                   "Ho ten,Nam sinh,Gioi tinh,Xa,Huyen\n"
                                   "Nguyen Van An,1990,nam,Ban Vuoc,Bat Xat\n"
                                   ",1991,nu,,\n"
                                   "Le Thi Hoa,1992,nu,Quang Kim,Bat Xat\n");
    const CliRun result = run({u"import"_s, u"people"_s, u"--db"_s, db, list, u"--valid-only"_s,
                               u"--commune-district"_s, u"10"_s});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QList<QJsonObject> lines = result.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value(u"row"_s).toInt(), 3);
    QCOMPARE(lines[1].value(u"created"_s).toInt(), 2);
    QCOMPARE(lines[1].value(u"errors"_s).toInt(), 1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM person WHERE commune_code IN ('02710', '02734')"_s),
             2);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM audit_log WHERE action = 'people.import' "
                   "AND username = 'cli'"_s),
             1);

    // The same list again: people without an ID number cannot be matched,
    // so they are created again; with ID numbers they would be skipped.
    const QString withIds = writeFile(u"ids.csv"_s,
                                      "Họ và tên,CCCD,Năm sinh\n"
                                      "Nguyễn Văn An,010090123456,1990\n");
    QCOMPARE(run({u"import"_s, u"people"_s, u"--db"_s, db, withIds}).exitCode, 0);
    const CliRun again = run({u"import"_s, u"people"_s, u"--db"_s, db, withIds});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().value(u"registered"_s).toInt(), 1);
    QCOMPARE(again.json().value(u"created"_s).toInt(), 0);
}

void TestTransferCli::importXlsx()
{
    // An .xlsx made by exporting the demo file's declarations, read back in
    // as a list of people: names, ID numbers, dates of birth and communes
    // by name must all survive the round trip.
    const QString out = m_dir.filePath(u"roundtrip.xlsx"_s);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun exported =
        run({u"export"_s, u"declarations"_s, u"--db"_s, m_demo, u"--district"_s, u"082"_s,
             u"--from"_s, QDate::currentDate().addDays(-13).toString(Qt::ISODate), u"--to"_s, today,
             u"--out"_s, out});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const int declarations = exported.json().value(u"declarations"_s).toInt();
    QVERIFY(declarations > 0);

    const QString db = copyOfTemplate(u"from-xlsx.sqlite"_s);
    const CliRun imported = run({u"import"_s, u"people"_s, u"--db"_s, db, out, u"--valid-only"_s});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QList<QJsonObject> lines = imported.lines();
    const QJsonObject summary = lines.takeLast();
    QCOMPARE(summary.value(u"rows"_s).toInt(), declarations);
    // Someone who declared twice in the fortnight is in the list twice: the
    // later rows are the only errors.
    for (const QJsonObject &issue : std::as_const(lines))
        QCOMPARE(issue.value(u"code"_s).toString(), u"import.duplicate_in_file"_s);
    QCOMPARE(summary.value(u"errors"_s).toInt(), lines.size());
    QCOMPARE(summary.value(u"created"_s).toInt(), declarations - int(lines.size()));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM person"_s), summary.value(u"created"_s).toInt());
    // Communes were found again by their names.
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM person WHERE commune_code NOT IN "
                   "(SELECT code FROM admin_unit WHERE parent_code = '082')"_s),
             0);
}

void TestTransferCli::importRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList {u"import"_s} << 2 << u"people"_s;
    QTest::newRow("unknown subcommand")
        << QStringList {u"import"_s, u"houses"_s} << 2 << u"houses"_s;
    QTest::newRow("no file") << QStringList {u"import"_s, u"people"_s} << 2 << u"FILE"_s;
    QTest::newRow("missing file") << QStringList {u"import"_s, u"people"_s, u"missing.csv"_s} << 1
                                  << u"missing.csv"_s;
    QTest::newRow("old xls") << QStringList {u"import"_s, u"people"_s, u"@old.xls"_s} << 1
                             << u".xlsx"_s;
    QTest::newRow("Windows code page")
        << QStringList {u"import"_s, u"people"_s, u"@cp1258.csv"_s} << 1 << u"CSV UTF-8"_s;
    QTest::newRow("commune area is a commune")
        << QStringList {u"import"_s, u"people"_s, u"@ok.csv"_s, u"--commune-district"_s, u"02710"_s}
        << 2 << u"02710"_s;
}

void TestTransferCli::importRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString db = copyOfTemplate(u"refuse.sqlite"_s);
    writeFile(u"old.xls"_s, "\xD0\xCF\x11\xE0");
    writeFile(u"cp1258.csv"_s, "H\xE7 t\xEAn\nNguy\xEAn\n");
    writeFile(u"ok.csv"_s, "Họ và tên\nAn\n");
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = m_dir.filePath(argument.mid(1));
        else if (argument == u"missing.csv"_s)
            argument = m_dir.filePath(argument);
    }
    if (arguments.size() > 2)
        arguments << u"--db"_s << db;
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.describe());
    QCOMPARE(result.err.count('\n'), 1);
    QFile::remove(db);
}

void TestTransferCli::exportDeclarationsXlsx()
{
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(-13);
    const QString out = m_dir.filePath(u"out/declarations.xlsx"_s);
    const CliRun result = run({u"export"_s, u"declarations"_s, u"--db"_s, m_demo, u"--district"_s,
                               u"082"_s, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
                               today.toString(Qt::ISODate), u"--out"_s, out});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QJsonObject summary = result.json();
    QCOMPARE(summary.value(u"files"_s).toArray().first().toString(), out);
    QVERIFY(!summary.contains(u"arrivals"_s));
    const qint64 fromMs = from.startOfDay().toMSecsSinceEpoch();
    const qint64 toMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    const int expected = count(
        m_demo,
        u"SELECT COUNT(*) FROM declaration d WHERE district_code = '082' "
        "AND declared_at_ms >= %1 AND declared_at_ms < %2 AND deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM declaration s WHERE s.supersedes_id = d.id)"_s.arg(fromMs)
            .arg(toMs));
    QVERIFY(expected > 0);
    QCOMPARE(summary.value(u"declarations"_s).toInt(), expected);

    pd::core::XlsxTableReader reader(out);
    auto sheets = reader.sheetNames();
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 1);
    int rows = 0;
    QVERIFY(reader.read([&rows](const pd::core::TableRow &row) {
        if (row.number > 1) {
            ++rows;
            // Declared at: a date-time cell within the range.
            const QDateTime at = row.cells.value(0).toDateTime();
            if (!at.isValid())
                return false;
        }
        return true;
    }));
    QCOMPARE(rows, expected);
    QVERIFY(count(m_demo,
                  u"SELECT COUNT(*) FROM audit_log WHERE action = 'export.district' "
                  "AND entity_id = '082' AND username = 'cli' "
                  "AND detail LIKE 'xlsx, %%, declarations %1, arrivals 0'"_s.arg(expected))
            > 0);
}

void TestTransferCli::exportDistrictCsv()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString out = m_dir.filePath(u"csv/bat-xat.csv"_s);
    const CliRun result = run({u"export"_s, u"district"_s, u"--db"_s, m_demo, u"--district"_s,
                               u"082"_s, u"--from"_s, today, u"--out"_s, out});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QJsonArray files = result.json().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toString(), m_dir.filePath(u"csv/bat-xat-declarations.csv"_s));
    QCOMPARE(files[1].toString(), m_dir.filePath(u"csv/bat-xat-arrivals.csv"_s));
    for (const QJsonValue &file : files) {
        QFile csv(file.toString());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"));
    }
    QVERIFY(result.json().value(u"checkin_log"_s).toBool());

    // Without --out: the one-click name in the current folder.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    process.setProcessEnvironment(environment);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"here"_s)));
    process.setWorkingDirectory(m_dir.filePath(u"here"_s));
    process.start(QStringLiteral(PD_CLI_PATH),
                  {u"export"_s, u"district"_s, u"--db"_s, m_demo, u"--district"_s, u"082"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"here/huyen-bat-xat_%1.xlsx"_s.arg(today))));
}

void TestTransferCli::exportRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringList {u"export"_s} << 2 << u"declarations"_s;
    QTest::newRow("unknown kind") << QStringList {u"export"_s, u"people"_s} << 2 << u"people"_s;
    QTest::newRow("no district") << QStringList {u"export"_s, u"declarations"_s} << 2
                                 << u"--district"_s;
    QTest::newRow("commune code") << QStringList {u"export"_s, u"declarations"_s, u"--district"_s,
                                                  u"02710"_s}
                                  << 1 << u"02710"_s;
    QTest::newRow("bad date") << QStringList {u"export"_s, u"declarations"_s, u"--district"_s,
                                              u"082"_s,    u"--from"_s,       u"22/11/2026"_s}
                              << 2 << u"--from"_s;
    QTest::newRow("days reversed")
        << QStringList {u"export"_s, u"declarations"_s, u"--district"_s, u"082"_s,
                        u"--from"_s, u"2026-11-22"_s,   u"--to"_s,       u"2026-11-21"_s}
        << 1 << u"first day"_s;
    QTest::newRow("pdf") << QStringList {u"export"_s, u"declarations"_s, u"--district"_s,
                                         u"082"_s,    u"--out"_s,        u"list.pdf"_s}
                         << 2 << u".xlsx"_s;
}

void TestTransferCli::exportRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (arguments.size() > 1)
        arguments << u"--db"_s << m_demo;
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.describe());
    QCOMPARE(result.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfer_cli.moc"
