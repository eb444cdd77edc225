#pragma once

#include "adminunittree.h"
#include "devicestore.h"
#include "error.h"
#include "pullreader.h"
#include "pushapplier.h"
#include "serverclock.h"
#include "serverdatabase.h"

#include <memory>

namespace pd::sync::server {

// Everything the server's commands share, opened in order: the database
// (migrated), the unit hierarchy, the clock seeded from the stored rows, and
// the stores on top. The HTTP server and the offline import both use it.
class ServerContext {
public:
    enum class Use {
        // Applies or serves rows: the clock is seeded from the stored rows
        // and the planner's statistics checked.
        Sync,
        // Codes and devices only: neither is needed.
        Admin,
    };

    static core::Result<std::unique_ptr<ServerContext>> open(const QString &databaseSpec,
                                                             Use use = Use::Sync);

    ServerDatabase &database() { return *m_database; }
    const AdminUnitTree &units() const { return m_units; }
    ServerClock &clock() { return m_clock; }
    DeviceStore &devices() { return m_devices; }
    PushApplier &pushes() { return m_pushes; }
    PullReader &pulls() { return m_pulls; }

private:
    ServerContext(std::unique_ptr<ServerDatabase> database, AdminUnitTree units);

    // Declared first: destroyed last, after the prepared queries below.
    std::unique_ptr<ServerDatabase> m_database;
    AdminUnitTree m_units;
    ServerClock m_clock;
    DeviceStore m_devices;
    PushApplier m_pushes;
    PullReader m_pulls;
};

} // namespace pd::sync::server
