#pragma once

#include "error.h"
#include "wire.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd::core {
class CoreContext;
class JobControl;
} // namespace pd::core

namespace pd::sync {

class LocalTables;

// One push body as frozen in sync_batch: sent, and after any failure sent
// again, byte for byte, so its id is the server's idempotency key.
struct FrozenBatch {
    QString id;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int rowCount = 0;
    int attempts = 0;
    // The body as sent (gzip), when this batch was frozen just now;
    // otherwise empty, and BatchStore::gzipBody() reads it.
    QByteArray gzipBody;
};

// The outbox as frozen batches (sync_batch). Freezing reads each queued
// row's current full state, so ten edits of one row travel as one row; the
// batch covers a contiguous range of outbox entries, and entries captured
// after it go to later batches. Each write is one transaction.
class BatchStore {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::BatchStore)

public:
    // What an acknowledgement recorded.
    struct Acknowledged {
        int accepted = 0; // rows the server applied or already had
        int rejected = 0;
        int conflicts = 0;
    };

    explicit BatchStore(core::CoreContext &core);

    // Freezes every outbox entry not yet in a batch into batches of at most
    // maxBatchRows distinct rows and maxBatchBytes of CBOR, oldest first.
    // Returns the number of batches made.
    core::Result<int> freezePending(core::JobControl *control = nullptr);

    // Freezes one batch from the oldest unfrozen entries (passing over
    // entries with nothing left to send); nothing when none are left.
    core::Result<std::optional<FrozenBatch>> freezeNext(const LocalTables &tables);
    // Outbox entries not yet in a batch.
    core::Result<qint64> unfrozenEntries() const;

    // Batches waiting for an acknowledgement, in outbox order.
    core::Result<QList<FrozenBatch>> pending() const;
    // The push body exactly as frozen, as sent: gzip-compressed CBOR.
    // sync_batch keeps it so: an eighth of the CBOR's size, which the data
    // file writes once when freezing and again when checkpointing. A batch
    // frozen before (CBOR as it is) is compressed here.
    core::Result<QByteArray> gzipBody(const QString &batchId) const;
    // The same push body as CBOR.
    core::Result<QByteArray> payload(const QString &batchId) const;
    core::Status countAttempt(const QString &batchId);

    // The server's answer to `batch`, in one transaction: the batch and its
    // outbox range go, refused rows are kept in sync_failure, the server's
    // clock is merged into the device's.
    core::Result<Acknowledged> acknowledge(const FrozenBatch &batch, const PushResponse &response);

private:
    // The payload column as it is.
    core::Result<QByteArray> storedBody(const QString &batchId) const;

    core::CoreContext &m_core;
};

} // namespace pd::sync
