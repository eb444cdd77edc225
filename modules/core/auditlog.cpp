#include "auditlog.h"

#include "database.h"
#include "hlc.h"
#include "uuidv7.h"

namespace pd::core {

AuditLog::AuditLog(Database &database, HybridLogicalClock &hlc, UuidV7Generator &ids,
                   const Clock &clock, QString deviceId)
    : m_database(database), m_hlc(hlc), m_ids(ids), m_clock(clock), m_deviceId(std::move(deviceId))
{
}

void AuditLog::setActor(const QString &userId, const QString &username)
{
    m_actorId = userId;
    m_actorName = username;
}

Status AuditLog::record(const QString &action, const QString &entityType, const QString &entityId,
                        const QString &detail)
{
    return m_database.transaction([&]() -> Status {
        auto hlc = m_hlc.now();
        if (!hlc)
            return std::unexpected(hlc.error());
        return m_database.exec(
            QStringLiteral("INSERT INTO audit_log(id, hlc, origin, at_ms, user_id, username, "
                           "action, entity_type, entity_id, detail) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_ids.next(), *hlc, m_deviceId, m_clock.nowMs(),
             m_actorId.isEmpty() ? QVariant() : QVariant(m_actorId),
             m_actorName.isEmpty() ? QVariant() : QVariant(m_actorName), action, entityType,
             entityId, detail});
    });
}

} // namespace pd::core
