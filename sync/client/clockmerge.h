#pragma once

#include "error.h"

namespace pd::core {
class CoreContext;
}

namespace pd::sync {

// Merges the server's clock (serverHlc of an answer) into the device's, in
// the caller's transaction, so the device's next writes order after
// everything it has seen.
core::Status mergeServerClock(core::CoreContext &core, qint64 serverHlc);

} // namespace pd::sync
