#include "pdtrustedkeys.h"

#include "pdkeypair.h"

namespace pd::core {

QByteArray PdTrustedKey::keyId() const
{
    return PdKeyPair::keyIdOf(publicKey);
}

bool PdTrustedKey::allows(PdCodeContent::Type type) const
{
    return (usages & (type == PdCodeContent::Type::Person ? SignsPerson : SignsVenue)) != 0;
}

void PdTrustedKeys::add(const PdTrustedKey &key)
{
    QList<PdTrustedKey> &sameId = m_byKeyId[key.keyId()];
    for (PdTrustedKey &existing : sameId) {
        if (existing.publicKey == key.publicKey) {
            existing = key;
            return;
        }
    }
    sameId.append(key);
}

QList<PdTrustedKey> PdTrustedKeys::withKeyId(const QByteArray &keyId) const
{
    return m_byKeyId.value(keyId);
}

QList<PdTrustedKey> PdTrustedKeys::keys() const
{
    QList<PdTrustedKey> all;
    for (const QList<PdTrustedKey> &sameId : m_byKeyId)
        all += sameId;
    return all;
}

qsizetype PdTrustedKeys::size() const
{
    qsizetype count = 0;
    for (const QList<PdTrustedKey> &sameId : m_byKeyId)
        count += sameId.size();
    return count;
}

} // namespace pd::core
