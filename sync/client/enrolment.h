#pragma once

#include "error.h"
#include "synctransport.h"

#include <QUrl>

namespace pd::core {
class CoreContext;
}

namespace pd::sync {

struct Enrolment {
    QString deviceId;
    QString scopeCode; // GSO code of the unit the code was made for
    int scopeLevel = 0; // 1 province, 2 district, 3 commune
};

// Enrols this device with the server at `server` using a one-time code
// (POST /v1/enroll with the device's own id), then stores the address,
// token, scope and `caPem` (the only authority trusted for this server when
// not empty) in one transaction. A new server or scope starts pulling from
// the beginning; pending changes stay queued.
core::Result<Enrolment> enrol(core::CoreContext &core, const QUrl &server, const QString &code,
                              const QString &deviceName, const QString &caPem = {},
                              int timeoutMs = SyncTransport::defaultTimeoutMs);

} // namespace pd::sync
