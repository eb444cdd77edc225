#include "dcctrustlistsetting.h"

#include "database.h"
#include "settingsstore.h"

namespace pd::scan {

core::Result<std::optional<core::DccTrustList>> DccTrustListSetting::load(core::Database &database)
{
    const core::SettingsStore store(database);
    auto json = store.value(QLatin1String(key));
    if (!json)
        return std::unexpected(json.error());
    // SettingsStore has no removal: a cleared setting is stored as ''.
    if (json->trimmed().isEmpty())
        return std::optional<core::DccTrustList>();
    auto trustList = core::DccTrustList::fromJson(json->toUtf8());
    if (!trustList)
        return std::unexpected(trustList.error());
    return std::optional<core::DccTrustList>(std::move(*trustList));
}

core::Status DccTrustListSetting::save(core::Database &database, const QByteArray &json)
{
    if (auto trustList = core::DccTrustList::fromJson(json); !trustList)
        return std::unexpected(trustList.error());
    return core::SettingsStore(database).setValue(QLatin1String(key), QString::fromUtf8(json));
}

core::Status DccTrustListSetting::clear(core::Database &database)
{
    return core::SettingsStore(database).setValue(QLatin1String(key), QStringLiteral(""));
}

} // namespace pd::scan
