#pragma once

#include "error.h"
#include "schema.h"

#include <QCoreApplication>

namespace pd::core {

class Database;

// Generates, from the synced tables each module declares, the triggers that
// write `(table, row id, hlc, op)` into `sync_outbox` inside the same
// transaction as the row change, so no write path can forget it. Append-only
// tables get triggers that refuse UPDATE and DELETE.
class ChangeCapture {
    Q_DECLARE_TR_FUNCTIONS(pd::core::ChangeCapture)

public:
    explicit ChangeCapture(Database &database);

    // (Re)creates every trigger; run at each open so a changed declaration
    // takes effect without a migration.
    Status install();
    static QStringList triggerStatements(const SyncedTable &table);

    Result<qint64> pendingCount() const;

private:
    Status checkColumns(const SyncedTable &table) const;

    Database &m_database;
};

// While alive, writes are not captured into the outbox: rows pulled from the
// server must not travel back, and a retention purge is not a change to
// sync. Lives inside a transaction so a crash can never leave capture off.
class CaptureSuspension {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CaptureSuspension)

public:
    enum class Reason {
        RemoteApply, // applying rows pulled from the server
        RetentionPurge, // deleting expired facts; also lifts the append-only guard on DELETE
    };

    CaptureSuspension(Database &database, Reason reason);
    ~CaptureSuspension();
    CaptureSuspension(const CaptureSuspension &) = delete;
    CaptureSuspension &operator=(const CaptureSuspension &) = delete;

    // Empty when the suspension is in force; why not otherwise.
    const std::optional<Error> &error() const { return m_error; }

private:
    Database &m_database;
    QString m_column;
    std::optional<Error> m_error;
};

} // namespace pd::core
