#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace pd::core {

class Database;

// Per-device configuration, kept in the data file (table `setting`) so a
// backup of the file is a backup of the device.
struct DeviceSettings {
    static constexpr int defaultRetentionDays = 30;
    static constexpr int defaultIdleLockMinutes = 10;

    QString deviceId; // UUIDv7 made at first start; the `origin` of every row
    QString deviceName;
    QString locationUnitCode; // commune (or district/province) GSO code
    QString locationName; // checkpoint or venue name
    int retentionDays = defaultRetentionDays;
    QString serverUrl;
    int idleLockMinutes = defaultIdleLockMinutes;
    QString language = QStringLiteral("vi");
};

class SettingsStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::SettingsStore)

public:
    explicit SettingsStore(Database &database);

    Result<DeviceSettings> load() const;
    // Validates and saves in one transaction; messages name the field.
    Status save(const DeviceSettings &settings);
    static Status validate(const DeviceSettings &settings);

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace pd::core
