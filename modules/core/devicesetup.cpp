#include "devicesetup.h"

#include "corecontext.h"

namespace pd::core {

Status setUpDevice(CoreContext &core, const AdminAccount &admin, const DeviceSettings &settings)
{
    if (auto ok = SettingsStore::validate(settings); !ok)
        return ok;
    if (!settings.locationUnitCode.isEmpty() && !core.adminUnits().find(settings.locationUnitCode))
        return fail(
            QStringLiteral("settings.location_unit"),
            QCoreApplication::translate("pd::core::SettingsStore",
                                        "Location: %1 is not a known administrative unit code.")
                .arg(settings.locationUnitCode));
    return core.database().transaction([&]() -> Status {
        auto user =
            core.users().create(admin.username, admin.displayName, admin.password, {Role::Admin});
        if (!user)
            return std::unexpected(user.error());
        core.audit().setActor(user->id, user->username);
        DeviceSettings saved = settings;
        saved.deviceId = core.deviceId();
        if (auto ok = core.settings().save(saved); !ok)
            return ok;
        return core.audit().record(QStringLiteral("device.setup"), QStringLiteral("device"),
                                   core.deviceId());
    });
}

} // namespace pd::core
