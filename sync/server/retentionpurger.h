#pragma once

#include "error.h"

namespace pd::sync::server {

class ServerDatabase;

// Deletes the rows of tables with a retention column (check-ins, by at_ms)
// once they are older than the province's retention, and notes each purge
// in purge_log (counts only). Also forgets applied batches after
// batchJournalDays: a device re-sends a batch only until it hears the
// answer, and a batch applied again after that changes nothing anyway
// (each row's clock decides).
class RetentionPurger {
public:
    static constexpr int batchJournalDays = 90;

    RetentionPurger(ServerDatabase &database, int retentionDays)
        : m_database(database), m_retentionDays(retentionDays)
    {
    }

    // Synced rows deleted; 0 days keeps every synced row.
    core::Result<qint64> purge(qint64 nowMs);
    qint64 cutoffMs(qint64 nowMs) const;

private:
    ServerDatabase &m_database;
    int m_retentionDays;
};

} // namespace pd::sync::server
