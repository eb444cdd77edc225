#pragma once

#include "adminunitstore.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "hlc.h"
#include "settingsstore.h"
#include "userstore.h"
#include "uuidv7.h"

#include <memory>

namespace pd::core {

// Everything a module's store needs from core, opened together on one data
// file: the database, clocks, id generator, settings, audit log, accounts
// and administrative units. One per thread.
class CoreContext {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CoreContext)

public:
    static Result<std::unique_ptr<CoreContext>> open(const QString &path,
                                                     const QList<ModuleSchema> &modules = {},
                                                     const Clock &clock = Clock::system());

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    HybridLogicalClock &hlc() { return m_hlc; }
    UuidV7Generator &ids() { return m_ids; }
    SettingsStore &settings() { return m_settings; }
    AuditLog &audit() { return *m_audit; }
    UserStore &users() { return *m_users; }
    AdminUnitStore &adminUnits() { return m_adminUnits; }
    const QString &deviceId() const { return m_deviceId; }

    // Saves the device settings and audits the change, in one transaction.
    Status saveSettings(const DeviceSettings &settings);

    // Changes captured and not yet acknowledged by the server.
    Result<qint64> pendingChanges() const;

private:
    CoreContext(std::unique_ptr<Database> database, const Clock &clock);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    HybridLogicalClock m_hlc;
    UuidV7Generator m_ids;
    SettingsStore m_settings;
    AdminUnitStore m_adminUnits;
    QString m_deviceId;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserStore> m_users;
};

} // namespace pd::core
