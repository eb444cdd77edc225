// The device's sync engine on real SQLite files: freezing the outbox into
// batches within the protocol's limits, re-sending a batch byte for byte,
// applying pulled pages (merge rule, append-only, tombstones, local
// constraints) without feeding the outbox, the state API, the offline
// package, and the catalog against the local schema. HTTP goes to a
// scripted server on 127.0.0.1 (fakesyncserver.h); tst_sync_e2e runs the
// same engine against the real phongdich-server.
#include "batchstore.h"
#include "catalog.h"
#include "changecapture.h"
#include "corecontext.h"
#include "enrolment.h"
#include "fakesyncserver.h"
#include "gzip.h"
#include "jobcontrol.h"
#include "localtables.h"
#include "moduleschemas.h"
#include "offlinepackage.h"
#include "preparedpage.h"
#include "pullwritemode.h"
#include "reasontext.h"
#include "remoteapplier.h"
#include "synccycle.h"
#include "syncerrors.h"
#include "syncstatestore.h"
#include "wire.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pd::sync;
using pd::core::CoreContext;

namespace {

const QString kOtherDevice = u"0192f0aa-0000-7000-8000-0000000000bb"_s;

struct BatchRow {
    QString id;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int rowCount = 0;
    QByteArray payload; // the CBOR push body
    int attempts = 0;
    bool compressed = false; // stored as gzip
};

PushRequest decodePush(const QByteArray &payload)
{
    const Decoded<PushRequest> request = pushRequestFromCbor(decode(payload, Format::Cbor));
    return request.value.value_or(PushRequest {});
}

// A person row as the server would send it: every catalog column.
Row remotePerson(const QString &id, qint64 hlc, const QString &origin, const QString &name)
{
    Row row;
    row.table = u"person"_s;
    row.id = id;
    row.hlc = hlc;
    row.origin = origin;
    for (const ColumnSpec &column : Catalog::v1().table(row.table)->columns)
        row.values.insert(column.name,
                          column.type == ColumnType::Text ? QCborValue(u""_s) : QCborValue(0));
    row.values.insert(u"id_kind"_s, u"none"_s);
    row.values.insert(u"full_name"_s, name);
    row.values.insert(u"folded_name"_s, name.toLower());
    row.values.insert(u"nationality"_s, u"VN"_s);
    row.values.insert(u"created_at_ms"_s, qint64(1'627'000'000'000));
    row.values.insert(u"updated_at_ms"_s, qint64(1'627'000'000'000));
    return row;
}

Row remoteCheckin(const QString &id, qint64 hlc, const QString &verdict)
{
    Row row;
    row.table = u"checkin"_s;
    row.id = id;
    row.hlc = hlc;
    row.origin = kOtherDevice;
    for (const ColumnSpec &column : Catalog::v1().table(row.table)->columns)
        row.values.insert(column.name,
                          column.type == ColumnType::Text ? QCborValue(u""_s) : QCborValue(0));
    row.values.insert(u"at_ms"_s, qint64(1'627'000'000'000));
    row.values.insert(u"direction"_s, u"in"_s);
    row.values.insert(u"code_kind"_s, u"manual"_s);
    row.values.insert(u"verdict"_s, verdict);
    return row;
}

Row remoteKey(const QString &id, qint64 hlc, const QString &publicKey)
{
    Row row;
    row.table = u"pd_trusted_key"_s;
    row.id = id;
    row.hlc = hlc;
    row.origin = kOtherDevice;
    row.values =
        QCborMap {{u"key_id"_s, u"abcd1234"_s}, {u"public_key"_s, publicKey},
                  {u"label"_s, u"province"_s},  {u"signs_person"_s, 1},
                  {u"signs_venue"_s, 1},        {u"added_at_ms"_s, qint64(1'627'000'000'000)}};
    return row;
}

QCborMap pushAnswer(const QByteArray &pushBody, const QList<RowRejection> &rejected = {})
{
    const PushRequest request = decodePush(pushBody);
    PushResponse response;
    response.batchId = request.batchId;
    response.applied = int(request.rows.size() - rejected.size());
    response.rejected = rejected;
    response.serverHlc = 1;
    return toCbor(response);
}

QCborMap emptyPull(qint64 last)
{
    PullResponse page;
    page.last = last;
    return toCbor(page);
}

} // namespace

Q_DECLARE_METATYPE(pd::sync::Row)

class TestSyncClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void catalogMatchesSchema_data();
    void catalogMatchesSchema();
    void syncedTablesInCatalog();
    void freezeLimits_data();
    void freezeLimits();
    void freezeCurrentState();
    void freezeNeverRefreezes();
    void freezeRepairsMalformedText();
    void freezeTombstoneTakesLastDeletion();
    void resendIsByteIdentical();
    void sendsBatchStoredUncompressed();
    void damagedBatchSaysSo();
    void pushRecordsRejections();
    void unauthorizedStopsCycle_data();
    void unauthorizedStopsCycle();
    void pullNeverWritesOutbox();
    void lastWriterWins_data();
    void lastWriterWins();
    void appendOnlyDuplicateIgnored();
    void tombstones();
    void localConstraintSkipped();
    void preparePageLayout_data();
    void preparePageLayout();
    void pageFromCborRefusesMalformed_data();
    void pageFromCborRefusesMalformed();
    void pullWriteModeRestores();
    void pullPagesAndCut();
    void cancelStopsCycle();
    void timeoutAndCancelMidRequest();
    void enrolStoresState();
    void enrolFailures_data();
    void enrolFailures();
    void stateStore();
    void reasonTexts_data();
    void reasonTexts();
    void offlinePackage();

private:
    CoreContext &core() { return *m_context; }
    QSqlQuery sql(const QString &statement, const QVariantList &values = {});
    qint64 scalar(const QString &statement, const QVariantList &values = {});
    void insertPeople(int count, int streetLength = 0, const QString &prefix = u"p"_s);
    QList<BatchRow> batches();
    void enrolWith(const QUrl &url);
    void answerPushAndEmptyPull();
    // Pushes are answered refusing the person `id` as out of scope.
    void answerPushRefusingPerson(const QString &id);

    QTemporaryDir m_dir;
    QString m_template;
    int m_fileCount = 0;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_context;
    FakeSyncServer m_server;
};

void TestSyncClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.sqlite"_s);
    auto context = CoreContext::open(m_template, pd::app::moduleSchemas(), m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    QVERIFY(m_server.listen());
}

void TestSyncClient::init()
{
    const QString path = m_dir.filePath(u"client-%1.sqlite"_s.arg(++m_fileCount));
    QVERIFY(QFile::copy(m_template, path));
    m_clock.setMs(1'627'880'400'000); // 2 August 2021
    auto context = CoreContext::open(path, pd::app::moduleSchemas(), m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
    // The template's own entries (audit of its creation) are not this
    // test's business.
    QVERIFY(core().database().exec(u"DELETE FROM sync_outbox"_s));
    m_server.clear();
    m_server.setHandler({});
}

void TestSyncClient::cleanup()
{
    m_context.reset();
}

QSqlQuery TestSyncClient::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(core().database().connection());
    query.prepare(statement);
    pd::core::Database::bindValues(query, values);
    if (!query.exec())
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    return query;
}

