#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <array>

namespace pd::core {

// An Ed25519 key pair (libsodium crypto_sign_*) that signs PhongDich codes:
// one per device, or per province office for codes it hands out. The
// secret key lives in this object only as long as it is needed and is
// wiped when the object goes; it is stored as its 32-byte seed.
class PdKeyPair {
    Q_DECLARE_TR_FUNCTIONS(pd::core::PdKeyPair)

public:
    static constexpr int publicKeyBytes = 32;
    static constexpr int seedBytes = 32;
    static constexpr int signatureBytes = 64;
    static constexpr int keyIdBytes = 4;

    // A fresh key pair from the operating system's random source.
    static Result<PdKeyPair> generate();
    // The key pair of a stored 32-byte seed.
    static Result<PdKeyPair> fromSeed(QByteArrayView seed);

    PdKeyPair(const PdKeyPair &other) = default;
    PdKeyPair &operator=(const PdKeyPair &other) = default;
    ~PdKeyPair();

    QByteArray publicKey() const;
    QByteArray keyId() const { return keyIdOf(publicKey()); }
    // For storage in the device's own data file only.
    QByteArray seed() const;

    // A detached Ed25519 signature (64 bytes) over `message`.
    QByteArray sign(QByteArrayView message) const;

    // The short id codes name their signer by: the first four bytes of
    // SHA-256 over the 32-byte public key. Several keys may share one; the
    // verifier tries each.
    static QByteArray keyIdOf(QByteArrayView publicKey);
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    // Known-answer test (RFC 8032, section 7.1, test 1): signs and verifies
    // the published vector. False means libsodium is broken here.
    static bool selfTest();

private:
    PdKeyPair() = default;

    std::array<unsigned char, 64> m_secretKey {}; // libsodium layout: seed ‖ public key
    std::array<unsigned char, publicKeyBytes> m_publicKey {};
};

} // namespace pd::core
