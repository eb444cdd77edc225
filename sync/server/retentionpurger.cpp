#include "retentionpurger.h"

#include "catalog.h"
#include "serverdatabase.h"
#include "serverlog.h"

#include <QDateTime>

namespace pd::sync::server {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
}

qint64 RetentionPurger::cutoffMs(qint64 nowMs) const
{
    return nowMs - m_retentionDays * kDayMs;
}

core::Result<qint64> RetentionPurger::purge(qint64 nowMs)
{
    const qint64 journalCutoff = nowMs - batchJournalDays * kDayMs;
    auto forgotten = m_database.exec(
        QStringLiteral("DELETE FROM applied_batch WHERE applied_at_ms < ?"), {journalCutoff});
    if (!forgotten)
        return std::unexpected(forgotten.error());
    if (const qint64 batches = forgotten->numRowsAffected(); batches > 0)
        qCInfo(lcServer).noquote()
            << QStringLiteral("retention: forgot %1 applied batches older than %2 days")
                   .arg(batches)
                   .arg(batchJournalDays);

    if (m_retentionDays <= 0)
        return 0;
    const qint64 cutoff = cutoffMs(nowMs);
    qint64 total = 0;
    for (const TableSpec &table : Catalog::v1().tables()) {
        if (table.retentionColumn.isEmpty())
            continue;
        Transaction transaction(m_database);
        if (auto status = transaction.begin(); !status)
            return std::unexpected(status.error());
        auto deleted = m_database.exec(
            QStringLiteral("DELETE FROM sync_row WHERE tbl = ? AND event_ms <> 0 AND event_ms < ?"),
            {table.name, cutoff});
        if (!deleted)
            return std::unexpected(deleted.error());
        const qint64 rows = deleted->numRowsAffected();
        if (auto logged =
                m_database.exec(QStringLiteral("INSERT INTO purge_log (at_ms, tbl, "
                                               "cutoff_ms, row_count) VALUES (?, ?, ?, ?)"),
                                {nowMs, table.name, cutoff, rows});
            !logged)
            return std::unexpected(logged.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        total += rows;
        qCInfo(lcServer).noquote()
            << QStringLiteral("retention: purged %1 %2 rows older than %3 (%4 days)")
                   .arg(rows)
                   .arg(table.name,
                        QDateTime::fromMSecsSinceEpoch(cutoff, Qt::UTC).toString(Qt::ISODate))
                   .arg(m_retentionDays);
    }
    return total;
}

} // namespace pd::sync::server
