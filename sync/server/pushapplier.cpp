#include "pushapplier.h"

#include "devicestore.h"
#include "hlc.h"
#include "rowreader.h"
#include "serverclock.h"
#include "serverdatabase.h"

namespace pd::sync::server {

namespace {
// docs/SYNC.md: a row more than 24 h ahead of the server's clock is refused,
// the same limit devices apply to timestamps they receive.
constexpr qint64 kMaxAheadMs = core::HybridLogicalClock::maxRemoteAheadMs;

bool newer(qint64 hlc, const QString &origin, qint64 otherHlc, const QString &otherOrigin)
{
    return hlc != otherHlc ? hlc > otherHlc : origin > otherOrigin;
}

template<typename RowLike>
RowRejection rejection(const RowLike &row, const char *code, QString message)
{
    return {row.table, row.id, QLatin1String(code), std::move(message)};
}

using Candidate = PreparedPush::Candidate;

// `row` as stored, for a new row in `unit`.
RowWrite toWrite(const Row &row, const TableSpec &table, const UnitPath &unit)
{
    RowWrite write {
        row.table, row.id, row.hlc, row.origin, row.deleted, row.values.toCborValue().toCbor(), 0,
        unit,      {},     0,       {},         false,       RowStore::keyOf(row.table, row.id)};
    if (!row.deleted && !table.matchColumn.isEmpty()) {
        const QCborValue match = row.values.value(table.matchColumn);
        if (match.isString())
            write.matchKey = match.toString();
    }
    // At least 1: the retention index holds only rows with an event time,
    // and a row with a zero time is still purged.
    if (!table.retentionColumn.isEmpty())
        write.eventMs = std::max<qint64>(1, row.values.value(table.retentionColumn).toInteger(0));
    return write;
}
} // namespace

core::Result<QHash<QString, StoredVersion>>
PushApplier::storedVersions(const QList<Candidate> &candidates,
                            const std::function<bool(const Candidate &)> &wanted)
{
    QHash<QString, QStringList> idsByTable;
    for (const Candidate &candidate : candidates) {
        if (wanted(candidate))
            idsByTable[candidate.write.table] << candidate.write.id;
    }
    QHash<QString, StoredVersion> stored;
    for (auto it = idsByTable.constBegin(); it != idsByTable.constEnd(); ++it) {
        auto versions = m_rows.versions(it.key(), it.value());
        if (!versions)
            return std::unexpected(versions.error());
        for (auto version = versions->constBegin(); version != versions->constEnd(); ++version)
            stored.insert(RowStore::keyOf(it.key(), version.key()), version.value());
    }
    return stored;
}

PushApplier::PushApplier(ServerDatabase &database, ServerClock &clock,
                         ConflictDetector::StoredKeys storedKeys)
    : m_database(database),
      m_clock(clock),
      m_rows(database),
      m_journal(database),
      m_conflicts(m_rows, clock, storedKeys),
      m_statistics(database)
{
}

namespace {
// A batch's rows as they pass the checks that need no database, in order:
// refused rows with their reasons, and one version per row.
class BatchIntake {
public:
    BatchIntake(PreparedPush &prepared, const Device &device, qint64 nowMs)
        : m_prepared(prepared), m_device(device), m_nowMs(nowMs)
    {
    }

    void add(const Row &row)
    {
        if (auto rejected = validateRow(row)) {
            m_prepared.rejected << *rejected;
            return;
        }
        if (ahead(row))
            return;
        const TableSpec *table = Catalog::v1().table(row.table);
        addChecked({toWrite(row, *table, m_device.scope), table});
    }

    // False when the row's clock is too far ahead; add() then refuses it.
    bool addStreamed(const StreamedRow &row, const QByteArray &body)
    {
        if (core::Hlc::ms(row.hlc) - m_nowMs > kMaxAheadMs)
            return false;
        const TableSpec &table = *row.table;
        RowWrite write {table.name,
                        row.id,
                        row.hlc,
                        row.origin,
                        row.deleted,
                        body.sliced(row.valuesStart, row.valuesEnd - row.valuesStart),
                        0,
                        m_device.scope,
                        {},
                        0,
                        {},
                        false,
                        RowStore::keyOf(table.name, row.id)};
        // As toWrite() takes them from the decoded values (at least 1: see
        // there).
        const auto valueOf = [&table, &row](const QString &column) {
            const ColumnSpec *spec = table.column(column);
            return spec ? row.values.at(spec - table.columns.constData()) : StreamedValue();
        };
        if (!row.deleted && !table.matchColumn.isEmpty()) {
            const StreamedValue match = valueOf(table.matchColumn);
            if (match.kind == StreamedValue::Kind::Text)
                write.matchKey = QString::fromUtf8(match.text);
        }
        if (!table.retentionColumn.isEmpty())
            write.eventMs = std::max<qint64>(1, valueOf(table.retentionColumn).integer);
        addChecked({std::move(write), &table});
        return true;
    }

