#include "conflictdetector.h"

#include "catalog.h"
#include "serverclock.h"

#include <QCborMap>

#include <algorithm>
#include <set>

namespace pd::sync::server {

namespace {
constexpr auto kServerOrigin = "server";

QString groupKey(const QString &province, const QString &matchKey)
{
    return province + QLatin1Char('/') + matchKey;
}
} // namespace

QString ConflictDetector::conflictId(const QString &table, const QString &firstId,
                                     const QString &secondId)
{
    const QString name = QLatin1String(conflict::duplicatePerson) + QLatin1Char(':') + table
        + QLatin1Char(':') + firstId + QLatin1Char(':') + secondId;
    return QUuid::createUuidV5(idNamespace(), name).toString(QUuid::WithoutBraces);
}

core::Status ConflictDetector::prepareFilter()
{
    if (m_storedKeys == StoredKeys::AskDatabase || (m_filter && !m_filter->full()))
        return {};
    // Every row numbered up to the committed counter is committed and seen
    // by the reads after it; catchUp() reads the rows numbered later.
    auto committed = m_rows.committedSeq();
    if (!committed)
        return std::unexpected(committed.error());
    // Room for twice the keys there are, and for a province's first
    // million people (1.5 MB), so it is rebuilt seldom: a new province's
    // pushes rebuilt it six times in their first 100,000. Counted first
    // rather than held twice.
    constexpr qsizetype kLeastCapacity = 1'000'000;
    auto count = m_rows.matchKeyCount();
    if (!count)
        return std::unexpected(count.error());
    m_filter.reset();
    MatchKeyFilter filter(std::max(2 * *count, kLeastCapacity));
    auto status = m_rows.allMatchKeys(
        [&filter](const QString &table, const QString &key) { filter.add(table, key); });
    if (!status)
        return status;
    m_filter = std::move(filter);
    m_filterBelowSeq = *committed + 1;
    return {};
}

core::Status ConflictDetector::catchUp(qint64 pushSeq)
{
    if (!m_filter)
        return {};
    // A counter below what was seen: a database restored from a backup.
    // This push asks the database; the next fills the filter again.
    if (pushSeq < m_filterBelowSeq) {
        m_filter.reset();
        return {};
    }
    if (pushSeq == m_filterBelowSeq)
        return {};
    auto status = m_rows.matchKeysBetween(
        m_filterBelowSeq, pushSeq,
        [this](const QString &table, const QString &key) { m_filter->add(table, key); });
    if (!status)
        return status;
    m_filterBelowSeq = pushSeq;
    return {};
}

void ConflictDetector::pushCommitted(qint64 pushSeq, qint64 nextSeq)
{
    if (m_filter && pushSeq == m_filterBelowSeq)
        m_filterBelowSeq = nextSeq;
}

core::Result<int> ConflictDetector::raise(const QString &table,
                                          const QList<const RowWrite *> &applied, qint64 pushSeq,
                                          const QSet<QString> &copied)
{
    if (applied.isEmpty())
        return 0;
    // Without a filter caught up to this push, every key is asked for.
    const bool filtered = m_filter && m_filterBelowSeq == pushSeq;
    QStringList storedKeys; // those that may be stored before this push
    QSet<QString> seenKeys;
    QStringList updatedIds;
    for (const RowWrite *row : applied) {
        if (!seenKeys.contains(row->matchKey)) {
            seenKeys.insert(row->matchKey);
            if (!filtered || m_filter->mayContain(table, row->matchKey))
                storedKeys << row->matchKey;
        }
        if (!copied.contains(row->key))
            updatedIds << row->id;
    }
    if (m_filter) {
        for (const QString &key : std::as_const(seenKeys))
            m_filter->add(table, key);
    }
    // The live rows with these keys: those stored before this push, and
    // this push's own as stored. Asking only for the former spares the
    // database a visit to each of a batch's new rows (it knows nothing of
    // them that the push does not). A new row is stored under the unit it
    // was written with; an updated one kept its stored unit.
    core::Result<QList<MatchedRow>> matches;
    if (!storedKeys.isEmpty())
        matches = m_rows.liveMatches(table, storedKeys, pushSeq);
    if (!matches)
        return std::unexpected(matches.error());
    QHash<QString, StoredVersion> updated;
    if (!updatedIds.isEmpty()) {
        auto stored = m_rows.versions(table, updatedIds);
        if (!stored)
            return std::unexpected(stored.error());
        updated = std::move(*stored);
    }
    for (const RowWrite *row : applied) {
        const auto stored = updated.constFind(row->id);
        matches->append(
            {row->id, row->matchKey, stored == updated.constEnd() ? row->unit : stored->unit});
    }
    QHash<QString, QList<const MatchedRow *>> byGroup;
    QHash<QString, const MatchedRow *> byId;
    for (const MatchedRow &match : *matches) {
        byGroup[groupKey(match.unit.province, match.matchKey)].append(&match);
        byId.insert(match.id, &match);
    }

    std::set<std::pair<QString, QString>> pairs;
    for (const RowWrite *row : applied) {
        const MatchedRow *self = byId.value(row->id);
        if (!self)
            continue;
        for (const MatchedRow *other :
             byGroup.value(groupKey(self->unit.province, row->matchKey))) {
            if (other->id != row->id)
                pairs.insert(std::minmax(row->id, other->id));
        }
    }
    if (pairs.empty())
        return 0;

    auto firstSeq = m_rows.reserveSeqs(qint64(pairs.size()));
    if (!firstSeq)
        return std::unexpected(firstSeq.error());
    const qint64 nowMs = m_clock.wallMs();
    QList<RowWrite> conflicts;
    qint64 seq = *firstSeq;
    for (const auto &[firstId, secondId] : pairs) {
        const QCborMap values {
            {QStringLiteral("kind"), QLatin1String(conflict::duplicatePerson)},
            {QStringLiteral("table_name"), table},
            {QStringLiteral("first_id"), firstId},
            {QStringLiteral("second_id"), secondId},
            {QStringLiteral("detected_at_ms"), nowMs},
            {QStringLiteral("status"), QLatin1String(conflict::open)},
            {QStringLiteral("resolution"), QString()},
            {QStringLiteral("kept_id"), QString()},
            {QStringLiteral("resolved_by"), QString()},
            {QStringLiteral("resolved_at_ms"), 0},
            {QStringLiteral("note"), QString()},
        };
        RowWrite row;
        row.table = QLatin1String(conflict::table);
        row.id = conflictId(table, firstId, secondId);
        row.key = RowStore::keyOf(row.table, row.id);
        row.hlc = m_clock.now();
        row.origin = QLatin1String(kServerOrigin);
        row.data = values.toCborValue().toCbor();
        row.seq = seq++;
        // The first row's unit: the clerks who see that row see the conflict.
        row.unit = byId.value(firstId)->unit;
        conflicts << row;
    }
    QList<const RowWrite *> inserts;
    for (const RowWrite &conflict : std::as_const(conflicts))
        inserts << &conflict;
    auto written = m_rows.write({}, inserts);
    if (!written)
        return std::unexpected(written.error());
    return int(written->size());
}

} // namespace pd::sync::server
