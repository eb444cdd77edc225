#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd::sync::server {

class ServerDatabase;

// The batches already applied (table applied_batch) with the answer each
// got: the idempotency of push (docs/SYNC.md "Push"). Written in the push's
// own transaction, so a batch is either applied and recorded or neither.
class BatchJournal {
public:
    struct Entry {
        QString deviceId;
        QByteArray response; // the PushResponse as CBOR
    };

    explicit BatchJournal(ServerDatabase &database) : m_database(database) { }

    core::Result<std::optional<Entry>> find(const QString &batchId);
    core::Status record(const QString &batchId, const QString &deviceId, qint64 atMs,
                        const QByteArray &response);

private:
    ServerDatabase &m_database;
};

} // namespace pd::sync::server
