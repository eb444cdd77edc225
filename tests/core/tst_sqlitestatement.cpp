// SqliteStatement: SQLite's own API on a QtSql connection's handle, on a
// real file. Values read back through QtSql as what was bound, and the
// statement keeps the connection's transactions and error rules.

#include "database.h"
#include "sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using pd::core::Database;
using pd::core::SqliteStatement;

class TestSqliteStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void textRoundTrip_data();
    void textRoundTrip();
    void integerRoundTrip_data();
    void integerRoundTrip();
    void nullAndClearedBindings();
    void changesCounted();
    void constraintFailsAndStatementGoesOn();
    void rolledBackWithTransaction();
    void readRows();
    void readFailsMidway();
    void prepareFailures();

private:
    QString stored(const QString &column, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSqliteStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"statement.sqlite"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QVERIFY(m_db->exec(u"CREATE TABLE t(id TEXT PRIMARY KEY, text TEXT, number INTEGER)"_s));
}

void TestSqliteStatement::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestSqliteStatement::stored(const QString &column, const QString &id)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT %1 FROM t WHERE id = ?"_s.arg(column));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return u"<missing>"_s;
    return query.value(0).toString();
}

void TestSqliteStatement::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type"); // SQL typeof() of the stored value
    QTest::addColumn<bool>("asUtf8"); // bound as a QString or as its UTF-8

    const QList<std::pair<const char *, QString>> texts = {
        {"plain", u"Nguyễn Văn Đức"_s},
        {"null QString is ''", QString()},
        {"empty", u""_s},
        {"quotes", u"O'Brien \"x\" ''"_s},
        {"NUL inside", QStringView(u"a\0b", 3).toString()},
        {"4-byte UTF-8", u"𠀀 😷"_s},
        {"digits stay text", u"001234"_s},
        {"long", QString(100'000, u'x')},
    };
    for (const bool asUtf8 : {false, true}) {
        for (const auto &[name, text] : texts)
            QTest::addRow("%s%s", name, asUtf8 ? ", UTF-8" : "") << text << u"text"_s << asUtf8;
    }
}

void TestSqliteStatement::textRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(bool, asUtf8);
    auto insert =
        SqliteStatement::prepare(m_db->connection(), u"INSERT INTO t(id, text) VALUES(?, ?)"_s);
    QVERIFY2(insert, insert ? "" : qPrintable(insert.error().message));
    insert->bindText(1, u"a"_s);
    {
        // The statement must hold the text itself: this copy is gone
        // before exec().
        if (asUtf8) {
            insert->bind(2, QVariant(text.toUtf8()));
        } else {
            QString temporary = text;
            temporary.detach();
            insert->bindText(2, temporary);
        }
    }
    auto changed = insert->exec();
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
    QCOMPARE(*changed, 1);
    QCOMPARE(stored(u"typeof(text)"_s, u"a"_s), type);
    QCOMPARE(stored(u"text"_s, u"a"_s), text.isNull() ? u""_s : text);
    QCOMPARE(stored(u"length(CAST(text AS BLOB))"_s, u"a"_s).toLongLong(), text.toUtf8().size());
}

