#include "pushapplier.h"

#include "devicestore.h"
#include "hlc.h"
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

RowRejection rejection(const Row &row, const char *code, QString message)
{
    return {row.table, row.id, QLatin1String(code), std::move(message)};
}

using Candidate = PushApplier::Candidate;

RowWrite toWrite(const Candidate &candidate, qint64 seq, const UnitPath &unit)
{
    const Row &row = *candidate.row;
    RowWrite write;
    write.table = row.table;
    write.id = row.id;
    write.hlc = row.hlc;
    write.origin = row.origin;
    write.deleted = row.deleted;
    write.data = row.values.toCborValue().toCbor();
    write.seq = seq;
    write.unit = unit;
    const TableSpec &table = *candidate.table;
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
            idsByTable[candidate.row->table] << candidate.row->id;
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

PushApplier::PushApplier(ServerDatabase &database, ServerClock &clock)
    : m_database(database),
      m_clock(clock),
      m_rows(database),
      m_journal(database),
      m_conflicts(m_rows, clock),
      m_statistics(database)
{
}

core::Result<PushResponse> PushApplier::apply(const Device &device, const PushRequest &request)
{
    PushResponse response;
    response.batchId = request.batchId;
    const qint64 nowMs = m_clock.wallMs();

    // Checks that need no database, before the transaction. Several versions
    // of one row in a batch go in as the newest (mutable) or the first
    // (append-only): one multi-row statement may touch a row only once.
    QList<Candidate> winners;
    QList<Candidate> superseded;
    QHash<QString, qsizetype> winnerIndex;
    qint64 newestHlc = 0;
    for (const Row &row : request.rows) {
        if (auto rejected = validateRow(row)) {
            response.rejected << *rejected;
            continue;
        }
        const qint64 aheadMs = core::Hlc::ms(row.hlc) - nowMs;
        if (aheadMs > kMaxAheadMs) {
            response.rejected << rejection(
                row, reason::clockAhead,
                QStringLiteral("hlc is %1 h ahead of the server").arg(aheadMs / (60 * 60 * 1000)));
            continue;
        }
        newestHlc = std::max(newestHlc, row.hlc);
        Candidate candidate {&row, Catalog::v1().table(row.table),
                             RowStore::keyOf(row.table, row.id)};
        const auto found = winnerIndex.constFind(candidate.key);
        if (found == winnerIndex.constEnd()) {
            winnerIndex.insert(candidate.key, winners.size());
            winners << candidate;
            continue;
        }
        Candidate &winner = winners[*found];
        if (!candidate.table->appendOnly
            && newer(row.hlc, row.origin, winner.row->hlc, winner.row->origin))
            std::swap(winner, candidate);
        superseded << candidate;
    }

    Transaction transaction(m_database);
    if (auto status = transaction.begin(); !status)
        return std::unexpected(status.error());
    // The counter first: from here on this push is the only one running, so
    // the replay check and the scope checks below cannot race another push.
    auto firstSeq = m_rows.reserveSeqs(winners.size());
    if (!firstSeq)
        return std::unexpected(firstSeq.error());
    auto seen = m_journal.find(request.batchId);
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
            sentTwice.insert(candidate.key);
    }
    auto before = storedVersions(winners, [&sentTwice](const Candidate &candidate) {
        return sentTwice.contains(candidate.key);
    });
    if (!before)
        return std::unexpected(before.error());

    QList<RowWrite> upserts;
    QList<RowWrite> inserts;
    qint64 seq = *firstSeq;
    for (const Candidate &candidate : std::as_const(winners)) {
        // A new row belongs to the pushing device's unit; an update keeps
        // the stored row's unit (the upsert leaves those columns alone) and
        // happens only inside the device's scope.
        RowWrite write = toWrite(candidate, seq++, device.scope);
        (candidate.table->appendOnly ? inserts : upserts) << write;
    }
    auto written = m_rows.write(upserts, RowStore::WriteMode::Upsert, &device.scope);
    if (!written)
        return std::unexpected(written.error());
    auto insertedOnce = m_rows.write(inserts, RowStore::WriteMode::InsertOnce);
    if (!insertedOnce)
        return std::unexpected(insertedOnce.error());
    written->unite(*insertedOnce);

    auto leftAlone = storedVersions(winners, [&written](const Candidate &candidate) {
        return !candidate.table->appendOnly && !written->contains(candidate.key);
    });
    if (!leftAlone)
        return std::unexpected(leftAlone.error());
    QSet<QString> outOfScope;
    for (const Candidate &candidate : std::as_const(winners)) {
        const auto stored = leftAlone->constFind(candidate.key);
        if (stored != leftAlone->constEnd() && !device.scope.contains(stored->unit)) {
            outOfScope.insert(candidate.key);
            response.rejected << rejection(*candidate.row, reason::outOfScope,
                                           QStringLiteral("the row belongs to another unit"));
        }
    }

    response.applied = int(written->size());
    response.unchanged = int(winners.size() - outOfScope.size() - written->size());
    // An older version sent in the same batch counts as applied when it was
    // newer than what the server had: sent one by one, it would have been.
    for (const Candidate &candidate : std::as_const(superseded)) {
        if (outOfScope.contains(candidate.key)) {
            response.rejected << rejection(*candidate.row, reason::outOfScope,
                                           QStringLiteral("the row belongs to another unit"));
            continue;
        }
        const auto existing = before->constFind(candidate.key);
        const bool wouldApply = !candidate.table->appendOnly && written->contains(candidate.key)
            && (existing == before->constEnd()
                || newer(candidate.row->hlc, candidate.row->origin, existing->hlc,
                         existing->origin));
        ++(wouldApply ? response.applied : response.unchanged);
    }

    // Conflicts among the rows that changed.
    QHash<QString, QList<RowWrite>> matchable;
    for (const RowWrite &write : std::as_const(upserts)) {
        if (!write.matchKey.isEmpty() && written->contains(RowStore::keyOf(write.table, write.id)))
            matchable[write.table] << write;
    }
    for (const RowWrite &write : std::as_const(inserts)) {
        if (!write.matchKey.isEmpty() && written->contains(RowStore::keyOf(write.table, write.id)))
            matchable[write.table] << write;
    }
    for (auto it = matchable.constBegin(); it != matchable.constEnd(); ++it) {
        auto raised = m_conflicts.raise(it.key(), it.value());
        if (!raised)
            return std::unexpected(raised.error());
        response.conflicts += *raised;
    }

    m_clock.observe(newestHlc);
    response.serverHlc = m_clock.now();
    if (auto recorded = m_journal.record(request.batchId, device.id, nowMs,
                                         toCbor(response).toCborValue().toCbor());
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    m_statistics.noteWritten(response.applied + response.conflicts);
    return response;
}

} // namespace pd::sync::server