qint64 TestSyncClient::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery query = sql(statement, values);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestSyncClient::insertPeople(int count, int streetLength, const QString &prefix)
{
    const QString street(streetLength, u'x');
    auto done = core().database().transaction([&]() -> pd::core::Status {
        for (int i = 0; i < count; ++i) {
            const qint64 hlc = core().hlc().now().value_or(0);
            if (auto ok = core().database().exec(
                    u"INSERT INTO person(id, hlc, origin, full_name, folded_name, street, "
                    "created_at_ms, updated_at_ms) VALUES(?, ?, ?, ?, ?, ?, 0, 0)"_s,
                    {u"%1-%2"_s.arg(prefix).arg(i, 6, 10, QChar(u'0')), hlc, core().deviceId(),
                     u"Nguyễn Văn %1"_s.arg(i), u"nguyen van %1"_s.arg(i), street});
                !ok)
                return ok;
        }
        return {};
    });
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
}

QList<BatchRow> TestSyncClient::batches()
{
    QList<BatchRow> rows;
    QSqlQuery query = sql(u"SELECT id, first_seq, last_seq, row_count, payload, attempts FROM "
                          "sync_batch ORDER BY first_seq"_s);
    while (query.next()) {
        const QByteArray stored = query.value(4).toByteArray();
        const bool compressed = isGzip(stored);
        rows.append(
            BatchRow {query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toLongLong(), query.value(3).toInt(),
                      compressed ? gzipDecompress(stored, 64 << 20).value_or(QByteArray()) : stored,
                      query.value(5).toInt(), compressed});
    }
    return rows;
}

void TestSyncClient::enrolWith(const QUrl &url)
{
    QVERIFY(core().database().exec(
        u"UPDATE sync_state SET server_url = ?, token = 'secret-token', scope_code = '01', "
        "scope_level = 1 WHERE id = 1"_s,
        {url.toString()}));
}

void TestSyncClient::answerPushRefusingPerson(const QString &id)
{
    m_server.setHandler([id](const FakeRequest &request) {
        if (request.path == "/v1/push"_L1)
            return FakeAnswer::cbor(pushAnswer(
                request.body, {RowRejection {u"person"_s, id, u"out_of_scope"_s, u"not yours"_s}}));
        return FakeAnswer::cbor(emptyPull(0));
    });
}

void TestSyncClient::answerPushAndEmptyPull()
{
    m_server.setHandler([](const FakeRequest &request) {
        if (request.path == "/v1/push"_L1)
            return FakeAnswer::cbor(pushAnswer(request.body));
        return FakeAnswer::cbor(emptyPull(0));
    });
}

// Every synced table of the catalog exists here with exactly its columns
// plus the four sync columns, of the catalog's types and nullability: a
// schema change that forgets the catalog (or the reverse) fails here.
void TestSyncClient::catalogMatchesSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const TableSpec &table : Catalog::v1().tables())
        QTest::newRow(qPrintable(table.name)) << table.name;
}

void TestSyncClient::catalogMatchesSchema()
{
    QFETCH(QString, table);
    const TableSpec *spec = Catalog::v1().table(table);
    QVERIFY(spec);

    const pd::core::SyncedTable *synced = nullptr;
    for (const pd::core::ModuleSchema &module : core().database().modules()) {
        for (const pd::core::SyncedTable &candidate : module.syncedTables) {
            if (candidate.name == table)
                synced = &candidate;
        }
    }
    QVERIFY2(synced, "the table is not registered as synced locally");
    QCOMPARE(synced->kind == pd::core::SyncedTable::Kind::AppendOnly, spec->appendOnly);

    struct Local {
        QString type;
        bool notNull = false;
        bool primaryKey = false;
    };
    QHash<QString, Local> local;
    QSqlQuery query = sql(u"PRAGMA table_info(%1)"_s.arg(table));
    while (query.next())
        local.insert(query.value(1).toString(),
                     Local {query.value(2).toString().toUpper(), query.value(3).toBool(),
                            query.value(5).toInt() > 0});
    QVERIFY(!local.isEmpty());

    QCOMPARE(local.value(u"id"_s).type, u"TEXT"_s);
    QVERIFY(local.value(u"id"_s).primaryKey);
    QCOMPARE(local.value(u"hlc"_s).type, u"INTEGER"_s);
    QVERIFY(local.value(u"hlc"_s).notNull);
    QCOMPARE(local.value(u"origin"_s).type, u"TEXT"_s);
    QVERIFY(local.value(u"origin"_s).notNull);
    QCOMPARE(local.value(u"deleted"_s).type, u"INTEGER"_s);
    QVERIFY(local.value(u"deleted"_s).notNull);

    QSet<QString> expected {u"id"_s, u"hlc"_s, u"origin"_s, u"deleted"_s};
    for (const ColumnSpec &column : spec->columns) {
        expected.insert(column.name);
        QVERIFY2(local.contains(column.name), qPrintable(u"missing locally: "_s + column.name));
        const Local &have = local.value(column.name);
        QCOMPARE(have.type, column.type == ColumnType::Text ? u"TEXT"_s : u"INTEGER"_s);
        QVERIFY2(have.notNull == !column.nullable, qPrintable(column.name));
    }
    const QList<QString> localNames = local.keys();
    QCOMPARE(QSet<QString>(localNames.begin(), localNames.end()), expected);
}

// And no table synced here is missing from the catalog (it would never
// leave this device).
void TestSyncClient::syncedTablesInCatalog()
{
    for (const pd::core::ModuleSchema &module : core().database().modules()) {
        for (const pd::core::SyncedTable &table : module.syncedTables)
            QVERIFY2(Catalog::v1().table(table.name), qPrintable(table.name));
    }
}

void TestSyncClient::freezeLimits_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("streetLength");
    QTest::addColumn<int>("minBatches");

    QTest::newRow("one small batch") << 25 << 0 << 1;
    QTest::newRow("exactly the row limit") << maxBatchRows << 0 << 1;
    QTest::newRow("cut by rows") << 2 * maxBatchRows + 7 << 0 << 3;
    QTest::newRow("cut by bytes") << 700 << 4000 << 3;
}

void TestSyncClient::freezeLimits()
{
    QFETCH(int, people);
    QFETCH(int, streetLength);
    QFETCH(int, minBatches);

    insertPeople(people, streetLength);
    const qint64 firstSeq = scalar(u"SELECT MIN(seq) FROM sync_outbox"_s);
    const qint64 lastSeq = scalar(u"SELECT MAX(seq) FROM sync_outbox"_s);

    auto made = BatchStore(core()).freezePending();
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    const QList<BatchRow> frozen = batches();
    QCOMPARE(*made, int(frozen.size()));
    QVERIFY(frozen.size() >= minBatches);

    // The batches tile the outbox: contiguous, first to last, each row once.
    QSet<QString> ids;
    qint64 expectedFirst = firstSeq;
    for (qsizetype i = 0; i < frozen.size(); ++i) {
        const BatchRow &batch = frozen.at(i);
        QCOMPARE(batch.firstSeq, expectedFirst);
        expectedFirst = batch.lastSeq + 1;
        QVERIFY(batch.compressed);
        QVERIFY(batch.payload.size() <= maxBatchBytes);
        const PushRequest request = decodePush(batch.payload);
        // Encoded as Qt's encoder would encode the same request.
        QCOMPARE(encode(toCbor(request), Format::Cbor), batch.payload);
        QCOMPARE(request.batchId, batch.id);
        QCOMPARE(request.deviceId, core().deviceId());
        QCOMPARE(int(request.rows.size()), batch.rowCount);
        QVERIFY(batch.rowCount <= maxBatchRows);
        for (const Row &row : request.rows) {
            QVERIFY(!validateRow(row));
            ids.insert(row.id);
        }
        // The cut is tight: the next batch's first row did not fit.
        if (i + 1 < frozen.size()) {
            const Row next = decodePush(frozen.at(i + 1).payload).rows.first();
            QVERIFY(batch.rowCount == maxBatchRows
                    || batch.payload.size() + encode(toCbor(next), Format::Cbor).size()
                        > maxBatchBytes - 16);
        }
    }
    QCOMPARE(frozen.last().lastSeq, lastSeq);
    QCOMPARE(int(ids.size()), people);
}

