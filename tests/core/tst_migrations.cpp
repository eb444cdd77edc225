// Database::open and the Migrator on real SQLite files: migration order,
// all-or-nothing files, the backup before migrating, refusal of newer files,
// connection pragmas and the statement splitter. The test modules' SQL lives
// in tests/core/sql/<module>/ (resource ":/sql/<module>/").

#include "database.h"
#include "migrator.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Database;
using pd::core::Migrator;
using pd::core::ModuleSchema;

namespace {

// A second, plain QtSql connection to inspect a file without going through
// Database (which would configure and migrate it).
class RawConnection {
public:
    explicit RawConnection(const QString &path, bool readOnly = true)
        : m_name(u"raw-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// "module/version" of every applied migration, in the order they were applied.
// "core/1", "core/2", ...: whatever core's own migrations are in this build.
QStringList coreMigrations()
{
    QStringList names;
    const auto available = pd::core::Migrator::available(pd::core::coreSchema());
    for (const auto &migration : available.value())
        names << u"core/"_s + QString::number(migration.version);
    return names;
}

QStringList appliedMigrations(const QSqlDatabase &db)
{
    QStringList applied;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT module, version FROM schema_migrations ORDER BY rowid"_s))
        return {u"error: "_s + query.lastError().text()};
    while (query.next())
        applied << query.value(0).toString() + u'/' + query.value(1).toString();
    return applied;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

ModuleSchema testModule(const QString &name)
{
    return ModuleSchema {name, {}, {}};
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void appliesCoreFirstThenModulesByVersion();
    void appliesNumericVersionOrderNotNameOrder();
    void reopeningAppliesNothing();
    void failingMigrationRollsBackWhole();
    void brokenModuleIsRefused_data();
    void brokenModuleIsRefused();
    void backupWrittenBeforeMigratingExistingFile();
    void noBackupForNewFile();
    void newerFileIsRefusedAndUntouched_data();
    void newerFileIsRefusedAndUntouched();
    void foreignFileIsRefusedAndUntouched();
    void pragmas_data();
    void pragmas();
    void splitStatements_data();
    void splitStatements();

private:
    QString newPath();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_fileCount = 0;
};

void TestMigrations::init()
{
    // A fresh folder per test, so backups of one test never count in another.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigrations::newPath()
{
    return m_dir->filePath(u"data-%1.sqlite"_s.arg(++m_fileCount));
}

void TestMigrations::appliesCoreFirstThenModulesByVersion()
{
    const QString path = newPath();
    // Core is listed last here: it must still be applied first.
    auto database = Database::open(path, {testModule(u"ordered"_s), pd::core::coreSchema()});
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    const QSqlDatabase db = (*database)->connection();

    QCOMPARE(appliedMigrations(db),
             (coreMigrations() + QStringList {u"ordered/1"_s, u"ordered/2"_s, u"ordered/10"_s}));
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), coreMigrations().size() + 3);

    // Every statement of 0002 ran, whole: the trigger body with its inner
    // semicolons, the strings and the two statements on one line.
    QCOMPARE(scalar(db, u"SELECT note FROM ord_a WHERE id = 1"_s).toString(), u"a; b"_s);
    QCOMPARE(scalar(db, u"SELECT group_concat(label, '|') FROM ord_log"_s).toString(),
             u"one; two;|second; statement"_s);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM ord_b"_s).toInt(), 1);
}

void TestMigrations::appliesNumericVersionOrderNotNameOrder()
{
    // "10_ten.sql" sorts before "9_nine.sql" by name but needs its table.
    auto available = Migrator::available(testModule(u"unpadded"_s));
    QVERIFY(available);
    QCOMPARE(available->size(), 2);
    QCOMPARE(available->at(0).version, 9);
    QCOMPARE(available->at(1).version, 10);

    auto database = Database::open(newPath(), {testModule(u"unpadded"_s)});
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    QCOMPARE(appliedMigrations((*database)->connection()),
             (coreMigrations() + QStringList {u"unpadded/9"_s, u"unpadded/10"_s}));
}

void TestMigrations::reopeningAppliesNothing()
{
    const QString path = newPath();
    {
        auto database = Database::open(path, {testModule(u"ordered"_s)});
        QVERIFY(database);
    }
    auto database = Database::open(path, {testModule(u"ordered"_s)});
    QVERIFY(database);
    const QSqlDatabase db = (*database)->connection();
    QCOMPARE(appliedMigrations(db).size(), coreMigrations().size() + 3);
    // The data rows of 0002 and 0010 were not inserted twice.
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM ord_log"_s).toInt(), 2);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM ord_b"_s).toInt(), 1);
    QVERIFY((*database)->backupPath().isEmpty());

