#include "settingsstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace pd::core {

namespace {
constexpr auto kDeviceId = "device.id";
constexpr auto kDeviceName = "device.name";
constexpr auto kLocationUnit = "location.unit_code";
constexpr auto kLocationName = "location.name";
constexpr auto kRetentionDays = "retention.days";
constexpr auto kServerUrl = "sync.server_url";
constexpr auto kIdleLockMinutes = "ui.idle_lock_minutes";
constexpr auto kLanguage = "ui.language";
} // namespace

SettingsStore::SettingsStore(Database &database) : m_database(database) { }

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(QStringLiteral("settings.read"), query.lastError().text());
    return query.next() ? query.value(0).toString() : fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_database.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
}

Result<DeviceSettings> SettingsStore::load() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM setting")))
        return fail(QStringLiteral("settings.read"), query.lastError().text());
    DeviceSettings settings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String(kDeviceId))
            settings.deviceId = value;
        else if (key == QLatin1String(kDeviceName))
            settings.deviceName = value;
        else if (key == QLatin1String(kLocationUnit))
            settings.locationUnitCode = value;
        else if (key == QLatin1String(kLocationName))
            settings.locationName = value;
        else if (key == QLatin1String(kRetentionDays))
            settings.retentionDays = value.toInt();
        else if (key == QLatin1String(kServerUrl))
            settings.serverUrl = value;
        else if (key == QLatin1String(kIdleLockMinutes))
            settings.idleLockMinutes = value.toInt();
        else if (key == QLatin1String(kLanguage))
            settings.language = value;
    }
    return settings;
}

Status SettingsStore::validate(const DeviceSettings &settings)
{
    if (settings.deviceName.trimmed().isEmpty())
        return fail(QStringLiteral("settings.device_name"),
                    tr("Device name: enter a name for this device."));
    if (settings.retentionDays < 1 || settings.retentionDays > 3650)
        return fail(QStringLiteral("settings.retention_days"),
                    tr("Data retention (days): enter a number from 1 to 3650."));
    if (settings.idleLockMinutes < 1 || settings.idleLockMinutes > 240)
        return fail(QStringLiteral("settings.idle_lock"),
                    tr("Lock after idle (minutes): enter a number from 1 to 240."));
    // Checked as save() stores it: trimmed.
    if (const QString serverUrl = settings.serverUrl.trimmed(); !serverUrl.isEmpty()) {
        const QUrl url(serverUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return fail(
                QStringLiteral("settings.server_url"),
                tr("Server address: enter an address such as https://sync.example.gov.vn."));
    }
    if (settings.language != QLatin1String("vi") && settings.language != QLatin1String("en"))
        return fail(QStringLiteral("settings.language"),
                    tr("Language: choose Vietnamese or English."));
    return {};
}

Status SettingsStore::save(const DeviceSettings &settings)
{
    if (auto ok = validate(settings); !ok)
        return ok;
    return m_database.transaction([&]() -> Status {
        const QList<std::pair<const char *, QString>> values {
            {kDeviceName, settings.deviceName.trimmed()},
            {kLocationUnit, settings.locationUnitCode},
            {kLocationName, settings.locationName.trimmed()},
            {kRetentionDays, QString::number(settings.retentionDays)},
            {kServerUrl, settings.serverUrl.trimmed()},
            {kIdleLockMinutes, QString::number(settings.idleLockMinutes)},
            {kLanguage, settings.language},
        };
        for (const auto &[key, value] : values) {
            if (auto ok = setValue(QLatin1String(key), value); !ok)
                return ok;
        }
        // The device id is made once and never changed by a save.
        if (!settings.deviceId.isEmpty()) {
            auto current = value(QLatin1String(kDeviceId));
            if (!current)
                return std::unexpected(current.error());
            if (current->isEmpty())
                return setValue(QLatin1String(kDeviceId), settings.deviceId);
        }
        return {};
    });
}

} // namespace pd::core
