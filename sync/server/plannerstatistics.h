#pragma once

#include "error.h"

namespace pd::sync::server {

class ServerDatabase;

// Keeps PostgreSQL's statistics of sync_row in step while the table grows
// fast. Without them the planner guesses that a 500-value IN list matches
// most of the table and scans it whole: a new province's first pushes ran
// ten times slower than later ones. Autovacuum catches up only after a
// minute, so the server runs ANALYZE itself each time the table has doubled
// since the last one (a sample of fixed size: a fraction of a second).
// SQLite plans these queries by their indexes without statistics.
class PlannerStatistics {
public:
    static constexpr qint64 minRowsBetween = 5000;

    explicit PlannerStatistics(ServerDatabase &database) : m_database(database) { }

    // At start: analyzes a table PostgreSQL has no statistics for yet.
    core::Status refreshIfUnknown();
    // After a commit: `rows` more rows were written.
    void noteWritten(qint64 rows);

private:
    core::Status analyze();

    ServerDatabase &m_database;
    qint64 m_rowsAtAnalyze = 0;
    qint64 m_rowsSince = 0;
};

} // namespace pd::sync::server
