// `phongdich-cli demo-data` as a process: people and declarations written
// with their outbox rows, addresses in the chosen province, unique ID
// numbers across runs, the same seed giving the same people, the device's
// province as the default, usage errors (exit 2) and the refusal to fill a
// file that syncs with a server (exit 1).
#include "clirun.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generates();
    void secondRunKeepsNumbersUnique();
    void sameSeedSamePeople();
    void defaultsToTheDeviceProvince();
    void usageErrors_data();
    void usageErrors();
    void refusesASyncedFile();

private:
    CliRun run(const QStringList &arguments) const
    {
        return runCli(m_dir.filePath(u"xdg"_s), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // One value from the data file (read with a connection of our own).
    QVariant value(const QString &database, const QString &sql) const;
    QStringList column(const QString &database, const QString &sql) const;

    QTemporaryDir m_dir;
};

QVariant TestDemoData::value(const QString &database, const QString &sql) const
{
    const QStringList values = column(database, sql);
    return values.isEmpty() ? QVariant() : QVariant(values.first());
}

QStringList TestDemoData::column(const QString &database, const QString &sql) const
{
    QStringList values;
    const QString name = u"read-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    values << query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

void TestDemoData::generates()
{
    const QString db = path(u"generates.sqlite"_s);
    const CliRun result =
        run({u"demo-data"_s, u"--db"_s, db, u"--people"_s, u"400"_s, u"--declarations"_s, u"300"_s,
             u"--province"_s, u"01"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.err.isEmpty(), result.describe());
    const QJsonObject summary = result.json();
    QCOMPARE(summary.value("people"_L1).toInt(), 400);
    QCOMPARE(summary.value("declarations"_L1).toInt(), 300);
    QCOMPARE(summary.value("unit"_L1).toString(), u"01"_s);
    QCOMPARE(summary.value("communes"_L1).toInt(), 579);
    QCOMPARE(summary.value("seed"_L1).toInt(), 7);
    // About one in ten needs attention; some are checkpoint arrivals.
    const int attention = summary.value("attention"_L1).toInt();
    QVERIFY2(attention >= 10 && attention <= 70, result.describe());
    QVERIFY(summary.value("checkpoint"_L1).toInt() > 10);

    QCOMPARE(value(db, u"SELECT count(*) FROM person"_s).toInt(), 400);
    QCOMPARE(value(db, u"SELECT count(*) FROM declaration"_s).toInt(), 300);
    QCOMPARE(value(db, u"SELECT count(*) FROM declaration WHERE attention = 1"_s).toInt(),
             attention);
    // Everyone lives in a commune of Hà Nội.
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM person p JOIN admin_unit c ON c.code = "
                   "p.commune_code JOIN admin_unit d ON d.code = c.parent_code "
                   "WHERE d.parent_code = '01' AND c.level = 3"_s)
                 .toInt(),
             400);
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM declaration WHERE province_code = '01' AND "
                   "district_code <> '' AND folded_name <> ''"_s)
                 .toInt(),
             300);
    // Each declaration belongs to a registered person and to the last 14 days.
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM declaration d JOIN person p ON p.id = "
                   "d.person_id"_s)
                 .toInt(),
             300);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 oldest = value(db, u"SELECT min(declared_at_ms) FROM declaration"_s).toLongLong();
    const qint64 newest = value(db, u"SELECT max(declared_at_ms) FROM declaration"_s).toLongLong();
    QVERIFY(oldest >= nowMs - 15LL * 24 * 3600 * 1000);
    QVERIFY(newest <= nowMs);
    QVERIFY(newest - oldest > 7LL * 24 * 3600 * 1000);
    // Real local data: every row has its outbox entry, and the run is audited.
    QCOMPARE(value(db, u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person'"_s).toInt(),
             400);
    QCOMPARE(
        value(db, u"SELECT count(*) FROM sync_outbox WHERE table_name = 'declaration'"_s).toInt(),
        300);
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM audit_log WHERE action = 'demo.people' AND "
                   "detail = 'count=400'"_s)
                 .toInt(),
             1);
    // Vehicle plates were normalised on the way in.
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM declaration WHERE vehicle_number LIKE '% %' OR "
                   "vehicle_number LIKE '%-%'"_s)
                 .toInt(),
             0);
}