void TestSyncClient::freezeCurrentState()
{
    insertPeople(3);
    // Edited twice after capture: the batch carries the latest state once.
    QVERIFY(core().database().exec(
        u"UPDATE person SET full_name = 'Trần Thị Bình', hlc = ? WHERE id = 'p-000000'"_s,
        {core().hlc().now().value_or(0)}));
    const qint64 editedHlc = core().hlc().now().value_or(0);
    QVERIFY(core().database().exec(
        u"UPDATE person SET phone = '0912345678', hlc = ? WHERE id = 'p-000000'"_s, {editedHlc}));
    // Deleted from its table: a tombstone with the deletion's clock.
    const qint64 goneHlc = scalar(u"SELECT hlc FROM person WHERE id = 'p-000001'"_s);
    QVERIFY(core().database().exec(u"DELETE FROM person WHERE id = 'p-000001'"_s));
    // Replaced by a pulled version before it was sent: the server has it.
    QVERIFY(core().database().transaction([&]() -> pd::core::Status {
        pd::core::CaptureSuspension suspension(core().database(),
                                               pd::core::CaptureSuspension::Reason::RemoteApply);
        return core().database().exec(
            u"UPDATE person SET origin = ?, hlc = hlc + 1000000 WHERE id = 'p-000002'"_s,
            {kOtherDevice});
    }));

    QVERIFY(BatchStore(core()).freezePending());
    const QList<BatchRow> frozen = batches();
    QCOMPARE(frozen.size(), 1);
    const PushRequest request = decodePush(frozen.first().payload);
    QCOMPARE(request.rows.size(), 2);
    const Row &edited = request.rows.at(0);
    QCOMPARE(edited.id, u"p-000000"_s);
    QCOMPARE(edited.hlc, editedHlc);
    QCOMPARE(edited.origin, core().deviceId());
    QCOMPARE(edited.deleted, false);
    QCOMPARE(edited.values.value(u"full_name"_s).toString(), u"Trần Thị Bình"_s);
    QCOMPARE(edited.values.value(u"phone"_s).toString(), u"0912345678"_s);
    const Row &gone = request.rows.at(1);
    QCOMPARE(gone.id, u"p-000001"_s);
    QCOMPARE(gone.deleted, true);
    QVERIFY(gone.values.isEmpty());
    QCOMPARE(gone.hlc, goneHlc);
    QCOMPARE(gone.origin, core().deviceId());
    // The batch covers every entry, the skipped row's too.
    QCOMPARE(frozen.first().lastSeq, scalar(u"SELECT MAX(seq) FROM sync_outbox"_s));
}

void TestSyncClient::freezeNeverRefreezes()
{
    insertPeople(5);
    BatchStore store(core());
    QCOMPARE(store.freezePending().value_or(-1), 1);
    const BatchRow first = batches().first();
    QCOMPARE(store.freezePending().value_or(-1), 0);

    // A frozen row changed again goes in a later batch; the first stays.
    QVERIFY(core().database().exec(u"UPDATE person SET phone = '0987654321', hlc = ? WHERE id = "
                                   "'p-000003'"_s,
                                   {core().hlc().now().value_or(0)}));
    insertPeople(2, 0, u"q"_s);
    QCOMPARE(store.freezePending().value_or(-1), 1);
    const QList<BatchRow> frozen = batches();
    QCOMPARE(frozen.size(), 2);
    QCOMPARE(frozen.at(0).payload, first.payload);
    QCOMPARE(frozen.at(0).id, first.id);
    QCOMPARE(frozen.at(1).firstSeq, first.lastSeq + 1);
    QCOMPARE(frozen.at(1).rowCount, 3);
    QCOMPARE(decodePush(frozen.at(0).payload).rows.at(3).values.value(u"phone"_s).toString(),
             u""_s);
}

void TestSyncClient::freezeRepairsMalformedText()
{
    insertPeople(2);
    // Written by another program in Latin-1 ('ê' as one byte), which a CBOR
    // text string cannot carry: it travels with U+FFFD in place of that
    // byte, so the server does not refuse the whole batch.
    QVERIFY(core().database().exec(u"UPDATE person SET street = CAST(X'4e677579ea6e' AS TEXT), "
                                   "hlc = ? WHERE id = 'p-000000'"_s,
                                   {core().hlc().now().value_or(0)}));
    QVERIFY(BatchStore(core()).freezePending());
    const QList<BatchRow> frozen = batches();
    QCOMPARE(frozen.size(), 1);
    QString error;
    QVERIFY(decode(frozen.first().payload, Format::Cbor, &error).isMap());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PushRequest request = decodePush(frozen.first().payload);
    QCOMPARE(request.rows.size(), 2);
    QCOMPARE(request.rows.at(0).values.value(u"street"_s).toString(), u"Nguy\uFFFDn"_s);
    QVERIFY(!validateRow(request.rows.at(0)));
    // Well-formed text travels as stored.
    QCOMPARE(request.rows.at(0).values.value(u"full_name"_s).toString(), u"Nguyễn Văn 0"_s);
    QCOMPARE(request.rows.at(1).values.value(u"street"_s).toString(), QString());
}

// Created and deleted twice before a freeze: one deletion travels, with the
// clock of the last one.
void TestSyncClient::freezeTombstoneTakesLastDeletion()
{
    qint64 lastHlc = 0;
    for (int i = 0; i < 2; ++i) {
        lastHlc = core().hlc().now().value_or(0);
        QVERIFY(core().database().exec(
            u"INSERT INTO person(id, hlc, origin, full_name, folded_name, created_at_ms, "
            "updated_at_ms) VALUES('twice', ?, ?, 'Lê Văn Hai', 'le van hai', 0, 0)"_s,
            {lastHlc, core().deviceId()}));
        QVERIFY(core().database().exec(u"DELETE FROM person WHERE id = 'twice'"_s));
    }
    QVERIFY(BatchStore(core()).freezePending());
    const QList<BatchRow> frozen = batches();
    QCOMPARE(frozen.size(), 1);
    const PushRequest request = decodePush(frozen.first().payload);
    QCOMPARE(request.rows.size(), 1);
    QCOMPARE(request.rows.first().id, u"twice"_s);
    QVERIFY(request.rows.first().deleted);
    QVERIFY(request.rows.first().values.isEmpty());
    QCOMPARE(request.rows.first().hlc, lastHlc);
    QCOMPARE(encode(toCbor(request), Format::Cbor), frozen.first().payload);
}

