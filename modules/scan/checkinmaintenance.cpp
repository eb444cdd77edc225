#include "checkinmaintenance.h"

#include "checkinstore.h"
#include "checkpointsettings.h"
#include "corecontext.h"
#include "scanlogging.h"

namespace pd::scan {

CheckinMaintenance::CheckinMaintenance(core::CoreContext &core, CheckinStore &store,
                                       QObject *parent)
    : QObject(parent), m_core(core), m_store(store)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto done = runNow(); !done)
            Q_EMIT failed(done.error().message);
    });
}

void CheckinMaintenance::start()
{
    if (auto done = runNow(); !done)
        Q_EMIT failed(done.error().message);
    m_timer.start();
}

core::Result<CheckinMaintenance::Outcome> CheckinMaintenance::runNow()
{
    auto device = m_core.settings().load();
    if (!device)
        return std::unexpected(device.error());
    auto checkpoint = CheckpointSettings::load(m_core.database());
    if (!checkpoint)
        return std::unexpected(checkpoint.error());

    Outcome outcome;
    // An entry-only venue never records exits: there is no visit to close.
    if (checkpoint->entryExit) {
        auto closed = m_store.closeOverdueVisits(checkpoint->maxStayMs());
        if (!closed)
            return std::unexpected(closed.error());
        outcome.closedVisits = *closed;
    }
    auto purged = m_store.purgeExpired(device->retentionDays);
    if (!purged)
        return std::unexpected(purged.error());
    outcome.purgedCheckins = *purged;
    // Counts only: never who.
    qCInfo(lcScan) << "check-in maintenance: closed" << outcome.closedVisits << "visits, purged"
                   << outcome.purgedCheckins << "check-ins";
    return outcome;
}

} // namespace pd::scan
