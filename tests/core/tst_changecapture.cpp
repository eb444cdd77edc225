// Change capture on a real SQLite file: the triggers generated from a test
// module's synced tables (tests/core/sql/cctest) write the outbox in the
// row's own transaction, stay quiet while suspended, and guard append-only
// tables.

#include "changecapture.h"
#include "clock.h"
#include "corecontext.h"
#include "database.h"
#include "hlc.h"
#include "uuidv7.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::CaptureSuspension;
using pd::core::Database;
using pd::core::ModuleSchema;
using pd::core::Status;
using pd::core::SyncedTable;

namespace {

const QString kItem = u"cc_item"_s; // Mutable
const QString kFact = u"cc_fact"_s; // AppendOnly

ModuleSchema testModule(QList<SyncedTable> tables = {{kItem, SyncedTable::Kind::Mutable},
                                                     {kFact, SyncedTable::Kind::AppendOnly}})
{
    return ModuleSchema {u"cctest"_s, std::move(tables), {}};
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// The outbox as "table row_id hlc op" lines, oldest first.
QStringList outbox(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT table_name, row_id, hlc, op FROM sync_outbox ORDER BY seq"_s))
        return {u"error: "_s + query.lastError().text()};
    while (query.next()) {
        rows << u"%1 %2 %3 %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toString());
    }
    return rows;
}

QString outboxLine(const QString &table, const QString &rowId, qint64 hlc, const QString &op)
{
    return u"%1 %2 %3 %4"_s.arg(table, rowId, QString::number(hlc), op);
}

} // namespace

class TestChangeCapture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writesOutboxRows_data();
    void writesOutboxRows();
    void outboxRowCommitsWithTheRow();
    void rolledBackTransactionLeavesNoOutboxRow();
    void remoteApplySuspendsCapture();
    void suspensionOutsideTransactionFails();
    void suspensionEndsWithRolledBackTransaction();
    void appendOnlyRefusesChanges_data();
    void appendOnlyRefusesChanges();
    void retentionPurgeDeletesAppendOnlyRows();
    void syncedTableNeedsSyncColumns_data();
    void syncedTableNeedsSyncColumns();
    void reopeningDoesNotDoubleTheTriggers();
    void auditLogIsCaptured();

private:
    Status insertItem(const QString &id, const QString &name);
    Status insertFact(const QString &id, int value);
    QSqlDatabase db() const { return m_database->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    pd::core::ManualClock m_clock;
    pd::core::UuidV7Generator m_ids {m_clock};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<pd::core::HybridLogicalClock> m_hlc;
};

void TestChangeCapture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"capture.sqlite"_s);
    auto database = Database::open(m_path, {testModule()});
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    m_database = std::move(*database);
    m_hlc = std::make_unique<pd::core::HybridLogicalClock>(*m_database, m_clock);
    QVERIFY(m_hlc->load());
}

void TestChangeCapture::cleanup()
{
    m_hlc.reset();
    m_database.reset();
    m_dir.reset();
}

Status TestChangeCapture::insertItem(const QString &id, const QString &name)
{
    auto hlc = m_hlc->now();
    if (!hlc)
        return std::unexpected(hlc.error());
    return m_database->exec(u"INSERT INTO cc_item(id, hlc, origin, name) VALUES(?, ?, 'dev', ?)"_s,
                            {id, *hlc, name});
}

Status TestChangeCapture::insertFact(const QString &id, int value)
{
    auto hlc = m_hlc->now();
    if (!hlc)
        return std::unexpected(hlc.error());
    return m_database->exec(u"INSERT INTO cc_fact(id, hlc, origin, value) VALUES(?, ?, 'dev', ?)"_s,
                            {id, *hlc, value});
}

void TestChangeCapture::writesOutboxRows_data()
{
    QTest::addColumn<QString>("change"); // applied after an insert
    QTest::addColumn<QString>("op");

    QTest::newRow("insert") << QString() << QString();
    QTest::newRow("update") << u"UPDATE cc_item SET name = 'changed', hlc = ? WHERE id = ?"_s
                            << u"update"_s;
    QTest::newRow("soft delete") << u"UPDATE cc_item SET deleted = 1, hlc = ? WHERE id = ?"_s
                                 << u"update"_s;
    QTest::newRow("delete") << u"DELETE FROM cc_item WHERE hlc < ? AND id = ?"_s << u"delete"_s;
}