void TestSyncClient::resendIsByteIdentical()
{
    insertPeople(10);
    enrolWith(m_server.url());
    int pushes = 0;
    m_server.setHandler([&pushes](const FakeRequest &request) {
        if (request.path == "/v1/push"_L1)
            return ++pushes == 1 ? FakeAnswer::error(503, "unavailable")
                                 : FakeAnswer::cbor(pushAnswer(request.body));
        return FakeAnswer::cbor(emptyPull(0));
    });

    auto failed = SyncCycle(core()).run();
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QLatin1String(errc::server));
    QCOMPARE(batches().size(), 1);
    QCOMPARE(batches().first().attempts, 1);
    {
        QSqlQuery state = sql(u"SELECT last_error, last_attempt_ms, last_success_ms FROM "
                              "sync_state"_s);
        QVERIFY(state.next());
        QCOMPARE(state.value(0).toString(), QLatin1String(errc::server));
        QCOMPARE(state.value(1).toLongLong(), m_clock.nowMs());
        QCOMPARE(state.value(2).toLongLong(), 0);
    }

    // Changes made meanwhile do not alter the frozen batch.
    insertPeople(2, 0, u"later"_s);
    auto summary = SyncCycle(core()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    const QList<FakeRequest> sent = m_server.requests(u"/v1/push"_s);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(1).body, sent.at(0).body);
    QVERIFY(sent.at(2).body != sent.at(0).body);
    QCOMPARE(sent.at(0).headers.value("authorization"), QByteArray("Bearer secret-token"));
    QCOMPARE(sent.at(0).headers.value("content-encoding"), QByteArray("gzip"));
    QCOMPARE(sent.at(0).headers.value("content-type"), QByteArray("application/cbor"));
    QCOMPARE(summary->pushed, 12);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_batch"_s), 0);
    QSqlQuery state = sql(u"SELECT last_error, last_success_ms FROM sync_state"_s);
    QVERIFY(state.next());
    QCOMPARE(state.value(0).toString(), QString());
    QCOMPARE(state.value(1).toLongLong(), m_clock.nowMs());
}

// Versions before 2026-12 kept a frozen batch as plain CBOR. One left
// waiting by such a version goes out compressed, and its refused rows are
// found in it, as a batch frozen now.
void TestSyncClient::sendsBatchStoredUncompressed()
{
    insertPeople(3);
    QCOMPARE(BatchStore(core()).freezePending().value_or(-1), 1);
    const BatchRow frozen = batches().first();
    QVERIFY(frozen.compressed);
    QVERIFY(core().database().exec(u"UPDATE sync_batch SET payload = ?"_s, {frozen.payload}));
    QVERIFY(!batches().first().compressed);

    enrolWith(m_server.url());
    answerPushRefusingPerson(u"p-000002"_s);
    auto summary = SyncCycle(core()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    const QList<FakeRequest> sent = m_server.requests(u"/v1/push"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().headers.value("content-encoding"), QByteArray("gzip"));
    QCOMPARE(sent.first().body, frozen.payload);
    QCOMPARE(summary->pushed, 2);
    QCOMPARE(summary->rejected, 1);
    QCOMPARE(scalar(u"SELECT hlc FROM sync_failure WHERE row_id = 'p-000002'"_s),
             scalar(u"SELECT hlc FROM person WHERE id = 'p-000002'"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_batch"_s), 0);
}

// A stored batch whose compressed body is cut (a disk error) is named, not
// read as an empty batch.
void TestSyncClient::damagedBatchSaysSo()
{
    insertPeople(3);
    BatchStore store(core());
    QCOMPARE(store.freezePending().value_or(-1), 1);
    const QString id = batches().first().id;
    QVERIFY(core().database().exec(u"UPDATE sync_batch SET payload = substr(payload, 1, 40)"_s));
    const auto payload = store.payload(id);
    QVERIFY(!payload);
    QCOMPARE(payload.error().code, u"sync.batch_damaged"_s);
    QVERIFY(payload.error().message.contains(id));
    QVERIFY(!exportPackage(core(), m_dir.filePath(u"damaged.pdpkg"_s)));
}

void TestSyncClient::pushRecordsRejections()
{
    insertPeople(3);
    enrolWith(m_server.url());
    answerPushRefusingPerson(u"p-000001"_s);
    const qint64 rowHlc = scalar(u"SELECT hlc FROM person WHERE id = 'p-000001'"_s);
    auto summary = SyncCycle(core()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 2);
    QCOMPARE(summary->rejected, 1);

    SyncStateStore store(core().database());
    const auto failures = store.failures();
    QVERIFY(failures);
    QCOMPARE(failures->size(), 1);
    const SyncFailure &failure = failures->first();
    QCOMPARE(failure.table, u"person"_s);
    QCOMPARE(failure.rowId, u"p-000001"_s);
    QCOMPARE(failure.hlc, rowHlc);
    QCOMPARE(failure.code, u"out_of_scope"_s);
    QVERIFY(!failure.batchId.isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);

    // Retrying queues the row again and forgets the failure.
    QVERIFY(store.retryFailure(failure.id));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox WHERE row_id = 'p-000001'"_s), 1);
    QCOMPARE(store.failures()->size(), 0);
}

void TestSyncClient::unauthorizedStopsCycle_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown token")
        << 401 << u"unauthorized"_s << QString::fromLatin1(errc::unauthorized);
    QTest::newRow("revoked") << 403 << u"device_revoked"_s << QString::fromLatin1(errc::revoked);
    QTest::newRow("mismatch") << 403 << u"device_mismatch"_s
                              << QString::fromLatin1(errc::deviceMismatch);
    QTest::newRow("malformed") << 400 << u"malformed"_s << QString::fromLatin1(errc::protocol);
    QTest::newRow("server error") << 500 << u"internal"_s << QString::fromLatin1(errc::server);
}

void TestSyncClient::unauthorizedStopsCycle()
{
    QFETCH(int, status);
    QFETCH(QString, serverCode);
    QFETCH(QString, expected);

    insertPeople(2);
    enrolWith(m_server.url());
    const QByteArray code = serverCode.toLatin1();
    m_server.setHandler(
        [&](const FakeRequest &) { return FakeAnswer::error(status, code.constData()); });
    auto result = SyncCycle(core()).run();
    QVERIFY(!result);
    QCOMPARE(result.error().code, expected);
    QVERIFY(!result.error().message.isEmpty());
    // Stopped at the first batch: no pull, the batch waits.
    QCOMPARE(m_server.requests(u"/v1/pull"_s).size(), 0);
    QCOMPARE(batches().size(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 2);
}

void TestSyncClient::pullNeverWritesOutbox()
{
    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    RemoteApplier applier(core(), *tables);
    PullResponse page;
    page.rows = {remotePerson(u"r-1"_s, 500, kOtherDevice, u"Lê Văn Cường"_s),
                 remoteCheckin(u"c-1"_s, 501, u"valid"_s),
                 remoteKey(u"k-1"_s, 502, QString(64, u'a'))};
    page.last = 42;
    page.serverHlc = 503;
    const qint64 outboxBefore = scalar(u"SELECT COUNT(*) FROM sync_outbox"_s);
    auto result = applier.applyPage(page);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->applied, 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), outboxBefore);
    QCOMPARE(scalar(u"SELECT pull_cursor FROM sync_state"_s), 42);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM person WHERE id = 'r-1' AND origin = ?"_s, {kOtherDevice}),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checkin WHERE id = 'c-1'"_s), 1);
    QCOMPARE(scalar(u"SELECT remote_apply FROM sync_capture"_s), 0);
    // The device's clock moved past the server's.
    QVERIFY(core().hlc().last() > 503);
}

void TestSyncClient::lastWriterWins_data()
{
    QTest::addColumn<qint64>("localHlc");
    QTest::addColumn<QString>("localOrigin");
    QTest::addColumn<qint64>("remoteHlc");
    QTest::addColumn<QString>("remoteOrigin");
    QTest::addColumn<bool>("remoteWins");

    QTest::newRow("remote later") << qint64(100) << u"b"_s << qint64(200) << u"a"_s << true;
    QTest::newRow("remote earlier") << qint64(200) << u"a"_s << qint64(100) << u"z"_s << false;
    QTest::newRow("tie, remote origin greater")
        << qint64(100) << u"a"_s << qint64(100) << u"b"_s << true;
    QTest::newRow("tie, remote origin smaller")
        << qint64(100) << u"b"_s << qint64(100) << u"a"_s << false;
    QTest::newRow("same version") << qint64(100) << u"a"_s << qint64(100) << u"a"_s << false;
}