    Migrator migrator(db, {pd::core::coreSchema(), testModule(u"ordered"_s)});
    auto pending = migrator.pending();
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
}

void TestMigrations::failingMigrationRollsBackWhole()
{
    const QString path = newPath();
    auto database = Database::open(path, {testModule(u"broken"_s)});
    QVERIFY(!database);
    QCOMPARE(database.error().code, u"migration.failed"_s);
    QVERIFY(!database.error().message.isEmpty());

    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    const QStringList tables = raw.db().tables();
    QVERIFY(tables.contains(u"broken_ok"_s)); // 0001 committed before 0002 ran
    QVERIFY(!tables.contains(u"broken_partial"_s));
    QCOMPARE(scalar(raw.db(), u"SELECT COUNT(*) FROM broken_ok"_s).toInt(), 0);
    QCOMPARE(appliedMigrations(raw.db()), (coreMigrations() + QStringList {u"broken/1"_s}));
}

void TestMigrations::brokenModuleIsRefused_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("code");

    QTest::newRow("statement fails") << u"broken"_s << u"migration.failed"_s;
    QTest::newRow("two files, one version") << u"dupe"_s << u"migration.duplicate"_s;
    QTest::newRow("no version in the name") << u"badname"_s << u"migration.bad_name"_s;
}

void TestMigrations::brokenModuleIsRefused()
{
    QFETCH(QString, module);
    QFETCH(QString, code);

    const QString path = newPath();
    auto database = Database::open(path, {testModule(module)});
    QVERIFY(!database);
    QCOMPARE(database.error().code, code);

    // The same file opens without the broken module, with core intact.
    auto coreOnly = Database::open(path);
    QVERIFY2(coreOnly, qPrintable(coreOnly ? QString() : coreOnly.error().message));
    QVERIFY(appliedMigrations((*coreOnly)->connection()).contains(u"core/1"_s));
}

void TestMigrations::backupWrittenBeforeMigratingExistingFile()
{
    const QString path = newPath();
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY((*database)->exec(u"INSERT INTO setting(key, value) VALUES('marker', 'before')"_s));
    }

    auto database = Database::open(path, {testModule(u"ordered"_s)});
    QVERIFY(database);
    const QString backup = (*database)->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(backup != QFileInfo(path).absoluteFilePath());

    // The backup holds the schema and data from before the migration.
    {
        RawConnection raw(backup);
        QVERIFY(raw.isOpen());
        QCOMPARE(appliedMigrations(raw.db()), coreMigrations());
        QVERIFY(raw.db().tables().contains(u"setting"_s));
        QVERIFY(!raw.db().tables().contains(u"ord_a"_s));
        QCOMPARE(scalar(raw.db(), u"SELECT value FROM setting WHERE key = 'marker'"_s).toString(),
                 u"before"_s);
        QCOMPARE(scalar(raw.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
    // While the file itself moved on.
    QCOMPARE(appliedMigrations((*database)->connection()).size(), coreMigrations().size() + 3);

    // Nothing pending on the next open: no second backup.
    database->reset();
    auto reopened = Database::open(path, {testModule(u"ordered"_s)});
    QVERIFY(reopened);
    QVERIFY((*reopened)->backupPath().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files).size(), 1);
}

void TestMigrations::noBackupForNewFile()
{
    const QString path = newPath();
    auto database = Database::open(path, {testModule(u"ordered"_s)});
    QVERIFY(database);
    QVERIFY((*database)->backupPath().isEmpty());
    QVERIFY(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files).isEmpty());

    // An empty file (created by someone else, never written) counts as new.
    const QString emptyPath = newPath();
    {
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    auto fromEmpty = Database::open(emptyPath);
    QVERIFY(fromEmpty);
    QVERIFY((*fromEmpty)->backupPath().isEmpty());
    QVERIFY(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files).isEmpty());
}