void TestDemoData::secondRunKeepsNumbersUnique()
{
    const QString db = path(u"twice.sqlite"_s);
    const QStringList arguments {u"demo-data"_s, u"--db"_s,       db,
                                 u"--people"_s,  u"300"_s,        u"--seed"_s,
                                 u"3"_s,         u"--province"_s, u"001"_s};
    QVERIFY2(run(arguments).exitCode == 0, "first run");
    const CliRun second = run(arguments);
    QVERIFY2(second.exitCode == 0, second.describe());
    QCOMPARE(second.json().value("declarations"_L1).toInt(), 150); // half the people
    QCOMPARE(value(db, u"SELECT count(*) FROM person"_s).toInt(), 600);
    QCOMPARE(value(db, u"SELECT count(*) FROM declaration"_s).toInt(), 300);
    QCOMPARE(
        value(db, u"SELECT count(DISTINCT id_number) FROM person WHERE id_number <> ''"_s).toInt(),
        value(db, u"SELECT count(*) FROM person WHERE id_number <> ''"_s).toInt());
}

void TestDemoData::sameSeedSamePeople()
{
    QStringList names;
    for (const QString &file : {u"seed-a.sqlite"_s, u"seed-b.sqlite"_s}) {
        const CliRun result = run({u"demo-data"_s, u"--db"_s, path(file), u"--people"_s, u"50"_s,
                                   u"--declarations"_s, u"0"_s, u"--seed"_s, u"11"_s});
        QVERIFY2(result.exitCode == 0, result.describe());
        QCOMPARE(result.json().value("unit"_L1).toString(), QString()); // the whole country
        names << column(path(file),
                        u"SELECT full_name || id_number || birth_date || commune_code FROM "
                        "person ORDER BY rowid"_s)
                     .join(u'|');
    }
    QCOMPARE(names.at(0), names.at(1));
    QVERIFY(!names.at(0).isEmpty());
}

void TestDemoData::defaultsToTheDeviceProvince()
{
    const QString db = path(u"device.sqlite"_s);
    QVERIFY(run({u"init"_s, u"--db"_s, db, u"--unit"_s, u"00001"_s}).exitCode == 0);
    const CliRun result = run({u"demo-data"_s, u"--db"_s, db, u"--people"_s, u"20"_s});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.json().value("unit"_L1).toString(), u"01"_s);
    QCOMPARE(value(db,
                   u"SELECT count(*) FROM person p JOIN admin_unit c ON c.code = "
                   "p.commune_code JOIN admin_unit d ON d.code = c.parent_code "
                   "WHERE d.parent_code = '01'"_s)
                 .toInt(),
             20);
}

void TestDemoData::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no --people") << QStringList {};
    QTest::newRow("zero people") << QStringList {u"--people"_s, u"0"_s};
    QTest::newRow("not a number") << QStringList {u"--people"_s, u"many"_s};
    QTest::newRow("negative declarations")
        << QStringList {u"--people"_s, u"5"_s, u"--declarations"_s, u"-1"_s};
    QTest::newRow("unknown unit") << QStringList {u"--people"_s, u"5"_s, u"--province"_s, u"999"_s};
    QTest::newRow("unknown option") << QStringList {u"--people"_s, u"5"_s, u"--bogus"_s};
}

void TestDemoData::usageErrors()
{
    QFETCH(QStringList, options);
    const QString db = path(u"usage.sqlite"_s);
    const CliRun result = run(QStringList {u"demo-data"_s, u"--db"_s, db} + options);
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestDemoData::refusesASyncedFile()
{
    const QString db = path(u"synced.sqlite"_s);
    QVERIFY(run({u"init"_s, u"--db"_s, db, u"--server"_s, u"https://so-yte.example"_s}).exitCode
            == 0);
    const CliRun result = run({u"demo-data"_s, u"--db"_s, db, u"--people"_s, u"10"_s});
    QVERIFY2(result.exitCode == 1, result.describe());
    QVERIFY(result.err.contains("https://so-yte.example"));
    QCOMPARE(value(db, u"SELECT count(*) FROM person"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