void TestSyncClient::lastWriterWins()
{
    QFETCH(qint64, localHlc);
    QFETCH(QString, localOrigin);
    QFETCH(qint64, remoteHlc);
    QFETCH(QString, remoteOrigin);
    QFETCH(bool, remoteWins);

    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    RemoteApplier applier(core(), *tables);
    PullResponse first;
    first.rows = {remotePerson(u"r-1"_s, localHlc, localOrigin, u"Local"_s)};
    first.last = 1;
    QVERIFY(applier.applyPage(first));

    PullResponse second;
    second.rows = {remotePerson(u"r-1"_s, remoteHlc, remoteOrigin, u"Remote"_s)};
    second.last = 2;
    auto result = applier.applyPage(second);
    QVERIFY(result);
    QCOMPARE(result->applied, remoteWins ? 1 : 0);
    QCOMPARE(result->unchanged, remoteWins ? 0 : 1);
    QSqlQuery row = sql(u"SELECT full_name, hlc, origin FROM person WHERE id = 'r-1'"_s);
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), remoteWins ? u"Remote"_s : u"Local"_s);
    QCOMPARE(row.value(1).toLongLong(), remoteWins ? remoteHlc : localHlc);
    QCOMPARE(row.value(2).toString(), remoteWins ? remoteOrigin : localOrigin);
}

void TestSyncClient::appendOnlyDuplicateIgnored()
{
    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    RemoteApplier applier(core(), *tables);
    PullResponse page;
    page.rows = {remoteCheckin(u"c-1"_s, 100, u"valid"_s)};
    page.last = 1;
    QCOMPARE(applier.applyPage(page).value().applied, 1);
    // A second copy, even a "newer" one, changes nothing.
    page.rows = {remoteCheckin(u"c-1"_s, 900, u"invalid"_s)};
    page.last = 2;
    auto again = applier.applyPage(page);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->applied, 0);
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(again->failed, 0);
    QSqlQuery row = sql(u"SELECT verdict, hlc FROM checkin WHERE id = 'c-1'"_s);
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), u"valid"_s);
    QCOMPARE(row.value(1).toLongLong(), 100);
}

void TestSyncClient::tombstones()
{
    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    RemoteApplier applier(core(), *tables);
    PullResponse page;
    page.rows = {remotePerson(u"r-1"_s, 100, kOtherDevice, u"A"_s),
                 remotePerson(u"r-2"_s, 100, kOtherDevice, u"B"_s),
                 remoteCheckin(u"c-1"_s, 100, u"valid"_s)};
    page.last = 1;
    QVERIFY(applier.applyPage(page));

    const auto tombstone = [](const QString &table, const QString &id, qint64 hlc) {
        return Row {table, id, hlc, kOtherDevice, true, {}, 0};
    };
    Row deletedWithValues = remotePerson(u"r-3"_s, 150, kOtherDevice, u"C"_s);
    deletedWithValues.deleted = true;
    page.rows = {
        tombstone(u"person"_s, u"r-1"_s, 200), // newer: marks the row deleted
        tombstone(u"person"_s, u"r-2"_s, 50), // older than what is here: ignored
        tombstone(u"person"_s, u"never-seen"_s, 300), // nothing to delete
        tombstone(u"checkin"_s, u"c-1"_s, 300), // facts go by retention only
        deletedWithValues, // stored, deleted
    };
    page.last = 2;
    auto result = applier.applyPage(page);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->applied, 2);
    QCOMPARE(result->unchanged, 2);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->failed, 0);
    QCOMPARE(scalar(u"SELECT deleted FROM person WHERE id = 'r-1'"_s), 1);
    QCOMPARE(scalar(u"SELECT hlc FROM person WHERE id = 'r-1'"_s), 200);
    QCOMPARE(scalar(u"SELECT deleted FROM person WHERE id = 'r-2'"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM person WHERE id = 'never-seen'"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checkin WHERE id = 'c-1' AND deleted = 0"_s), 1);
    QCOMPARE(scalar(u"SELECT deleted FROM person WHERE id = 'r-3'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
}

void TestSyncClient::localConstraintSkipped()
{
    // This device already trusts a key; the server sends another row with
    // the same public key (UNIQUE here), a row of the wrong type and a
    // person with an empty name (CHECK), between good rows.
    const QString publicKey(64, u'b');
    QVERIFY(core().database().exec(
        u"INSERT INTO pd_trusted_key(id, hlc, origin, key_id, public_key, added_at_ms) "
        "VALUES('local-key', 1, ?, 'abcd1234', ?, 0)"_s,
        {core().deviceId(), publicKey}));
    QVERIFY(core().database().exec(u"DELETE FROM sync_outbox"_s));

    Row wrongType = remotePerson(u"r-bad-type"_s, 100, kOtherDevice, u"X"_s);
    wrongType.values.insert(u"birth_year"_s, u"1990"_s);
    Row emptyName = remotePerson(u"r-no-name"_s, 100, kOtherDevice, u""_s);
    // A column of a later catalog version is dropped, not refused; the
    // row's other values are still checked.
    Row laterColumn = remotePerson(u"r-later"_s, 100, kOtherDevice, u"C"_s);
    laterColumn.values.insert(u"vaccine_doses"_s, 3);
    Row laterAndWrong = laterColumn;
    laterAndWrong.id = u"r-later-bad"_s;
    laterAndWrong.values.insert(u"birth_year"_s, u"1990"_s);

    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    RemoteApplier applier(core(), *tables);
    PullResponse page;
    page.rows = {remotePerson(u"r-1"_s, 100, kOtherDevice, u"A"_s),
                 remoteKey(u"remote-key"_s, 101, publicKey),
                 wrongType,
                 emptyName,
                 remotePerson(u"r-2"_s, 102, kOtherDevice, u"B"_s),
                 laterColumn,
                 laterAndWrong};
    page.last = 7;
    auto result = applier.applyPage(page);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->applied, 3);
    QCOMPARE(result->failed, 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM person WHERE id IN ('r-1', 'r-2', 'r-later')"_s), 3);
    QCOMPARE(scalar(u"SELECT pull_cursor FROM sync_state"_s), 7);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);

    const auto failures = SyncStateStore(core().database()).failures();
    QVERIFY(failures);
    QCOMPARE(failures->size(), 4);
    QHash<QString, QString> codes;
    for (const SyncFailure &failure : *failures) {
        codes.insert(failure.rowId, failure.code);
        QVERIFY(failure.batchId.isEmpty());
    }
    QCOMPARE(codes.value(u"remote-key"_s), QLatin1String(localConstraint));
    QCOMPARE(codes.value(u"r-bad-type"_s), QLatin1String(reason::wrongType));
    QCOMPARE(codes.value(u"r-no-name"_s), QLatin1String(localConstraint));
    QCOMPARE(codes.value(u"r-later-bad"_s), QLatin1String(reason::wrongType));

    // The same page again: recorded once.
    QVERIFY(applier.applyPage(page));
    QCOMPARE(SyncStateStore(core().database()).failures()->size(), 4);
}

