#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd::core {
class Database;
}

namespace pd::sync {

// The device's sync state as the status bar and the sync page show it
// (sync_state, plus what is waiting to be sent). The token is not here: it
// never leaves the data file except in the Authorization header.
struct SyncState {
    QString url;
    QString scopeCode;
    int scopeLevel = 0; // 1 province, 2 district, 3 commune; 0 not enrolled
    bool hasToken = false;
    bool hasCaCertificate = false;
    qint64 enrolledAtMs = 0;
    qint64 pullCursor = 0;
    qint64 lastSuccessMs = 0;
    qint64 lastAttemptMs = 0;
    QString lastError; // a stable code (syncerrors.h); empty after a success
    qint64 pendingBatches = 0; // frozen, not yet acknowledged
    qint64 pendingRows = 0; // outbox entries (frozen or not)

    bool enrolled() const { return hasToken && !url.isEmpty(); }
};

// A row the server refused on push, or this device could not store on pull
// (code local_constraint and an empty batchId).
struct SyncFailure {
    qint64 id = 0;
    QString table;
    QString rowId;
    qint64 hlc = 0;
    QString code; // a reason code of docs/SYNC.md, or local_constraint
    QString message; // English detail from the server or SQLite, for logs
    QString batchId;
    qint64 atMs = 0;
};

// What a cycle needs to talk to the server.
struct Credentials {
    QString url;
    QString token;
    QString caCertificate; // PEM; empty: the system's authorities
};

inline constexpr auto localConstraint = "local_constraint";

// Reads and edits sync_state and sync_failure for the GUI and the command
// line. Each write is one transaction.
class SyncStateStore {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::SyncStateStore)

public:
    explicit SyncStateStore(core::Database &database);

    core::Result<SyncState> load() const;
    core::Result<Credentials> credentials() const;

    // Oldest first.
    core::Result<QList<SyncFailure>> failures() const;
    core::Result<qint64> failureCount() const;
    core::Status dismissFailure(qint64 id);
    // Queues the row again (its current state goes in the next batch) if it
    // still exists here, and removes the failure. A row refused on pull is
    // not here to queue: its failure is just removed.
    core::Status retryFailure(qint64 id);
    // Un-enrols: forgets the server, token, scope, certificate and cursor.
    // Changes not yet sent stay queued for whichever server comes next.
    core::Status forget();

    // For the cycle: when it starts, and how it ended (empty code: success).
    core::Status recordAttempt(qint64 atMs);
    core::Status recordResult(qint64 atMs, const QString &errorCode);

private:
    core::Database &m_database;
};

} // namespace pd::sync
