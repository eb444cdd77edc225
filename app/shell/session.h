#pragma once

#include "corecontext.h"

namespace pd::app {

class SyncController;

// Who is logged in on which data file; handed to every page. `sync` runs the
// device's sync cycles; it is not the session's own (the shell keeps it
// across logins) and must be set before the main window is built.
struct Session {
    core::CoreContext &core;
    core::User user;
    SyncController *sync = nullptr;
};

} // namespace pd::app
