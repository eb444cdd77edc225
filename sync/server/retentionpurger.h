#pragma once

#include "error.h"

namespace pd::sync::server {

class ServerDatabase;

// Deletes the rows of tables with a retention column (check-ins, by at_ms)
// once they are older than the province's retention, and notes each purge
// in purge_log (counts only).
class RetentionPurger {
public:
    RetentionPurger(ServerDatabase &database, int retentionDays)
        : m_database(database), m_retentionDays(retentionDays)
    {
    }

    // Rows deleted; 0 days keeps everything.
    core::Result<qint64> purge(qint64 nowMs);
    qint64 cutoffMs(qint64 nowMs) const;

private:
    ServerDatabase &m_database;
    int m_retentionDays;
};

} // namespace pd::sync::server
