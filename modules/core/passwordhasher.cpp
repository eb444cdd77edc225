#include "passwordhasher.h"

#include <array>
#include <sodium.h>

namespace pd::core {

bool PasswordHasher::selfTest()
{
    if (sodium_init() < 0)
        return false;
    // Known answer: Argon2id v1.3, t=2, m=64 KiB, p=1, 16-byte output, this
    // salt. Computed by an independent implementation (hash-wasm 4) and
    // matched by libsodium 1.0.18, so a miscompiled or wrongly linked crypto
    // library is caught at start-up.
    static constexpr unsigned char salt[crypto_pwhash_SALTBYTES] = {
        'p', 'h', 'o', 'n', 'g', 'd', 'i', 'c', 'h', '-', 's', 'a', 'l', 't', '!', '!'};
    static constexpr std::array<unsigned char, 16> expected = {0x75, 0x1c, 0x38, 0x50, 0x5c, 0x59,
                                                               0x93, 0x19, 0x78, 0xdd, 0xa7, 0x43,
                                                               0xa9, 0x2c, 0x03, 0x9c};
    std::array<unsigned char, 16> out {};
    const char password[] = "password";
    if (crypto_pwhash(out.data(), out.size(), password, sizeof password - 1, salt, 2, 64 * 1024,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return false;
    return out == expected;
}

QString PasswordHasher::hash(const QString &password)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(encoded);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

} // namespace pd::core
