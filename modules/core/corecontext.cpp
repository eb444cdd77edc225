#include "corecontext.h"

#include "changecapture.h"
#include "passwordhasher.h"

namespace pd::core {

CoreContext::CoreContext(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database)),
      m_clock(clock),
      m_hlc(*m_database, clock),
      m_ids(clock),
      m_settings(*m_database),
      m_adminUnits(*m_database)
{
}

Result<std::unique_ptr<CoreContext>>
CoreContext::open(const QString &path, const QList<ModuleSchema> &modules, const Clock &clock)
{
    if (!PasswordHasher::selfTest())
        return fail(QStringLiteral("crypto.self_test"),
                    tr("The password library failed its self-test; PhongDich cannot run safely on "
                       "this machine."));

    auto database = Database::open(path, modules);
    if (!database)
        return std::unexpected(database.error());

    std::unique_ptr<CoreContext> context(new CoreContext(std::move(*database), clock));
    if (auto ok = context->m_hlc.load(); !ok)
        return std::unexpected(ok.error());

    auto deviceId = context->m_settings.value(QStringLiteral("device.id"));
    if (!deviceId)
        return std::unexpected(deviceId.error());
    if (deviceId->isEmpty()) {
        *deviceId = context->m_ids.next();
        if (auto ok = context->m_settings.setValue(QStringLiteral("device.id"), *deviceId); !ok)
            return std::unexpected(ok.error());
    }
    context->m_deviceId = *deviceId;
    context->m_audit = std::make_unique<AuditLog>(*context->m_database, context->m_hlc,
                                                  context->m_ids, clock, context->m_deviceId);
    context->m_users =
        std::make_unique<UserStore>(*context->m_database, *context->m_audit, context->m_ids, clock);

    if (auto ok = context->m_adminUnits.ensureLoaded(); !ok)
        return std::unexpected(ok.error());
    return context;
}

Status CoreContext::saveSettings(const DeviceSettings &settings)
{
    return m_database->transaction([&]() -> Status {
        if (auto ok = m_settings.save(settings); !ok)
            return ok;
        return m_audit->record(QStringLiteral("settings.save"), QStringLiteral("device"),
                               m_deviceId);
    });
}

Result<qint64> CoreContext::pendingChanges() const
{
    return ChangeCapture(*m_database).pendingCount();
}

} // namespace pd::core