void TestSyncClient::preparePageLayout_data()
{
    QTest::addColumn<Row>("row");
    // "table": written with its table's rows; "single": one at a time;
    // otherwise the rejection code.
    QTest::addColumn<QString>("placement");

    QTest::newRow("person") << remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s) << u"table"_s;
    QTest::newRow("check-in") << remoteCheckin(u"c"_s, 100, u"ok"_s) << u"table"_s;
    Row withNull;
    withNull.table = u"audit_log"_s;
    withNull.id = u"a"_s;
    withNull.hlc = 100;
    withNull.origin = kOtherDevice;
    withNull.values = QCborMap {{u"at_ms"_s, 1},
                                {u"user_id"_s, QCborValue(nullptr)},
                                {u"username"_s, QCborValue(nullptr)},
                                {u"action"_s, u"login"_s},
                                {u"entity_type"_s, u""_s},
                                {u"entity_id"_s, u""_s},
                                {u"detail"_s, u""_s}};
    QTest::newRow("null values") << withNull << u"table"_s;
    Row tombstone;
    tombstone.table = u"person"_s;
    tombstone.id = u"p"_s;
    tombstone.hlc = 100;
    tombstone.origin = kOtherDevice;
    tombstone.deleted = true;
    QTest::newRow("deletion without values") << tombstone << u"single"_s;
    Row deletedWithValues = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    deletedWithValues.deleted = true;
    QTest::newRow("deletion with values") << deletedWithValues << u"table"_s;
    Row otherTable = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    otherTable.table = u"lab_result"_s;
    QTest::newRow("table not kept here") << otherTable << u"single"_s;
    Row conflictRow;
    conflictRow.table = QString::fromLatin1(conflict::table);
    conflictRow.id = u"k"_s;
    conflictRow.hlc = 100;
    conflictRow.origin = u"server"_s;
    QTest::newRow("conflict") << conflictRow << u"single"_s;
    Row laterColumn = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    laterColumn.values.insert(u"vaccine_doses"_s, 3);
    QTest::newRow("column of a later catalog") << laterColumn << u"table"_s;
    Row wrongType = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    wrongType.values.insert(u"birth_year"_s, u"1990"_s);
    QTest::newRow("wrong type") << wrongType << QString::fromLatin1(reason::wrongType);
    Row noId = remotePerson(QString(), 100, kOtherDevice, u"A"_s);
    QTest::newRow("no id") << noId << QString::fromLatin1(reason::badId);
    // What the layout read straight from the bytes must hand to the checks
    // as well (preparePageFromCbor).
    QTest::newRow("id of 65 characters")
        << remotePerson(QString(65, u'p'), 100, kOtherDevice, u"A"_s)
        << QString::fromLatin1(reason::badId);
    QTest::newRow("hlc 0") << remotePerson(u"p"_s, 0, kOtherDevice, u"A"_s)
                           << QString::fromLatin1(reason::wrongType);
    Row nullName = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    nullName.values.insert(u"full_name"_s, QCborValue(nullptr));
    QTest::newRow("null where not nullable") << nullName << QString::fromLatin1(reason::wrongType);
    Row nulNumber = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    nulNumber.values.insert(u"id_number"_s, u"0010\u00009"_s);
    QTest::newRow("U+0000 in the ID number") << nulNumber << QString::fromLatin1(reason::wrongType);
    Row noPhone = remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s);
    noPhone.values.remove(u"phone"_s);
    QTest::newRow("missing column") << noPhone << QString::fromLatin1(reason::missingColumn);
    const Row inOrder = remotePerson(u"p"_s, 100, kOtherDevice, u"Nguyễn Thị Ánh 𠀧"_s);
    Row reversed = inOrder;
    reversed.values = {};
    for (auto it = inOrder.values.constEnd(); it != inOrder.values.constBegin();) {
        --it;
        reversed.values.insert(it.key(), it.value());
    }
    QTest::newRow("values out of catalog order, Vietnamese and Nôm") << reversed << u"table"_s;
}

void TestSyncClient::preparePageLayout()
{
    QFETCH(Row, row);
    QFETCH(QString, placement);
    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    PullResponse response;
    // The row under test sits between two other rows of another table.
    response.rows = {remoteKey(u"k1"_s, 1, QString(64, u'a')), row,
                     remoteKey(u"k2"_s, 2, QString(64, u'c'))};
    const PreparedPage page = preparePage(*tables, response);
    QCOMPARE(page.response.rows.size(), 3);
    QCOMPARE(page.rowCount(), 3);

    // Laid out straight from the bytes, the page is the same.
    const std::optional<PreparedPage> fromBytes =
        preparePageFromCbor(*tables, encode(toCbor(response), Format::Cbor));
    QVERIFY(fromBytes);
    QCOMPARE(fromBytes->rowCount(), 3);
    QVERIFY(fromBytes->response.rows.isEmpty());
    QCOMPARE(fromBytes->response.last, response.last);
    QCOMPARE(fromBytes->tables.size(), page.tables.size());
    for (qsizetype i = 0; i < page.tables.size(); ++i) {
        QCOMPARE(fromBytes->tables.at(i).table, page.tables.at(i).table);
        QCOMPARE(fromBytes->tables.at(i).rows, page.tables.at(i).rows);
        // The same values; texts laid out from the bytes stay UTF-8.
        QList<QVariant> asDecoded = fromBytes->tables.at(i).values;
        for (QVariant &value : asDecoded) {
            if (value.typeId() == QMetaType::QByteArray)
                value = QString::fromUtf8(value.toByteArray());
        }
        QCOMPARE(asDecoded, page.tables.at(i).values);
    }
    QCOMPARE(fromBytes->single, page.single);
    QCOMPARE(fromBytes->rejected.size(), page.rejected.size());
    for (qsizetype i = 0; i < page.rejected.size(); ++i) {
        QCOMPARE(fromBytes->rejected.at(i).row, page.rejected.at(i).row);
        QCOMPARE(fromBytes->rejected.at(i).rejection.code, page.rejected.at(i).rejection.code);
        QCOMPARE(fromBytes->rejected.at(i).rejection.message,
                 page.rejected.at(i).rejection.message);
    }
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(toCbor(fromBytes->row(i)), toCbor(response.rows.at(i)));

    QList<qsizetype> tableRows;
    const PreparedPage::TableRows *rowTable = nullptr;
    for (const PreparedPage::TableRows &rows : page.tables) {
        QCOMPARE(rows.values.size(), rows.rows.size() * rowWidth(*rows.table));
        tableRows += rows.rows;
        if (rows.rows.contains(1))
            rowTable = &rows;
    }
    QCOMPARE(page.tables.first().rows, QList<qsizetype>({0, 2}));
    QCOMPARE(tableRows.contains(1), placement == u"table"_s);
    QCOMPARE(page.single.contains(1), placement == u"single"_s);
    QCOMPARE(page.rejected.size(), placement == u"table"_s || placement == u"single"_s ? 0 : 1);
    if (!page.rejected.isEmpty()) {
        QCOMPARE(page.rejected.first().row, 1);
        QCOMPARE(page.rejected.first().rejection.code, placement);
    }
    if (!rowTable)
        return;
    // id, hlc, origin, deleted, then the local columns in catalog order.
    const LocalTables::Table &table = *rowTable->table;
    const qsizetype at = rowTable->rows.indexOf(1) * rowWidth(table);
    const QList<QVariant> values = rowTable->values.mid(at, rowWidth(table));
    QCOMPARE(values.at(0).toString(), row.id);
    QCOMPARE(values.at(1).toLongLong(), row.hlc);
    QCOMPARE(values.at(2).toString(), row.origin);
    QCOMPARE(values.at(3).toInt(), row.deleted ? 1 : 0);
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QCborValue sent = row.values.value(table.columns.at(i)->name);
        const QVariant &laid = values.at(4 + i);
        if (sent.isNull())
            QVERIFY2(!laid.isValid(), qPrintable(table.columns.at(i)->name));
        else if (sent.isInteger())
            QCOMPARE(laid.toLongLong(), sent.toInteger());
        else
            QCOMPARE(laid.toString(), sent.toString());
    }
}

