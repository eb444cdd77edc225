#include "batchstore.h"

#include "clockmerge.h"
#include "corecontext.h"
#include "gzip.h"
#include "jobcontrol.h"
#include "localtables.h"
#include "synclog.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::sync {

namespace {
core::Error queryError(const QSqlQuery &query)
{
    return core::Error {QStringLiteral("sync.batch"), query.lastError().text()};
}

QString rowKey(const QString &table, const QString &id)
{
    return table + QChar(0x1f) + id;
}

// The encoded push body grows by the rows and by the array's length prefix
// (1 byte for up to 23 rows, 3 for up to 65,535); this covers the prefix.
constexpr qsizetype kEnvelopeSlack = 8;
// Outbox entries whose rows are read together.
constexpr qsizetype kEntriesAhead = 256;
} // namespace

BatchStore::BatchStore(core::CoreContext &core) : m_core(core) { }

core::Result<int> BatchStore::freezePending(core::JobControl *control)
{
    auto tables = LocalTables::inspect(m_core.database());
    if (!tables)
        return std::unexpected(tables.error());
    int made = 0;
    for (;;) {
        if (control && control->isCancelled())
            break;
        auto frozen = freezeNext(*tables);
        if (!frozen)
            return std::unexpected(frozen.error());
        if (!*frozen)
            break;
        ++made;
    }
    return made;
}

