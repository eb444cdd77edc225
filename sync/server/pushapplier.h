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

// A push batch checked and laid out as it will be stored: everything that
// needs no database. The HTTP thread does it while the push thread writes
// the batch before, and frees the decoded values, so the push thread only
// writes.
struct PreparedPush {
    // A row that passed the checks, with what the catalog says of its table.
    struct Candidate {
        RowWrite write; // seq is given when written; data only for winners
        const TableSpec *table = nullptr;
    };

    QString batchId;
    QList<RowRejection> rejected;
    // One version per row: several versions of a row in a batch go in as
    // the newest (mutable) or the first (append-only), because one
    // multi-row statement may touch a row only once.
    QList<Candidate> winners;
    QList<Candidate> superseded; // the other versions
    qint64 newestHlc = 0;
};

// Applies one push batch for a device (docs/SYNC.md "Push"), online or from
// an offline package: in one transaction, checks whether the batch was seen
// before, stores every row that passes the catalog, clock and scope checks
// (last writer wins on mutable tables, first copy on append-only ones),
// raises conflicts and records the batch with its answer.
class PushApplier {
public:
    // Error codes beyond storage failures.
    static constexpr auto batchOfOtherDevice = "batch_of_other_device";

    PushApplier(ServerDatabase &database, ServerClock &clock,
                ConflictDetector::StoredKeys storedKeys = ConflictDetector::StoredKeys::Filtered);

    // The checks that need no database, at the server time `nowMs`, and
    // the rows laid out as `dialect`'s writes take them.
    static PreparedPush prepare(const Device &device, const PushRequest &request, qint64 nowMs,
                                Dialect dialect);
    // The same from a CBOR push body, read without decoding its rows into
    // Rows: a row valid as it stands is laid out as it is read, its values
    // stored as the bytes the device sent; any other row is decoded and
    // checked as prepare() checks it. Nothing when the body is not a push
    // of `device` that decodes: the whole decoder then says what is wrong.
    static std::optional<PreparedPush> prepareFromCbor(const Device &device, const QByteArray &body,
                                                       qint64 nowMs, Dialect dialect);
    // Gives `batch`'s rows their sequence numbers as it writes them.
    core::Result<PushResponse> apply(const Device &device, PreparedPush &batch);
    core::Result<PushResponse> apply(const Device &device, const PushRequest &request);
    PlannerStatistics &statistics() { return m_statistics; }
    // After the connection was lost and opened again.
    void reconnected() { m_conflicts.forgetStoredKeys(); }

private:
    using Candidate = PreparedPush::Candidate;

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