void TestChangeCapture::writesOutboxRows()
{
    QFETCH(QString, change);
    QFETCH(QString, op);

    const QString id = m_ids.next();
    QVERIFY(insertItem(id, u"first"_s));
    const qint64 insertHlc = m_hlc->last();
    QStringList expected {outboxLine(kItem, id, insertHlc, u"insert"_s)};

    if (!change.isEmpty()) {
        m_clock.advanceMs(1000);
        auto changeHlc = m_hlc->now();
        QVERIFY(changeHlc);
        QVERIFY(*changeHlc > insertHlc);
        QVERIFY(m_database->exec(change, {*changeHlc, id}));
        // An update carries the row's new hlc; a delete the hlc of the row it removed.
        expected << outboxLine(kItem, id, op == u"delete"_s ? insertHlc : *changeHlc, op);
    }
    QCOMPARE(outbox(db()), expected);

    auto pending = pd::core::ChangeCapture(*m_database).pendingCount();
    QVERIFY(pending);
    QCOMPARE(*pending, qint64(expected.size()));
}

void TestChangeCapture::outboxRowCommitsWithTheRow()
{
    // A second connection sees neither the row nor its outbox entry until
    // the writer commits, then both.
    const QString readerName = u"reader"_s;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, readerName);
        reader.setDatabaseName(m_path);
        QVERIFY(reader.open());

        const QString id = m_ids.next();
        auto written = m_database->transaction([&]() -> Status {
            if (auto ok = insertItem(id, u"pending"_s); !ok)
                return ok;
            if (outbox(db()).size() != 1)
                return pd::core::fail(u"test"_s, u"the writer does not see its outbox row"_s);
            if (scalar(reader, u"SELECT COUNT(*) FROM sync_outbox"_s).toInt() != 0
                || scalar(reader, u"SELECT COUNT(*) FROM cc_item"_s).toInt() != 0)
                return pd::core::fail(u"test"_s, u"uncommitted changes are visible"_s);
            return {};
        });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(scalar(reader, u"SELECT COUNT(*) FROM cc_item"_s).toInt(), 1);
        QCOMPARE(outbox(reader), QStringList {outboxLine(kItem, id, m_hlc->last(), u"insert"_s)});
        reader.close();
    }
    QSqlDatabase::removeDatabase(readerName);
}

void TestChangeCapture::rolledBackTransactionLeavesNoOutboxRow()
{
    const QString kept = m_ids.next();
    QVERIFY(insertItem(kept, u"kept"_s));

    auto result = m_database->transaction([&]() -> Status {
        if (auto ok = insertItem(m_ids.next(), u"lost"_s); !ok)
            return ok;
        if (auto ok =
                m_database->exec(u"UPDATE cc_item SET name = 'lost too' WHERE id = ?"_s, {kept});
            !ok)
            return ok;
        if (auto ok = insertFact(m_ids.next(), 7); !ok)
            return ok;
        return pd::core::fail(u"test.abort"_s, u"give up"_s);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"test.abort"_s);

    QCOMPARE(outbox(db()).size(), 1); // only the first insert
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM cc_item"_s).toInt(), 1);
    QCOMPARE(scalar(db(), u"SELECT name FROM cc_item"_s).toString(), u"kept"_s);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM cc_fact"_s).toInt(), 0);
}

void TestChangeCapture::remoteApplySuspendsCapture()
{
    const QString local = m_ids.next();
    QVERIFY(insertItem(local, u"local"_s));

    const QString remote = m_ids.next();
    const QString afterwards = m_ids.next();
    auto applied = m_database->transaction([&]() -> Status {
        {
            CaptureSuspension suspension(*m_database, CaptureSuspension::Reason::RemoteApply);
            if (suspension.error())
                return std::unexpected(*suspension.error());
            // Rows pulled from the server: inserts, updates and deletes alike.
            if (auto ok = insertItem(remote, u"from server"_s); !ok)
                return ok;
            if (auto ok = m_database->exec(
                    u"UPDATE cc_item SET name = 'server wins' WHERE id = ?"_s, {local});
                !ok)
                return ok;
            if (auto ok = insertFact(m_ids.next(), 1); !ok)
                return ok;
            if (auto ok = m_database->exec(u"DELETE FROM cc_item WHERE id = ?"_s, {remote}); !ok)
                return ok;
        }
        // The suspension ended with its scope: local writes are captured again
        // within the same transaction.
        return insertItem(afterwards, u"local again"_s);
    });
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));

    const QStringList rows = outbox(db());
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith(u"cc_item "_s + local + u' '));
    QVERIFY(rows.at(1).startsWith(u"cc_item "_s + afterwards + u' '));
    QCOMPARE(scalar(db(), u"SELECT remote_apply + purge FROM sync_capture"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT name FROM cc_item WHERE id = '"_s + local + u"'"_s).toString(),
             u"server wins"_s);

    // And after the transaction.
    QVERIFY(insertItem(m_ids.next(), u"later"_s));
    QCOMPARE(outbox(db()).size(), 3);
}