core::Result<std::optional<FrozenBatch>> BatchStore::freezeNext(const LocalTables &tables)
{
    core::Database &database = m_core.database();
    std::optional<FrozenBatch> frozen;
    bool passedOver = false;
    auto done = database.transaction([&]() -> core::Status {
        // Take the write lock before reading: in WAL mode a transaction that
        // read first and then writes after another connection committed
        // (the app's UI thread saving a person) fails at once instead of
        // waiting. An UPDATE that matches nothing still takes the lock.
        if (auto locked =
                database.exec(QStringLiteral("UPDATE sync_batch SET attempts = attempts WHERE 0"));
            !locked)
            return locked;
        // Batches cover contiguous seq ranges and the outbox only grows
        // upwards, so everything above the last frozen seq is unfrozen.
        // Read on SQLite's own API: QtSql makes a QVariant of each value.
        auto prepared = core::SqliteStatement::prepare(
            database.connection(),
            QStringLiteral("SELECT seq, table_name, row_id, hlc FROM sync_outbox WHERE seq > "
                           "(SELECT COALESCE(MAX(last_seq), 0) FROM sync_batch) ORDER BY seq"));
        if (!prepared)
            return std::unexpected(prepared.error());
        std::optional<core::SqliteStatement> entries(std::move(*prepared));

        const QString batchId = m_core.ids().next();
        const QString deviceId = m_core.deviceId();
        qsizetype bytes = encodePushBody(batchId, deviceId, {}).size() + kEnvelopeSlack;
        LocalRowReader reader(database, deviceId);
        QList<QByteArray> rows; // each encoded as toCbor(const Row &)
        QHash<QString, qsizetype> rowIndex; // table and id → index in rows
        QHash<QString, qint64> tombstoneClock; // rows made here for deletions
        QSet<QString> skipped;
        // A row gone from its table travels as a deletion without values.
        auto tombstone = [&deviceId](const QString &table, const QString &id, qint64 hlc) {
            return encode(toCbor(Row {table, id, hlc, deviceId, true, {}, 0}), Format::Cbor);
        };
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        struct Entry {
            qint64 seq;
            QString tableName;
            QString rowId;
            qint64 hlc;
        };
        QList<Entry> ahead; // the next entries, their rows already read
        qsizetype nextEntry = 0;
        for (;;) {
            if (nextEntry == ahead.size()) {
                ahead.clear();
                nextEntry = 0;
                QList<std::pair<const LocalTables::Table *, QString>> toRead;
                while (entries && ahead.size() < kEntriesAhead) {
                    auto found = entries->next();
                    if (!found)
                        return std::unexpected(found.error());
                    if (!*found) {
                        entries.reset(); // stepped again, it would start over
                        break;
                    }
                    ahead.append({entries->integerAt(0), entries->textAt(1), entries->textAt(2),
                                  entries->integerAt(3)});
                    if (const LocalTables::Table *table = tables.table(ahead.last().tableName))
                        toRead.append({table, ahead.last().rowId});
                }
                if (ahead.isEmpty())
                    break;
                if (auto read = reader.readAhead(toRead); !read)
                    return read;
            }
            const auto &[seq, tableName, rowId, hlc] = ahead.at(nextEntry++);
            const QString key = rowKey(tableName, rowId);

            if (const auto it = rowIndex.constFind(key); it != rowIndex.constEnd()) {
                // Already in this batch in its current state; a tombstone
                // carries the latest deletion's clock.
                if (auto clock = tombstoneClock.find(key);
                    clock != tombstoneClock.end() && hlc > *clock) {
                    *clock = hlc;
                    QByteArray &encoded = rows[*it];
                    bytes -= encoded.size();
                    encoded = tombstone(tableName, rowId, hlc);
                    bytes += encoded.size();
                }
                lastSeq = seq;
                continue;
            }
            if (skipped.contains(key)) {
                lastSeq = seq;
                continue;
            }

            std::optional<QByteArray> encoded;
            const LocalTables::Table *table = tables.table(tableName);
            if (table) {
                auto current = reader.read(*table, rowId);
                if (!current)
                    return std::unexpected(current.error());
                if (!*current) {
                    encoded = tombstone(tableName, rowId, hlc);
                    tombstoneClock.insert(key, hlc);
                } else if ((*current)->madeHere) {
                    encoded = std::move((*current)->cbor);
                }
                // else: a version pulled from the server replaced this
                // device's change before it was sent; the server has it.
            } else {
                qCWarning(lcSync) << "outbox entry of a table that is not synced skipped:"
                                  << tableName;
            }
            if (!encoded) {
                skipped.insert(key);
                if (firstSeq == 0)
                    firstSeq = seq;
                lastSeq = seq;
                continue;
            }

            if (!rows.isEmpty()
                && (rows.size() >= maxBatchRows || bytes + encoded->size() > maxBatchBytes))
                break;
            rowIndex.insert(key, rows.size());
            bytes += encoded->size();
            rows.append(std::move(*encoded));
            if (firstSeq == 0)
                firstSeq = seq;
            lastSeq = seq;
        }
        entries.reset(); // finalized: done reading
        if (firstSeq == 0)
            return {};

        if (rows.isEmpty()) {
            // Nothing to send for these entries (see above): done with them.
            passedOver = true;
            return database.exec(
                QStringLiteral("DELETE FROM sync_outbox WHERE seq BETWEEN ? AND ?"),
                {firstSeq, lastSeq});
        }
        const QByteArray payload = encodePushBody(batchId, deviceId, rows);
        if (payload.size() > maxBatchBytes && rows.size() > 1)
            qCWarning(lcSync) << "batch over the size limit:" << payload.size();
        QByteArray body = gzipCompress(payload);
        if (body.isEmpty()) // zlib could not allocate: nothing is frozen
            return core::fail(QStringLiteral("sync.compress"),
                              tr("The changes could not be compressed for sending."));
        qCInfo(lcSync) << "froze batch" << batchId << "rows" << rows.size() << "bytes"
                       << payload.size() << "compressed" << body.size();
        if (auto stored = database.exec(
                QStringLiteral("INSERT INTO sync_batch(id, first_seq, last_seq, row_count, "
                               "payload, created_at_ms) VALUES(?, ?, ?, ?, ?, ?)"),
                {batchId, firstSeq, lastSeq, int(rows.size()), body, m_core.clock().nowMs()});
            !stored)
            return stored;
        frozen = FrozenBatch {batchId, firstSeq, lastSeq, int(rows.size()), 0, std::move(body)};
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    if (passedOver)
        return freezeNext(tables);
    return frozen;
}

core::Result<qint64> BatchStore::unfrozenEntries() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE seq > (SELECT "
                                   "COALESCE(MAX(last_seq), 0) FROM sync_batch)"))
        || !query.next())
        return std::unexpected(queryError(query));
    return query.value(0).toLongLong();
}

core::Result<QList<FrozenBatch>> BatchStore::pending() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(QStringLiteral("SELECT id, first_seq, last_seq, row_count, attempts FROM "
                                   "sync_batch ORDER BY first_seq")))
        return std::unexpected(queryError(query));
    QList<FrozenBatch> batches;
    while (query.next())
        batches.append(FrozenBatch {query.value(0).toString(),
                                    query.value(1).toLongLong(),
                                    query.value(2).toLongLong(),
                                    query.value(3).toInt(),
                                    query.value(4).toInt(),
                                    {}});
    return batches;
}