void TestMigrations::newerFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<int>("version");

    QTest::newRow("core from the future") << u"core"_s << int(coreMigrations().size()) + 1;
    QTest::newRow("module from the future") << u"ordered"_s << 11;
}

void TestMigrations::newerFileIsRefusedAndUntouched()
{
    QFETCH(QString, module);
    QFETCH(int, version);

    const QString path = newPath();
    {
        auto database = Database::open(path, {testModule(u"ordered"_s)});
        QVERIFY(database);
        // What a newer PhongDich would leave behind.
        QVERIFY((*database)->exec(
            u"INSERT INTO schema_migrations(module, version, name, applied_at_ms) "
            "VALUES(?, ?, 'future', 0)"_s,
            {module, version}));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    auto database = Database::open(path, {testModule(u"ordered"_s)});
    QVERIFY(!database);
    QCOMPARE(database.error().code, u"database.too_new"_s);
    QVERIFY(database.error().message.contains(module));

    QCOMPARE(fileHash(path), before);
    // No backup, no leftover journal.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestMigrations::foreignFileIsRefusedAndUntouched()
{
    // Someone picked the wrong file: it must survive the attempt.
    const QString path = newPath();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Danh sách F1\n").repeated(500));
    }
    const QByteArray before = fileHash(path);

    auto database = Database::open(path);
    QVERIFY(!database);
    QVERIFY(!database.error().code.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()});
}

void TestMigrations::pragmas_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");

    for (const bool reopen : {false, true}) {
        const char *when = reopen ? "existing file" : "new file";
        QTest::addRow("%s: journal_mode", when) << reopen << u"journal_mode"_s << u"wal"_s;
        QTest::addRow("%s: foreign_keys", when) << reopen << u"foreign_keys"_s << u"1"_s;
        QTest::addRow("%s: synchronous FULL", when) << reopen << u"synchronous"_s << u"2"_s;
        QTest::addRow("%s: busy_timeout", when)
            << reopen << u"busy_timeout"_s << QString::number(Database::busyTimeoutMs);
    }
}