void TestSyncClient::pageFromCborRefusesMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    PullResponse response;
    response.rows = {remotePerson(u"p"_s, 100, kOtherDevice, u"A"_s)};
    response.last = 7;
    const QCborMap page = toCbor(response);
    const QByteArray whole = encode(page, Format::Cbor);
    QTest::newRow("cut short") << whole.left(whole.size() - 3);
    QTest::newRow("not a map") << encode(QCborMap(), Format::Cbor).replace(0, 1, "\x80");
    QCborMap noLast = page;
    noLast.remove(u"last"_s);
    QTest::newRow("no last") << encode(noLast, Format::Cbor);
    QCborMap rowNotMap = page;
    rowNotMap.insert(u"rows"_s, QCborArray {1});
    QTest::newRow("a row that is no map") << encode(rowNotMap, Format::Cbor);
    QCborMap rowWithoutId = page;
    QCborMap row = toCbor(response.rows.first());
    row.remove(u"id"_s);
    rowWithoutId.insert(u"rows"_s, QCborArray {row});
    QTest::newRow("a row without its id") << encode(rowWithoutId, Format::Cbor);
    QByteArray badText = whole;
    const qsizetype name = badText.indexOf("none");
    QVERIFY(name > 0);
    badText[name] = char(0xff);
    QTest::newRow("text that is not UTF-8") << badText;
    // A head claiming 2^62 rows: nothing is reserved for them.
    QCborMap noRows = page;
    noRows.insert(u"rows"_s, QCborArray {});
    QByteArray huge = encode(noRows, Format::Cbor);
    const qsizetype rows = huge.indexOf(QByteArray("\x64rows\x80"));
    QVERIFY(rows > 0);
    huge.replace(rows + 5, 1, QByteArray::fromHex("9b4000000000000000"));
    QTest::newRow("2^62 rows claimed") << huge;
}

// What the fast layout cannot vouch for it leaves to the whole decoder,
// which tells the device what is wrong with the page.
void TestSyncClient::pageFromCborRefusesMalformed()
{
    QFETCH(QByteArray, bytes);
    auto tables = LocalTables::inspect(core().database());
    QVERIFY(tables);
    QVERIFY(!preparePageFromCbor(*tables, bytes));
    QString error;
    const QCborValue value = decode(bytes, Format::Cbor, &error);
    QVERIFY(!error.isEmpty() || !pullResponseFromCbor(value));
}

void TestSyncClient::pullWriteModeRestores()
{
    pd::core::Database &database = core().database();
    const qint64 synchronous = scalar(u"PRAGMA synchronous"_s);
    const qint64 checkpointPages = scalar(u"PRAGMA wal_autocheckpoint"_s);
    QCOMPARE(synchronous, 2); // FULL, core's setting for local writes
    {
        PullWriteMode mode(database);
        QCOMPARE(scalar(u"PRAGMA synchronous"_s), 1); // NORMAL
        QCOMPARE(scalar(u"PRAGMA wal_autocheckpoint"_s), qint64(PullWriteMode::kCheckpointPages));
        QVERIFY(database.exec(u"INSERT INTO sync_failure(table_name, row_id, hlc, code, message, "
                              "batch_id, at_ms) VALUES('person', 'x', 1, 'c', 'm', '', 0)"_s));
    }
    QCOMPARE(scalar(u"PRAGMA synchronous"_s), synchronous);
    QCOMPARE(scalar(u"PRAGMA wal_autocheckpoint"_s), checkpointPages);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_failure"_s), qint64(1));
}

