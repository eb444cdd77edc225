#pragma once

#include <QString>

namespace pd::core {

// Argon2id through libsodium's crypto_pwhash_str: the encoded string holds
// salt and cost, so a hash made with other limits still verifies. Hashing
// takes ~0.1 s and 64 MiB by design; call it off the UI thread.
class PasswordHasher {
public:
    static constexpr int minimumLength = 8;

    // Initialises libsodium and runs a known-answer check of Argon2id;
    // false means the crypto library cannot be trusted on this machine.
    static bool selfTest();

    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
};

} // namespace pd::core
