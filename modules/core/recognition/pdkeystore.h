#pragma once

#include "error.h"
#include "pdkeypair.h"
#include "pdtrustedkeys.h"

#include <QCoreApplication>

#include <optional>

namespace pd::core {

class CoreContext;

// The data file's PhongDich keys (migration core/0002): the device's own
// signing key pair (`pd_device_key`, never synced) and the public keys it
// trusts (`pd_trusted_key`, local for now, shaped for sync). Every write is
// one transaction with its audit entry; the audit detail names the key id
// and usages only.
class PdKeyStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PdKeyStore)

public:
    explicit PdKeyStore(CoreContext &core);

    // The device's key pair, if one was made.
    Result<std::optional<PdKeyPair>> deviceKey() const;
    // The device's key pair, made on first use and trusted by the device
    // itself (labelled with the device name) so its own codes verify.
    Result<PdKeyPair> ensureDeviceKey();

    // Keys not removed.
    Result<PdTrustedKeys> trustedKeys() const;
    // Adds a key or, for a public key already known, updates its label and
    // usages (and brings a removed key back).
    Status trust(const PdTrustedKey &key);
    // Soft-deletes the key; codes it signed become untrusted.
    Status distrust(const QByteArray &publicKey);

private:
    Status insertTrusted(const PdTrustedKey &key);

    CoreContext &m_core;
};

} // namespace pd::core