void TestSyncClient::pullPagesAndCut()
{
    enrolWith(m_server.url());
    bool cutSecondPage = true;
    m_server.setHandler([&](const FakeRequest &request) {
        if (request.path != "/v1/pull"_L1)
            return FakeAnswer::error(404, "not_found");
        const QUrlQuery query(request.url);
        const qint64 after = query.queryItemValue(u"after"_s).toLongLong();
        PullResponse page;
        page.serverHlc = 10;
        if (after == 0) {
            page.rows = {remotePerson(u"r-1"_s, 100, kOtherDevice, u"A"_s),
                         remotePerson(u"r-2"_s, 101, kOtherDevice, u"B"_s)};
            page.last = 2;
            page.more = true;
            return FakeAnswer::cbor(toCbor(page));
        }
        if (after == 2) {
            page.rows = {remotePerson(u"r-3"_s, 102, kOtherDevice, u"C"_s)};
            page.last = 3;
            FakeAnswer answer = FakeAnswer::cbor(toCbor(page));
            if (cutSecondPage)
                answer.cutAfterBytes = 80; // headers and a little body
            return answer;
        }
        return FakeAnswer::cbor(emptyPull(after));
    });

    auto cut = SyncCycle(core()).run();
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, QLatin1String(errc::network));
    QCOMPARE(scalar(u"SELECT pull_cursor FROM sync_state"_s), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM person WHERE id LIKE 'r-%'"_s), 2);
    QVERIFY(m_server.requests().first().url.query().contains(
        u"limit="_s + QString::number(SyncCycle::defaultPullLimit)));

    cutSecondPage = false;
    auto done = SyncCycle(core()).run();
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->pulled, 1);
    QCOMPARE(scalar(u"SELECT pull_cursor FROM sync_state"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM person WHERE id LIKE 'r-%'"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
}

void TestSyncClient::cancelStopsCycle()
{
    insertPeople(2);
    enrolWith(m_server.url());
    answerPushAndEmptyPull();
    pd::core::JobControl control;
    control.cancel();
    auto result = SyncCycle(core(), &control).run();
    QVERIFY(!result);
    QCOMPARE(result.error().code, QLatin1String(errc::cancelled));
    QCOMPARE(m_server.requests().size(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_outbox"_s), 2);

    // Progress is counted in rows.
    pd::core::JobControl progress;
    auto done = SyncCycle(core(), &progress).run();
    QVERIFY(done);
    QCOMPARE(progress.total(), 2);
    QCOMPARE(progress.done(), 2);
}

void TestSyncClient::timeoutAndCancelMidRequest()
{
    insertPeople(2);
    enrolWith(m_server.url());
    m_server.setHandler([](const FakeRequest &) { return FakeAnswer::never(); });

    SyncCycle slow(core());
    slow.setTimeoutMs(300);
    QElapsedTimer elapsed;
    elapsed.start();
    auto timedOut = slow.run();
    QVERIFY(!timedOut);
    QCOMPARE(timedOut.error().code, QLatin1String(errc::timeout));
    QVERIFY(elapsed.elapsed() < 10'000);
    QCOMPARE(batches().first().attempts, 1);

    // Cancelled from another thread's point of view: while the request
    // waits for an answer.
    pd::core::JobControl control;
    QTimer::singleShot(200, [&control]() { control.cancel(); });
    elapsed.restart();
    auto cancelled = SyncCycle(core(), &control).run();
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, QLatin1String(errc::cancelled));
    QVERIFY(elapsed.elapsed() < 10'000);
    QCOMPARE(batches().size(), 1);
    QCOMPARE(batches().first().attempts, 2);
    QCOMPARE(SyncStateStore(core().database()).load()->lastError, QLatin1String(errc::cancelled));
}

void TestSyncClient::enrolStoresState()
{
    QVERIFY(core().database().exec(u"UPDATE sync_state SET pull_cursor = 99 WHERE id = 1"_s));
    m_server.setHandler([this](const FakeRequest &request) {
        const auto enroll = enrollRequestFromCbor(decode(request.body, Format::Cbor));
        if (request.path != "/v1/enroll"_L1 || !enroll || enroll.value->code != "K7QM"_L1)
            return FakeAnswer::error(403, "enroll_code_invalid");
        EnrollResponse response {enroll.value->deviceId, u"tok"_s, u"00001"_s, 3,
                                 (m_clock.nowMs() + 5000) << 16};
        return FakeAnswer::cbor(toCbor(response));
    });
    auto enrolment = enrol(core(), m_server.url(), u" K7QM "_s, u"Chốt Phúc Xá 1"_s);
    QVERIFY2(enrolment, qPrintable(enrolment ? QString() : enrolment.error().message));
    QCOMPARE(enrolment->deviceId, core().deviceId());
    QCOMPARE(enrolment->scopeCode, u"00001"_s);
    QCOMPARE(enrolment->scopeLevel, 3);
    const auto request =
        enrollRequestFromCbor(decode(m_server.requests().first().body, Format::Cbor));
    QCOMPARE(request.value->deviceId, core().deviceId());
    QCOMPARE(request.value->deviceName, u"Chốt Phúc Xá 1"_s);
    QVERIFY(!m_server.requests().first().headers.contains("authorization"));

    const auto state = SyncStateStore(core().database()).load();
    QVERIFY(state);
    QVERIFY(state->enrolled());
    QCOMPARE(state->url, m_server.url().toString());
    QCOMPARE(state->scopeCode, u"00001"_s);
    QCOMPARE(state->scopeLevel, 3);
    QCOMPARE(state->pullCursor, 0); // a new server: pull from the start
    QCOMPARE(state->enrolledAtMs, m_clock.nowMs());
    QVERIFY(pd::core::Hlc::ms(core().hlc().last()) >= m_clock.nowMs() + 5000);
}

void TestSyncClient::enrolFailures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("caPem");
    QTest::addColumn<QString>("expected");

    QTest::newRow("wrong code") << QString() << u"WRONG"_s << QString()
                                << QString::fromLatin1(errc::enrollCodeInvalid);
    QTest::newRow("empty code") << QString() << u"  "_s << QString()
                                << QString::fromLatin1(errc::enrollCodeInvalid);
    QTest::newRow("not http") << u"ftp://example.org"_s << u"K7QM"_s << QString()
                              << QString::fromLatin1(errc::badUrl);
    QTest::newRow("no host") << u"https://"_s << u"K7QM"_s << QString()
                             << QString::fromLatin1(errc::badUrl);
    QTest::newRow("bad certificate")
        << QString() << u"K7QM"_s << u"not a certificate"_s << QString::fromLatin1(errc::caInvalid);
    QTest::newRow("nobody listening")
        << u"http://127.0.0.1:1"_s << u"K7QM"_s << QString() << QString::fromLatin1(errc::network);
}

void TestSyncClient::enrolFailures()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QFETCH(QString, caPem);
    QFETCH(QString, expected);

    m_server.setHandler(
        [](const FakeRequest &) { return FakeAnswer::error(403, "enroll_code_invalid"); });
    auto enrolment = enrol(core(), url.isEmpty() ? m_server.url() : QUrl(url), code, u"x"_s, caPem);
    QVERIFY(!enrolment);
    QCOMPARE(enrolment.error().code, expected);
    QVERIFY(!enrolment.error().message.isEmpty());
    QVERIFY(!SyncStateStore(core().database()).load()->enrolled());
}

void TestSyncClient::stateStore()
{
    SyncStateStore store(core().database());
    auto state = store.load();
    QVERIFY(state);
    QVERIFY(!state->enrolled());
    QCOMPARE(state->pendingRows, 0);

    insertPeople(4);
    QVERIFY(BatchStore(core()).freezePending());
    insertPeople(1, 0, u"q"_s);
    enrolWith(m_server.url());
    QVERIFY(core().database().exec(u"INSERT INTO sync_failure(table_name, row_id, hlc, code, "
                                   "batch_id, at_ms) VALUES('person', 'gone', 1, 'clock_ahead', "
                                   "'b', 5), ('person', 'p-000000', 2, 'out_of_scope', 'b', 6)"_s));
    state = store.load();
    QVERIFY(state->enrolled());
    QCOMPARE(state->pendingBatches, 1);
    QCOMPARE(state->pendingRows, 5);
    QCOMPARE(store.failureCount().value_or(-1), 2);

    auto failures = store.failures();
    QVERIFY(failures);
    QCOMPARE(failures->size(), 2);
    QCOMPARE(failures->at(0).code, u"clock_ahead"_s);
    QCOMPARE(failures->at(0).atMs, 5);
    // A row that no longer exists is not queued; its failure goes.
    QVERIFY(store.retryFailure(failures->at(0).id));
    QCOMPARE(store.load()->pendingRows, 5);
    QVERIFY(store.dismissFailure(failures->at(1).id));
    QCOMPARE(store.failureCount().value_or(-1), 0);
    QCOMPARE(store.retryFailure(failures->at(1).id).error().code, u"sync.no_failure"_s);

    QVERIFY(store.forget());
    state = store.load();
    QVERIFY(!state->enrolled());
    QCOMPARE(state->url, QString());
    QCOMPARE(state->scopeCode, QString());
    QCOMPARE(state->pendingRows, 5); // changes stay queued
    QCOMPARE(SyncCycle(core()).run().error().code, QLatin1String(errc::notEnrolled));
    QCOMPARE(store.load()->lastError, QLatin1String(errc::notEnrolled));
}

void TestSyncClient::reasonTexts_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {reason::unknownTable,
                             reason::unknownColumn,
                             reason::missingColumn,
                             reason::wrongType,
                             reason::badId,
                             reason::badOrigin,
                             reason::clockAhead,
                             reason::outOfScope,
                             reason::appendOnly,
                             localConstraint,
                             errc::notEnrolled,
                             errc::network,
                             errc::timeout,
                             errc::server,
                             errc::unauthorized,
                             errc::revoked,
                             errc::deviceMismatch,
                             errc::enrollCodeInvalid,
                             errc::tls,
                             errc::cancelled,
                             errc::protocol,
                             errc::badUrl,
                             errc::caInvalid,
                             errc::packageWrite})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestSyncClient::reasonTexts()
{
    QFETCH(QString, code);
    const QString text = reasonText(code);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(code), qPrintable(text)); // not the generic fallback
    QVERIFY(reasonText(u"something_new"_s).contains(u"something_new"_s));
}

void TestSyncClient::offlinePackage()
{
    insertPeople(2 * maxBatchRows + 10);
    const QString path = m_dir.filePath(u"package-%1.pdpkg"_s.arg(m_fileCount));
    auto summary = exportPackage(core(), path);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->batches, 3);
    QCOMPARE(summary->rows, 2 * maxBatchRows + 10);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto bytes = gzipDecompress(file.readAll(), 64 << 20);
    QVERIFY(bytes);
    const QCborMap package = decode(*bytes, Format::Cbor).toMap();
    QCOMPARE(package.value(u"v"_s).toInteger(), 1);
    QCOMPARE(package.value(u"kind"_s).toString(), u"phongdich-package"_s);
    QCOMPARE(package.value(u"device"_s).toString(), core().deviceId());
    const QCborArray packaged = package.value(u"batches"_s).toArray();
    const QList<BatchRow> frozen = batches();
    QCOMPARE(packaged.size(), frozen.size());
    for (qsizetype i = 0; i < frozen.size(); ++i) {
        // Byte for byte the body an online push sends.
        QCOMPARE(packaged.at(i).toMap().toCborValue().toCbor(), frozen.at(i).payload);
    }
    // Still pending; a second export writes the same batches.
    QCOMPARE(SyncStateStore(core().database()).load()->pendingBatches, 3);
    QVERIFY(exportPackage(core(), path));
    QCOMPARE(batches().size(), 3);
    QCOMPARE(batches().first().payload, frozen.first().payload);
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_sync_client.moc"
