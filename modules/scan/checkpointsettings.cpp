#include "checkpointsettings.h"

#include "database.h"
#include "settingsstore.h"

namespace pd::scan {

namespace {
constexpr auto kEntryExit = "checkpoint.entry_exit";
constexpr auto kMaxStayHours = "checkpoint.max_stay_hours";
} // namespace

core::Result<CheckpointSettings> CheckpointSettings::load(core::Database &database)
{
    const core::SettingsStore store(database);
    CheckpointSettings settings;
    auto entryExit = store.value(QLatin1String(kEntryExit), QStringLiteral("0"));
    auto maxStay = store.value(QLatin1String(kMaxStayHours), QString::number(defaultMaxStayHours));
    if (!entryExit)
        return std::unexpected(entryExit.error());
    if (!maxStay)
        return std::unexpected(maxStay.error());
    settings.entryExit = *entryExit == QLatin1String("1");
    bool ok = false;
    const int hours = maxStay->toInt(&ok);
    settings.maxStayHours = ok && hours >= 1 && hours <= 72 ? hours : defaultMaxStayHours;
    return settings;
}

core::Status CheckpointSettings::validate(const CheckpointSettings &settings)
{
    if (settings.maxStayHours < 1 || settings.maxStayHours > 72)
        return core::fail(QStringLiteral("checkpoint.max_stay_hours"),
                          tr("Close visits after (hours): enter a number from 1 to 72."));
    return {};
}

core::Status CheckpointSettings::save(core::Database &database) const
{
    if (auto ok = validate(*this); !ok)
        return ok;
    core::SettingsStore store(database);
    return database.transaction([&]() -> core::Status {
        if (auto ok = store.setValue(QLatin1String(kEntryExit),
                                     entryExit ? QStringLiteral("1") : QStringLiteral("0"));
            !ok)
            return ok;
        return store.setValue(QLatin1String(kMaxStayHours), QString::number(maxStayHours));
    });
}

} // namespace pd::scan