    void finish(Dialect dialect)
    {
        if (!RowStore::copies(dialect))
            return;
        for (Candidate &winner : m_prepared.winners)
            RowStore::prepareCopy(winner.write);
    }

private:
    bool ahead(const Row &row)
    {
        const qint64 aheadMs = core::Hlc::ms(row.hlc) - m_nowMs;
        if (aheadMs <= kMaxAheadMs)
            return false;
        m_prepared.rejected << rejection(
            row, reason::clockAhead,
            QStringLiteral("hlc is %1 h ahead of the server").arg(aheadMs / (60 * 60 * 1000)));
        return true;
    }

    void addChecked(Candidate candidate)
    {
        m_prepared.newestHlc = std::max(m_prepared.newestHlc, candidate.write.hlc);
        const auto found = m_winnerIndex.constFind(candidate.write.key);
        if (found == m_winnerIndex.constEnd()) {
            m_winnerIndex.insert(candidate.write.key, m_prepared.winners.size());
            m_prepared.winners << std::move(candidate);
            return;
        }
        Candidate &winner = m_prepared.winners[*found];
        if (!candidate.table->appendOnly
            && newer(candidate.write.hlc, candidate.write.origin, winner.write.hlc,
                     winner.write.origin))
            std::swap(winner, candidate);
        candidate.write.data.clear(); // only the version is needed
        m_prepared.superseded << std::move(candidate);
    }

