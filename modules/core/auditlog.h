#pragma once

#include "error.h"

#include <QString>

namespace pd::core {

class Database;
class HybridLogicalClock;
class UuidV7Generator;
class Clock;

struct AuditEntry {
    QString id;
    qint64 atMs = 0;
    QString userId;
    QString username;
    QString action; // stable key such as "user.create"; translated for display
    QString entityType;
    QString entityId;
    QString detail; // counts and setting names only, never personal values
};

// Writes the append-only, synced `audit_log`. Stores call record() inside
// their own transaction so the record and the change commit together.
class AuditLog {
public:
    AuditLog(Database &database, HybridLogicalClock &hlc, UuidV7Generator &ids, const Clock &clock,
             QString deviceId);

    // The account the entries are attributed to until changed (the logged-in
    // user; empty for the command line before login).
    void setActor(const QString &userId, const QString &username);
    // The account writes are attributed to (stores record it as created_by).
    const QString &actorId() const { return m_actorId; }
    const QString &actorName() const { return m_actorName; }

    Status record(const QString &action, const QString &entityType = {},
                  const QString &entityId = {}, const QString &detail = {});

private:
    Database &m_database;
    HybridLogicalClock &m_hlc;
    UuidV7Generator &m_ids;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_actorId;
    QString m_actorName;
};

} // namespace pd::core
