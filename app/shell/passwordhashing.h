#pragma once

#include "userstore.h"

namespace pd::app {

// Runs UserStore::preparePassword (Argon2id, ~0.1 s and 64 MiB) on a worker
// thread while the event loop keeps turning, so windows repaint. For modal
// forms that need the hash before they can close.
core::Result<core::PasswordHash> preparePasswordOffThread(const QString &password);

} // namespace pd::app