void TestChangeCapture::suspensionOutsideTransactionFails()
{
    QVERIFY(!m_database->inTransaction());
    {
        CaptureSuspension suspension(*m_database, CaptureSuspension::Reason::RemoteApply);
        QVERIFY(suspension.error());
        QCOMPARE(suspension.error()->code, u"capture.no_transaction"_s);
        QVERIFY(!suspension.error()->message.isEmpty());

        // Capture stays on.
        QVERIFY(insertItem(m_ids.next(), u"captured"_s));
        QCOMPARE(outbox(db()).size(), 1);
    }
    {
        CaptureSuspension purge(*m_database, CaptureSuspension::Reason::RetentionPurge);
        QVERIFY(purge.error());
        QCOMPARE(purge.error()->code, u"capture.no_transaction"_s);
        QVERIFY(insertFact(m_ids.next(), 1));
        QVERIFY(!m_database->exec(u"DELETE FROM cc_fact"_s));
    }
    QCOMPARE(scalar(db(), u"SELECT remote_apply + purge FROM sync_capture"_s).toInt(), 0);
}

void TestChangeCapture::suspensionEndsWithRolledBackTransaction()
{
    auto result = m_database->transaction([&]() -> Status {
        CaptureSuspension suspension(*m_database, CaptureSuspension::Reason::RemoteApply);
        if (suspension.error())
            return std::unexpected(*suspension.error());
        if (auto ok = insertItem(m_ids.next(), u"remote"_s); !ok)
            return ok;
        return pd::core::fail(u"test.abort"_s, u"give up"_s);
    });
    QVERIFY(!result);
    QCOMPARE(scalar(db(), u"SELECT remote_apply + purge FROM sync_capture"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM cc_item"_s).toInt(), 0);

    QVERIFY(insertItem(m_ids.next(), u"local"_s));
    QCOMPARE(outbox(db()).size(), 1);
}

void TestChangeCapture::appendOnlyRefusesChanges_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("remoteApply"); // RemoteApply must not lift the guard

    QTest::newRow("update") << u"UPDATE cc_fact SET value = 2"_s << false;
    QTest::newRow("soft delete") << u"UPDATE cc_fact SET deleted = 1"_s << false;
    QTest::newRow("delete") << u"DELETE FROM cc_fact"_s << false;
    QTest::newRow("update while applying remote rows") << u"UPDATE cc_fact SET value = 2"_s << true;
    QTest::newRow("delete while applying remote rows") << u"DELETE FROM cc_fact"_s << true;
}

void TestChangeCapture::appendOnlyRefusesChanges()
{
    QFETCH(QString, statement);
    QFETCH(bool, remoteApply);

    const QString id = m_ids.next();
    QVERIFY(insertFact(id, 1));
    QCOMPARE(outbox(db()), QStringList {outboxLine(kFact, id, m_hlc->last(), u"insert"_s)});

    QString sqlError;
    auto result = m_database->transaction([&]() -> Status {
        std::optional<CaptureSuspension> suspension;
        if (remoteApply)
            suspension.emplace(*m_database, CaptureSuspension::Reason::RemoteApply);
        auto ok = m_database->exec(statement);
        if (!ok)
            sqlError = ok.error().message;
        return ok;
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"database.exec"_s);
    QVERIFY2(sqlError.contains(u"append-only table cc_fact"_s), qPrintable(sqlError));

    QCOMPARE(scalar(db(), u"SELECT value || '/' || deleted FROM cc_fact"_s).toString(), u"1/0"_s);
    QCOMPARE(outbox(db()).size(), 1);
}

void TestChangeCapture::retentionPurgeDeletesAppendOnlyRows()
{
    const QString old = m_ids.next();
    const QString recent = m_ids.next();
    QVERIFY(insertFact(old, 1));
    QVERIFY(insertFact(recent, 2));
    QVERIFY(insertItem(m_ids.next(), u"item"_s));
    QCOMPARE(outbox(db()).size(), 3);

    auto purged = m_database->transaction([&]() -> Status {
        CaptureSuspension suspension(*m_database, CaptureSuspension::Reason::RetentionPurge);
        if (suspension.error())
            return std::unexpected(*suspension.error());
        if (auto ok = m_database->exec(u"DELETE FROM cc_fact WHERE id = ?"_s, {old}); !ok)
            return ok;
        // A purge lifts only the DELETE guard.
        if (m_database->exec(u"UPDATE cc_fact SET value = 9"_s))
            return pd::core::fail(u"test"_s, u"update allowed during a purge"_s);
        // Nor does it capture deletes of mutable rows.
        return m_database->exec(u"DELETE FROM cc_item"_s);
    });
    QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message));

    QCOMPARE(scalar(db(), u"SELECT group_concat(id) FROM cc_fact"_s).toString(), recent);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM cc_item"_s).toInt(), 0);
    QCOMPARE(outbox(db()).size(), 3); // no delete rows
    QCOMPARE(scalar(db(), u"SELECT purge FROM sync_capture"_s).toInt(), 0);

    // The guard is back after the purge.
    QVERIFY(!m_database->exec(u"DELETE FROM cc_fact"_s));
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM cc_fact"_s).toInt(), 1);
}

