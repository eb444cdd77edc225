#pragma once

#include "batchjournal.h"
#include "conflictdetector.h"
#include "error.h"
#include "plannerstatistics.h"
#include "rowstore.h"
#include "wire.h"

namespace pd::sync::server {

struct Device;
class ServerClock;
class ServerDatabase;

// Applies one push batch for a device (docs/SYNC.md "Push"), online or from
// an offline package: in one transaction, checks whether the batch was seen
// before, stores every row that passes the catalog, clock and scope checks
// (last writer wins on mutable tables, first copy on append-only ones),
// raises conflicts and records the batch with its answer.
class PushApplier {
public:
    // Error codes beyond storage failures.
    static constexpr auto batchOfOtherDevice = "batch_of_other_device";

    // A valid row of a batch with what the catalog says about its table.
    struct Candidate {
        const Row *row = nullptr;
        const TableSpec *table = nullptr;
        QString key; // RowStore::keyOf
    };

    PushApplier(ServerDatabase &database, ServerClock &clock);

    core::Result<PushResponse> apply(const Device &device, const PushRequest &request);
    PlannerStatistics &statistics() { return m_statistics; }

private:
    // Stored versions of the `wanted` candidates, by key.
    core::Result<QHash<QString, StoredVersion>>
    storedVersions(const QList<Candidate> &candidates,
                   const std::function<bool(const Candidate &)> &wanted);

    ServerDatabase &m_database;
    ServerClock &m_clock;
    RowStore m_rows;
    BatchJournal m_journal;
    ConflictDetector m_conflicts;
    PlannerStatistics m_statistics;
};

} // namespace pd::sync::server
