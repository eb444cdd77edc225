#include "clockmerge.h"

#include "corecontext.h"
#include "synclog.h"

namespace pd::sync {

core::Status mergeServerClock(core::CoreContext &core, qint64 serverHlc)
{
    if (serverHlc <= 0)
        return {};
    auto merged = core.hlc().receive(serverHlc);
    if (merged)
        return {};
    // A server clock over a day ahead of this computer's means this
    // computer's date is wrong; refusing it must not undo an exchange that
    // already happened on the server.
    if (merged.error().code == QLatin1String("hlc.remote_ahead")) {
        qCWarning(lcSync) << "server clock more than a day ahead of this computer's; not merged";
        return {};
    }
    return std::unexpected(merged.error());
}

} // namespace pd::sync
