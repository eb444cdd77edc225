#pragma once

#include "error.h"
#include "unitpath.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd::sync::server {

class AdminUnitTree;
class ServerClock;
class ServerDatabase;

// An enrolled device (table device).
struct Device {
    QString id;
    QString name;
    UnitPath scope;
    qint64 enrolledAtMs = 0;
    qint64 lastSeenMs = 0;
    std::optional<qint64> revokedAtMs;
};

struct EnrollCode {
    QString code; // shown once; only its hash is stored
    UnitPath scope;
    qint64 expiresAtMs = 0;
};

struct Enrolment {
    QString deviceId;
    QString token; // shown once; only its hash is stored
    UnitPath scope;
};

// Enrolment codes, devices and their tokens (docs/SYNC.md "Enrolment").
// Error codes are the protocol's where a device caused them
// (enroll_code_invalid, device_revoked); others are storage failures.
class DeviceStore {
public:
    static constexpr qint64 lastSeenResolutionMs = 60 * 1000;

    DeviceStore(ServerDatabase &database, const AdminUnitTree &units, ServerClock &clock);

    // A one-time code for a known unit, valid for `validForMs`.
    core::Result<EnrollCode> createEnrollCode(const QString &scopeCode, qint64 validForMs);
    // Spends the code and gives the device a new token and the code's
    // scope; the device's previous token stops working. A revoked device
    // stays revoked.
    core::Result<Enrolment> enroll(const QString &code, const QString &deviceId,
                                   const QString &name);
    // The device holding `token`; nothing for an unknown token.
    core::Result<std::optional<Device>> findByToken(const QString &token);
    core::Result<std::optional<Device>> find(const QString &deviceId);
    // Notes that the device was seen now; written at most once a minute.
    core::Status touch(const Device &device);
    core::Result<QList<Device>> list();
    // False when no such device exists.
    core::Result<bool> revoke(const QString &deviceId);

private:
    core::Result<std::optional<Device>> findWhere(const QString &column, const QString &value);

    ServerDatabase &m_database;
    const AdminUnitTree &m_units;
    ServerClock &m_clock;
};

} // namespace pd::sync::server
