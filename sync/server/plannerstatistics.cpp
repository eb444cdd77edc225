#include "plannerstatistics.h"

#include "serverdatabase.h"
#include "serverlog.h"

namespace pd::sync::server {

core::Status PlannerStatistics::refreshIfUnknown()
{
    if (m_database.dialect() != Dialect::Postgres)
        return {};
    // reltuples is -1 until the table was first analyzed (PostgreSQL 14+).
    auto known = m_database.exec(
        QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'sync_row'::regclass"));
    if (!known)
        return std::unexpected(known.error());
    const qint64 rows = known->next() ? qint64(known->value(0).toDouble()) : -1;
    if (rows >= 0) {
        m_rowsAtAnalyze = rows;
        return {};
    }
    return analyze();
}

void PlannerStatistics::noteWritten(qint64 rows)
{
    if (m_database.dialect() != Dialect::Postgres || rows <= 0)
        return;
    m_rowsSince += rows;
    if (m_rowsSince < std::max(minRowsBetween, m_rowsAtAnalyze))
        return;
    if (auto status = analyze(); !status)
        qCWarning(lcServer).noquote() << "ANALYZE sync_row failed:" << status.error().message;
}

core::Status PlannerStatistics::analyze()
{
    // A sample of 3,000 rows instead of 30,000: the plans here only need the
    // table's size and rough value counts (the same plans came out on
    // 200,000 rows), and this runs on the push thread between two batches:
    // 14 ms against 250–350 ms there. Autovacuum's own ANALYZE refines them
    // later with the full sample.
    if (auto set = m_database.exec(QStringLiteral("SET default_statistics_target TO 10")); !set)
        return std::unexpected(set.error());
    auto done = m_database.exec(QStringLiteral("ANALYZE sync_row"));
    if (auto reset = m_database.exec(QStringLiteral("RESET default_statistics_target")); !reset)
        return std::unexpected(reset.error());
    if (!done)
        return std::unexpected(done.error());
    auto counted = m_database.exec(
        QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'sync_row'::regclass"));
    if (!counted)
        return std::unexpected(counted.error());
    m_rowsAtAnalyze =
        counted->next() ? std::max<qint64>(0, qint64(counted->value(0).toDouble())) : 0;
    m_rowsSince = 0;
    return {};
}

} // namespace pd::sync::server
