#pragma once

#include "corecontext.h"

namespace pd::app {

// Who is logged in on which data file; handed to every page.
struct Session {
    core::CoreContext &core;
    core::User user;
};

} // namespace pd::app
