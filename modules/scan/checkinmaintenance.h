#pragma once

#include "error.h"

#include <QObject>
#include <QTimer>

namespace pd::core {
class CoreContext;
}

namespace pd::scan {

class CheckinStore;

// Keeps the check-in log within its rules while the app runs: visits with
// no exit are closed after the configured stay, and check-ins older than the
// retention setting are purged (audited with the count). Runs at start-up
// and then every hour, so "daily" holds on a laptop that is never shut down.
class CheckinMaintenance : public QObject {
    Q_OBJECT

public:
    static constexpr int intervalMs = 60 * 60 * 1000;

    CheckinMaintenance(core::CoreContext &core, CheckinStore &store, QObject *parent = nullptr);

    void start();

    struct Outcome {
        int closedVisits = 0;
        int purgedCheckins = 0;
    };
    core::Result<Outcome> runNow();

Q_SIGNALS:
    void failed(const QString &message);

private:
    core::CoreContext &m_core;
    CheckinStore &m_store;
    QTimer m_timer;
};

} // namespace pd::scan