void TestMigrations::pragmas()
{
    QFETCH(bool, reopen);
    QFETCH(QString, pragma);
    QFETCH(QString, expected);

    const QString path = newPath();
    auto database = Database::open(path);
    QVERIFY(database);
    if (reopen) {
        database->reset();
        database = Database::open(path);
        QVERIFY(database);
    }
    QCOMPARE(scalar((*database)->connection(), u"PRAGMA "_s + pragma).toString(), expected);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("white space only") << u"  \n\t\n"_s << QStringList();
    QTest::newRow("comments only") << u"-- one; two\n/* three; */\n"_s << QStringList();
    QTest::newRow("stray semicolons") << u";\n ; ;\n"_s << QStringList();
    QTest::newRow("one per line") << u"CREATE TABLE a(x);\nCREATE TABLE b(y);\n"_s
                                  << QStringList {u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
    QTest::newRow("two on one line")
        << u"CREATE TABLE a(x); CREATE TABLE b(y);"_s
        << QStringList {u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
    QTest::newRow("one over several lines")
        << u"CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n"_s
        << QStringList {u"CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);"_s};
    QTest::newRow("last without semicolon")
        << u"CREATE TABLE a(x);\nCREATE TABLE b(y)\n"_s
        << QStringList {u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y)"_s};
    QTest::newRow("CRLF line ends")
        << u"CREATE TABLE a(x);\r\nCREATE TABLE b(y);\r\n"_s
        << QStringList {u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
    QTest::newRow("trigger body stays whole")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
           "    INSERT INTO b VALUES (1);\n"
           "    UPDATE b SET y = 2;\n"
           "END;\n"
           "CREATE TABLE c(z);\n"_s
        << QStringList {u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                        "    INSERT INTO b VALUES (1);\n"
                        "    UPDATE b SET y = 2;\n"
                        "END;"_s,
                        u"CREATE TABLE c(z);"_s};
    QTest::newRow("trigger on one line with CASE ... END inside")
        << u"CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no') "
           u"END; END; "
           "SELECT 1;"_s
        << QStringList {
               u"CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT CASE WHEN 1 THEN RAISE(ABORT, "
               "'no') END; END;"_s,
               u"SELECT 1;"_s};
    QTest::newRow("string holding a semicolon")
        << u"INSERT INTO a VALUES ('x; y');\nINSERT INTO a VALUES ('z');"_s
        << QStringList {u"INSERT INTO a VALUES ('x; y');"_s, u"INSERT INTO a VALUES ('z');"_s};
    QTest::newRow("string over two lines")
        << u"INSERT INTO a VALUES ('first;\nsecond');\nSELECT 1;"_s
        << QStringList {u"INSERT INTO a VALUES ('first;\nsecond');"_s, u"SELECT 1;"_s};
    QTest::newRow("escaped quote and semicolon")
        << u"INSERT INTO a VALUES ('it''s; fine');SELECT 2;"_s
        << QStringList {u"INSERT INTO a VALUES ('it''s; fine');"_s, u"SELECT 2;"_s};
    QTest::newRow("string holding comment marks")
        << u"INSERT INTO a VALUES ('-- not a comment; /* nor this */');"_s
        << QStringList {u"INSERT INTO a VALUES ('-- not a comment; /* nor this */');"_s};
    QTest::newRow("quoted identifier holding a semicolon")
        << u"CREATE TABLE \"odd;name\" (x);\nSELECT 3;"_s
        << QStringList {u"CREATE TABLE \"odd;name\" (x);"_s, u"SELECT 3;"_s};
    QTest::newRow("leading comments are dropped")
        << u"-- Header; with a semicolon.\n/* Block;\n   comment */\nCREATE TABLE a(x);\n"_s
        << QStringList {u"CREATE TABLE a(x);"_s};
    QTest::newRow("trailing comment on the statement's line")
        << u"CREATE TABLE a(x); -- why; because\nCREATE TABLE b(y); /* done; */\n"_s
        << QStringList {u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
    QTest::newRow("comment inside a statement is kept")
        << u"CREATE TABLE a (\n    x INTEGER, -- the x; see above\n    y TEXT\n);"_s
        << QStringList {u"CREATE TABLE a (\n    x INTEGER, -- the x; see above\n    y TEXT\n);"_s};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);

    const QStringList statements = Migrator::splitStatements(sql);
    QCOMPARE(statements, expected);

    // Each piece is exactly one statement SQLite accepts on its own (QtSql
    // refuses a string holding two).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"split"_s);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE IF NOT EXISTS a(x)"_s));
        QVERIFY(query.exec(u"CREATE TABLE IF NOT EXISTS b(y)"_s));
        for (const QString &statement : statements) {
            if (statement.startsWith(u"CREATE TABLE a"_s)
                || statement.startsWith(u"CREATE TABLE b"_s))
                continue; // already made above
            QVERIFY2(query.prepare(statement),
                     qPrintable(statement + u": "_s + query.lastError().text()));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"split"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