void TestChangeCapture::syncedTableNeedsSyncColumns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("no id") << u"cc_no_id"_s << int(SyncedTable::Kind::Mutable)
                           << u"capture.columns"_s;
    QTest::newRow("no hlc") << u"cc_no_hlc"_s << int(SyncedTable::Kind::Mutable)
                            << u"capture.columns"_s;
    QTest::newRow("no origin") << u"cc_no_origin"_s << int(SyncedTable::Kind::AppendOnly)
                               << u"capture.columns"_s;
    QTest::newRow("no deleted") << u"cc_no_deleted"_s << int(SyncedTable::Kind::AppendOnly)
                                << u"capture.columns"_s;
    QTest::newRow("no such table")
        << u"cc_missing"_s << int(SyncedTable::Kind::Mutable) << u"capture.no_table"_s;
}

void TestChangeCapture::syncedTableNeedsSyncColumns()
{
    QFETCH(QString, table);
    QFETCH(int, kind);
    QFETCH(QString, code);

    const QString path = m_dir->filePath(u"bad-%1.sqlite"_s.arg(table));
    const auto schema =
        testModule({{kItem, SyncedTable::Kind::Mutable}, {table, SyncedTable::Kind(kind)}});
    auto database = Database::open(path, {schema});
    QVERIFY(!database);
    QCOMPARE(database.error().code, code);
    QVERIFY(database.error().message.contains(table));

    // Nothing of the failed install is left: no trigger for the good table.
    auto plain = Database::open(path);
    QVERIFY(plain);
    QCOMPARE(
        scalar(
            (*plain)->connection(),
            u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'pd_cc_cc_%'"_s)
            .toInt(),
        0);
}

void TestChangeCapture::reopeningDoesNotDoubleTheTriggers()
{
    m_hlc.reset();
    m_database.reset();
    auto database = Database::open(m_path, {testModule()});
    QVERIFY(database);
    m_database = std::move(*database);
    m_hlc = std::make_unique<pd::core::HybridLogicalClock>(*m_database, m_clock);
    QVERIFY(m_hlc->load());

    QVERIFY(insertItem(m_ids.next(), u"once"_s));
    QVERIFY(insertFact(m_ids.next(), 1));
    QCOMPARE(outbox(db()).size(), 2);
}

void TestChangeCapture::auditLogIsCaptured()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto context =
        pd::core::CoreContext::open(dir.filePath(u"core.sqlite"_s), {testModule()}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    auto &core = **context;
    const QSqlDatabase db = core.database().connection();
    QCOMPARE(outbox(db), QStringList()); // opening alone syncs nothing

    QVERIFY(core.audit().record(u"test.action"_s, u"thing"_s, u"42"_s, u"count=1"_s));
    const QString auditId = scalar(db, u"SELECT id FROM audit_log"_s).toString();
    const qint64 auditHlc = scalar(db, u"SELECT hlc FROM audit_log"_s).toLongLong();
    QVERIFY(pd::core::UuidV7Generator::isValid(auditId));
    QCOMPARE(auditHlc, core.hlc().last());
    QCOMPARE(scalar(db, u"SELECT origin FROM audit_log"_s).toString(), core.deviceId());
    QCOMPARE(outbox(db), QStringList {outboxLine(u"audit_log"_s, auditId, auditHlc, u"insert"_s)});
    auto pending = core.pendingChanges();
    QVERIFY(pending);
    QCOMPARE(*pending, qint64(1));

    // Append-only.
    QVERIFY(!core.database().exec(u"UPDATE audit_log SET detail = 'edited'"_s));
    QVERIFY(!core.database().exec(u"DELETE FROM audit_log"_s));
    QCOMPARE(scalar(db, u"SELECT detail FROM audit_log"_s).toString(), u"count=1"_s);
}

QTEST_GUILESS_MAIN(TestChangeCapture)
#include "tst_changecapture.moc"
