#include "pdkeypair.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace pd::core {

static_assert(PdKeyPair::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(PdKeyPair::seedBytes == crypto_sign_SEEDBYTES);
static_assert(PdKeyPair::signatureBytes == crypto_sign_BYTES);
static_assert(64 == crypto_sign_SECRETKEYBYTES);

namespace {
const auto *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

bool sodiumReady()
{
    return sodium_init() >= 0;
}
} // namespace

PdKeyPair::~PdKeyPair()
{
    sodium_memzero(m_secretKey.data(), m_secretKey.size());
}

Result<PdKeyPair> PdKeyPair::generate()
{
    if (!sodiumReady())
        return fail(QStringLiteral("crypto.init"), tr("The crypto library failed to start."));
    PdKeyPair pair;
    crypto_sign_keypair(pair.m_publicKey.data(), pair.m_secretKey.data());
    return pair;
}

Result<PdKeyPair> PdKeyPair::fromSeed(QByteArrayView seed)
{
    if (seed.size() != seedBytes)
        return fail(QStringLiteral("pd_key.seed"),
                    tr("The stored signing key is damaged (wrong length)."));
    if (!sodiumReady())
        return fail(QStringLiteral("crypto.init"), tr("The crypto library failed to start."));
    PdKeyPair pair;
    crypto_sign_seed_keypair(pair.m_publicKey.data(), pair.m_secretKey.data(), bytesOf(seed));
    return pair;
}

QByteArray PdKeyPair::publicKey() const
{
    return QByteArray(reinterpret_cast<const char *>(m_publicKey.data()), publicKeyBytes);
}

QByteArray PdKeyPair::seed() const
{
    return QByteArray(reinterpret_cast<const char *>(m_secretKey.data()), seedBytes);
}

QByteArray PdKeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytesOf(message), quint64(message.size()), m_secretKey.data());
    return signature;
}

QByteArray PdKeyPair::keyIdOf(QByteArrayView publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(keyIdBytes);
}

bool PdKeyPair::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != publicKeyBytes || signature.size() != signatureBytes || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       quint64(message.size()), bytesOf(publicKey))
        == 0;
}

bool PdKeyPair::selfTest()
{
    // RFC 8032, 7.1, TEST 1: empty message.
    const QByteArray seed =
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray expectedPublic =
        QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray expectedSignature = QByteArray::fromHex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
        "39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    const auto pair = fromSeed(seed);
    if (!pair || pair->publicKey() != expectedPublic)
        return false;
    const QByteArray signature = pair->sign({});
    if (signature != expectedSignature || !verify(expectedPublic, {}, signature))
        return false;
    QByteArray altered = signature;
    altered[0] = char(altered[0] ^ 0x01);
    return !verify(expectedPublic, {}, altered);
}

} // namespace pd::core
