#pragma once

#include "pdcode.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace pd::core {

// A public key whose PhongDich codes this device accepts, and which types
// of code it may sign: a checkpoint laptop's key signs venue codes, a
// commune office's key signs person cards, a province key may sign both.
struct PdTrustedKey {
    enum Usage : int { SignsPerson = 0x1, SignsVenue = 0x2, SignsAll = SignsPerson | SignsVenue };

    QByteArray publicKey; // 32 bytes, Ed25519
    QString label; // who holds the key: "UBND phường Phúc Xá", a device name
    int usages = SignsAll;

    QByteArray keyId() const;
    bool allows(PdCodeContent::Type type) const;
};

// The keys a checkpoint trusts, looked up by the 4-byte key id a code
// carries. Ids may collide; every key with the id is tried.
class PdTrustedKeys {
public:
    // Adds a key, or replaces the one with the same public key.
    void add(const PdTrustedKey &key);
    QList<PdTrustedKey> withKeyId(const QByteArray &keyId) const;
    QList<PdTrustedKey> keys() const;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

private:
    QHash<QByteArray, QList<PdTrustedKey>> m_byKeyId;
};

} // namespace pd::core
