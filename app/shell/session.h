#pragma once

#include "corecontext.h"

namespace pd::app {

class SyncController;

// Who is logged in on which data file; handed to every page. `sync` runs the
// session's sync cycles (set by the main window before any page is built).
struct Session {
    core::CoreContext &core;
    core::User user;
    SyncController *sync = nullptr;
};

} // namespace pd::app