    PreparedPush &m_prepared;
    const Device &m_device;
    const qint64 m_nowMs;
    QHash<QString, qsizetype> m_winnerIndex;
};
} // namespace

PreparedPush PushApplier::prepare(const Device &device, const PushRequest &request, qint64 nowMs,
                                  Dialect dialect)
{
    PreparedPush prepared;
    prepared.batchId = request.batchId;
    BatchIntake intake(prepared, device, nowMs);
    for (const Row &row : request.rows)
        intake.add(row);
    intake.finish(dialect);
    return prepared;
}

std::optional<PreparedPush> PushApplier::prepareFromCbor(const Device &device,
                                                         const QByteArray &body, qint64 nowMs,
                                                         Dialect dialect)
{
    PreparedPush prepared;
    BatchIntake intake(prepared, device, nowMs);
    CborReader reader(body);
    bool haveVersion = false, haveBatch = false, haveDevice = false, haveRows = false;
    const bool read = readMap(reader, [&](QByteArrayView key) {
        if (key == "v") {
            qint64 version = 0;
            return takeOnce(haveVersion,
                            readInteger(reader, version) && version == protocolVersion);
        }
        QByteArrayView text;
        if (key == "batch") {
            if (!readUtf8(reader, text) || text.isEmpty())
                return false;
            prepared.batchId = QString::fromUtf8(text);
            return takeOnce(haveBatch, true);
        }
        // Another device's id is answered by the whole decoder (403).
        if (key == "device")
            return takeOnce(haveDevice,
                            readUtf8(reader, text) && QString::fromUtf8(text) == device.id);
        if (key != "rows" || !reader.isArray() || !reader.isLengthKnown()
            || reader.length() > quint64(maxBatchRows))
            return false; // a key of a later version: decoded whole
        const bool rows = readRows(
            reader, body, Catalog::v1(),
            [&](qsizetype, qsizetype, const StreamedRow &row) {
                return intake.addStreamed(row, body);
            },
            // Anything else is decoded and checked as prepare() does.
            [&](qsizetype, qsizetype, const Row &row) { intake.add(row); });
        return takeOnce(haveRows, rows);
    });
    if (!read || !haveVersion || !haveBatch || !haveDevice || !haveRows)
        return std::nullopt;
    intake.finish(dialect);
    return prepared;
}

core::Result<PushResponse> PushApplier::apply(const Device &device, const PushRequest &request)
{
    PreparedPush prepared = prepare(device, request, m_clock.wallMs(), m_database.dialect());
    return apply(device, prepared);
}

core::Result<PushResponse> PushApplier::apply(const Device &device, PreparedPush &batch)
{
    PushResponse response;
    response.batchId = batch.batchId;
    response.rejected = batch.rejected;
    const QList<Candidate> &winners = batch.winners;
    const QList<Candidate> &superseded = batch.superseded;

    if (auto status = m_conflicts.prepareFilter(); !status)
        return std::unexpected(status.error());
    Transaction transaction(m_database);
    if (auto status = transaction.begin(); !status)
        return std::unexpected(status.error());
    // The counter first: from here on this push is the only one running, so
    // the replay check and the scope checks below cannot race another push.
    auto firstSeq = m_rows.reserveSeqs(winners.size());
    if (!firstSeq)
        return std::unexpected(firstSeq.error());
    if (auto status = m_conflicts.catchUp(*firstSeq); !status)
        return std::unexpected(status.error());
    auto seen = m_journal.find(batch.batchId);
    if (!seen)
        return std::unexpected(seen.error());
    if (*seen) {
        transaction.rollback();
        if ((*seen)->deviceId != device.id)
            return core::fail(
                QLatin1String(batchOfOtherDevice),
                QStringLiteral("push.batch: this id belongs to another device's batch"));
        auto stored = pushResponseFromCbor(QCborValue::fromCbor((*seen)->response));
        if (!stored)
            return core::fail(QStringLiteral("db.batch"), stored.error);
        stored.value->replayed = true;
        stored.value->serverHlc = m_clock.now();
        return *stored.value;
    }

    // Stored versions are read only where the answer depends on them: rows
    // sent twice in this batch (was the older copy an update too?) before
    // writing, and rows the upsert left alone (older, or another unit's?)
    // after. A batch of new rows reads none.
    QSet<QString> sentTwice;
    for (const Candidate &candidate : std::as_const(superseded)) {
        if (!candidate.table->appendOnly)
            sentTwice.insert(candidate.write.key);
    }
    auto before = storedVersions(winners, [&sentTwice](const Candidate &candidate) {
        return sentTwice.contains(candidate.write.key);
    });
    if (!before)
        return std::unexpected(before.error());

    QList<const RowWrite *> upserts;
    QList<const RowWrite *> inserts;
    qint64 seq = *firstSeq;
    for (Candidate &candidate : batch.winners) {
        // A new row belongs to the pushing device's unit; an update keeps
        // the stored row's unit (the upsert leaves those columns alone) and
        // happens only inside the device's scope.
        candidate.write.seq = seq++;
        (candidate.table->appendOnly ? inserts : upserts) << &candidate.write;
    }
    QSet<QString> copied;
    auto written = m_rows.write(upserts, inserts, &device.scope, &copied);
    if (!written)
        return std::unexpected(written.error());

    auto leftAlone = storedVersions(winners, [&written](const Candidate &candidate) {
        return !candidate.table->appendOnly && !written->contains(candidate.write.key);
    });
    if (!leftAlone)
        return std::unexpected(leftAlone.error());
    QSet<QString> outOfScope;
    for (const Candidate &candidate : std::as_const(winners)) {
        const auto stored = leftAlone->constFind(candidate.write.key);
        if (stored != leftAlone->constEnd() && !device.scope.contains(stored->unit)) {
            outOfScope.insert(candidate.write.key);
            response.rejected << rejection(candidate.write, reason::outOfScope,
                                           QStringLiteral("the row belongs to another unit"));
        }
    }

    response.applied = int(written->size());
    response.unchanged = int(winners.size() - outOfScope.size() - written->size());
    // An older version sent in the same batch counts as applied when it was
    // newer than what the server had: sent one by one, it would have been.
    for (const Candidate &candidate : std::as_const(superseded)) {
        if (outOfScope.contains(candidate.write.key)) {
            response.rejected << rejection(candidate.write, reason::outOfScope,
                                           QStringLiteral("the row belongs to another unit"));
            continue;
        }
        const auto existing = before->constFind(candidate.write.key);
        const bool wouldApply = !candidate.table->appendOnly
            && written->contains(candidate.write.key)
            && (existing == before->constEnd()
                || newer(candidate.write.hlc, candidate.write.origin, existing->hlc,
                         existing->origin));
        ++(wouldApply ? response.applied : response.unchanged);
    }

    // Conflicts among the rows that changed.
    QHash<QString, QList<const RowWrite *>> matchable;
    for (const Candidate &candidate : winners) {
        const RowWrite &write = candidate.write;
        if (!write.matchKey.isEmpty() && written->contains(write.key))
            matchable[write.table] << &write;
    }
    for (auto it = matchable.constBegin(); it != matchable.constEnd(); ++it) {
        auto raised = m_conflicts.raise(it.key(), it.value(), *firstSeq, copied);
        if (!raised)
            return std::unexpected(raised.error());
        response.conflicts += *raised;
    }

    m_clock.observe(batch.newestHlc);
    response.serverHlc = m_clock.now();
    if (auto recorded = m_journal.record(batch.batchId, device.id, m_clock.wallMs(),
                                         toCbor(response).toCborValue().toCbor());
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    m_conflicts.pushCommitted(*firstSeq, m_rows.lastReservedSeq() + 1);
    m_statistics.noteWritten(response.applied + response.conflicts);
    return response;
}

} // namespace pd::sync::server