core::Result<QByteArray> BatchStore::gzipBody(const QString &batchId) const
{
    auto stored = storedBody(batchId);
    if (!stored || isGzip(*stored))
        return stored;
    return gzipCompress(*stored);
}

core::Result<QByteArray> BatchStore::payload(const QString &batchId) const
{
    auto stored = storedBody(batchId);
    if (!stored || !isGzip(*stored))
        return stored;
    // Frozen here, so it inflates; the limit is only there for a damaged file.
    std::optional<QByteArray> inflated = gzipDecompress(*stored, maxDeviceInflatedBytes);
    if (!inflated)
        return core::fail(QStringLiteral("sync.batch_damaged"),
                          tr("The batch %1 waiting to be sent is damaged.").arg(batchId));
    return *inflated;
}

core::Result<QByteArray> BatchStore::storedBody(const QString &batchId) const
{
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT payload FROM sync_batch WHERE id = ?"));
    query.addBindValue(batchId);
    if (!query.exec())
        return std::unexpected(queryError(query));
    if (!query.next())
        return core::fail(QStringLiteral("sync.no_batch"),
                          tr("The batch %1 is no longer waiting to be sent.").arg(batchId));
    return query.value(0).toByteArray();
}

core::Status BatchStore::countAttempt(const QString &batchId)
{
    core::Database &database = m_core.database();
    return database.transaction([&]() -> core::Status {
        return database.exec(
            QStringLiteral("UPDATE sync_batch SET attempts = attempts + 1 WHERE id = ?"),
            {batchId});
    });
}

core::Result<BatchStore::Acknowledged> BatchStore::acknowledge(const FrozenBatch &batch,
                                                               const PushResponse &response)
{
    Acknowledged result;
    result.rejected = int(response.rejected.size());
    result.accepted = std::max(0, batch.rowCount - result.rejected);
    result.conflicts = response.conflicts;

    // The rejections name rows by table and id; the clock of the refused
    // version is in the frozen body.
    QHash<QString, qint64> hlcOf;
    if (!response.rejected.isEmpty()) {
        auto body = payload(batch.id);
        if (!body)
            return std::unexpected(body.error());
        const QCborArray rows =
            decode(*body, Format::Cbor).toMap().value(QStringLiteral("rows")).toArray();
        for (const QCborValue &value : rows) {
            const QCborMap row = value.toMap();
            hlcOf.insert(rowKey(row.value(QStringLiteral("table")).toString(),
                                row.value(QStringLiteral("id")).toString()),
                         row.value(QStringLiteral("hlc")).toInteger());
        }
    }

    core::Database &database = m_core.database();
    auto done = database.transaction([&]() -> core::Status {
        if (auto ok =
                database.exec(QStringLiteral("DELETE FROM sync_outbox WHERE seq BETWEEN ? AND ?"),
                              {batch.firstSeq, batch.lastSeq});
            !ok)
            return ok;
        if (auto ok =
                database.exec(QStringLiteral("DELETE FROM sync_batch WHERE id = ?"), {batch.id});
            !ok)
            return ok;
        const qint64 nowMs = m_core.clock().nowMs();
        for (const RowRejection &rejection : response.rejected) {
            if (auto ok = database.exec(
                    QStringLiteral(
                        "INSERT INTO sync_failure(table_name, row_id, hlc, code, message, "
                        "batch_id, at_ms) VALUES(?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(table_name, row_id, hlc) DO UPDATE SET code = excluded.code, "
                        "message = excluded.message, batch_id = excluded.batch_id, "
                        "at_ms = excluded.at_ms"),
                    {rejection.table, rejection.id,
                     hlcOf.value(rowKey(rejection.table, rejection.id)), rejection.code,
                     rejection.message, batch.id, nowMs});
                !ok)
                return ok;
        }
        return mergeServerClock(m_core, response.serverHlc);
    });
    if (!done)
        return std::unexpected(done.error());
    qCInfo(lcSync) << "batch" << batch.id << "acknowledged: applied" << response.applied
                   << "unchanged" << response.unchanged << "rejected" << result.rejected
                   << "replayed" << response.replayed;
    return result;
}

} // namespace pd::sync