void TestSqliteStatement::integerRoundTrip_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-42);
    QTest::newRow("hlc") << qint64(0x0190'0000'0000'0001);
    QTest::newRow("max") << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestSqliteStatement::integerRoundTrip()
{
    QFETCH(qint64, value);
    auto insert =
        SqliteStatement::prepare(m_db->connection(), u"INSERT INTO t(id, number) VALUES(?, ?)"_s);
    QVERIFY(insert);
    insert->bindText(1, u"a"_s);
    insert->bindInteger(2, value);
    QVERIFY(insert->exec());
    QCOMPARE(stored(u"typeof(number)"_s, u"a"_s), u"integer"_s);
    QCOMPARE(stored(u"number"_s, u"a"_s).toLongLong(), value);
}

void TestSqliteStatement::nullAndClearedBindings()
{
    auto insert = SqliteStatement::prepare(m_db->connection(),
                                           u"INSERT INTO t(id, text, number) VALUES(?, ?, ?)"_s);
    QVERIFY(insert);
    insert->bindText(1, u"a"_s);
    insert->bindText(2, u"first"_s);
    insert->bindInteger(3, 7);
    QVERIFY(insert->exec());
    // Nothing of the first row's bindings may leak into the second.
    insert->bindText(1, u"b"_s);
    insert->bindNull(2);
    QVERIFY(insert->exec());
    QCOMPARE(stored(u"typeof(text) || '/' || typeof(number)"_s, u"b"_s), u"null/null"_s);
    QCOMPARE(stored(u"text"_s, u"a"_s), u"first"_s);
}

void TestSqliteStatement::changesCounted()
{
    QVERIFY(m_db->exec(u"INSERT INTO t(id, number) VALUES('a', 1), ('b', 1), ('c', 2)"_s));
    auto update =
        SqliteStatement::prepare(m_db->connection(), u"UPDATE t SET text = 'x' WHERE number = ?"_s);
    QVERIFY(update);
    update->bindInteger(1, 1);
    QCOMPARE(update->exec().value_or(-1), 2);
    update->bindInteger(1, 3);
    QCOMPARE(update->exec().value_or(-1), 0);
}

void TestSqliteStatement::constraintFailsAndStatementGoesOn()
{
    auto insert = SqliteStatement::prepare(m_db->connection(), u"INSERT INTO t(id) VALUES(?)"_s);
    QVERIFY(insert);
    insert->bindText(1, u"a"_s);
    QVERIFY(insert->exec());
    insert->bindText(1, u"a"_s);
    auto duplicate = insert->exec();
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, u"database.exec"_s);
    QVERIFY2(duplicate.error().message.contains(u"UNIQUE"_s),
             qPrintable(duplicate.error().message));
    insert->bindText(1, u"b"_s);
    QVERIFY(insert->exec());
    QSqlQuery count(u"SELECT count(*) FROM t"_s, m_db->connection());
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void TestSqliteStatement::rolledBackWithTransaction()
{
    auto insert = SqliteStatement::prepare(m_db->connection(), u"INSERT INTO t(id) VALUES(?)"_s);
    QVERIFY(insert);
    auto done = m_db->transaction([&]() -> pd::core::Status {
        insert->bindText(1, u"a"_s);
        if (auto ok = insert->exec(); !ok)
            return std::unexpected(ok.error());
        return pd::core::fail(u"test.abort"_s, u"roll back"_s);
    });
    QVERIFY(!done);
    QCOMPARE(stored(u"id"_s, u"a"_s), u"<missing>"_s);
}

void TestSqliteStatement::readRows()
{
    const QString nul = QStringView(u"a\0b", 3).toString();
    QVERIFY(m_db->exec(u"INSERT INTO t(id, text, number) VALUES('a', 'Đức 😷', 7), "
                       "('b', NULL, NULL), ('c', ?, '12'), ('d', 42, 'x')"_s,
                       {nul}));
    auto select = SqliteStatement::prepare(
        m_db->connection(), u"SELECT id, text, number FROM t WHERE id >= ? ORDER BY id"_s);
    QVERIFY(select);
    // Twice: the statement is reset at the end and takes a new binding.
    for (const QString &from : {u"a"_s, u"c"_s}) {
        select->bindText(1, from);
        QStringList seen;
        for (;;) {
            auto row = select->next();
            QVERIFY2(row, row ? "" : qPrintable(row.error().message));
            if (!*row)
                break;
            const QString id = select->textAt(0);
            seen << id;
            if (id == u"a"_s) {
                QCOMPARE(select->textAt(1), u"Đức 😷"_s);
                QCOMPARE(select->integerAt(2), 7);
            } else if (id == u"b"_s) {
                QVERIFY(select->isNull(1));
                QVERIFY(select->isNull(2));
            } else if (id == u"c"_s) {
                QCOMPARE(select->textAt(1), nul);
                QVERIFY(!select->isNull(2));
                QCOMPARE(select->integerAt(2), 12); // INTEGER affinity stored '12' as 12
            } else {
                // Read as the caller asks, converted the way SQLite does.
                QCOMPARE(select->textAt(1), u"42"_s);
                QCOMPARE(select->integerAt(2), 0);
            }
        }
        const QStringList expected = from == u"a"_s ? QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                                    : QStringList {u"c"_s, u"d"_s};
        QCOMPARE(seen, expected);
    }
}

void TestSqliteStatement::readFailsMidway()
{
    QVERIFY(
        m_db->exec(u"INSERT INTO t(id, number) VALUES('a', 1), ('b', -9223372036854775807 - 1)"_s));
    // abs() of the smallest integer overflows: the second row fails.
    auto select =
        SqliteStatement::prepare(m_db->connection(), u"SELECT abs(number) FROM t ORDER BY id"_s);
    QVERIFY(select);
    auto first = select->next();
    QVERIFY(first && *first);
    QCOMPARE(select->integerAt(0), 1);
    auto second = select->next();
    QVERIFY(!second);
    QCOMPARE(second.error().code, u"database.exec"_s);
    QVERIFY2(second.error().message.contains(u"overflow"_s), qPrintable(second.error().message));
    // Reset by the failure: the statement runs again from the start.
    auto again = select->next();
    QVERIFY(again && *again);
}

void TestSqliteStatement::prepareFailures()
{
    auto bad = SqliteStatement::prepare(m_db->connection(), u"INSERT INTO nowhere VALUES(?)"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, u"database.prepare"_s);
    QVERIFY2(bad.error().message.contains(u"nowhere"_s), qPrintable(bad.error().message));

    QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"closed"_s);
    auto notOpen = SqliteStatement::prepare(closed, u"SELECT 1"_s);
    QVERIFY(!notOpen);
    QCOMPARE(notOpen.error().code, u"database.handle"_s);
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"closed"_s);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
