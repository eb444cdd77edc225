#pragma once

#include "error.h"
#include "role.h"
#include "settingsstore.h"
#include "userstore.h"

namespace pd::core {

class CoreContext;

struct AdminAccount {
    QString username;
    QString displayName;
    PasswordHash password; // UserStore::preparePassword(), off the UI thread
};

// First start of a device: the first administrator and the device settings,
// written together in one transaction so a device is never half set up.
Status setUpDevice(CoreContext &core, const AdminAccount &admin, const DeviceSettings &settings);

} // namespace pd::core
