#include "signercertificate.h"

#include "cosesign1.h"

#include <QLatin1StringView>

#include <array>
#include <climits>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {

template<auto freeFunction> struct OpenSslDeleter {
    template<typename T> void operator()(T *object) const { freeFunction(object); }
};
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<&ECDSA_SIG_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
using ExtendedKeyUsagePtr =
    std::unique_ptr<EXTENDED_KEY_USAGE, OpenSslDeleter<&EXTENDED_KEY_USAGE_free>>;

// Empties OpenSSL's per-thread error queue when a check ends, so a failed
// verification leaves nothing behind for the next user of OpenSSL on this
// thread (Qt Network reads the same queue).
class ErrorQueueCleaner {
public:
    ErrorQueueCleaner() = default;
    ErrorQueueCleaner(const ErrorQueueCleaner &) = delete;
    ErrorQueueCleaner &operator=(const ErrorQueueCleaner &) = delete;
    ~ErrorQueueCleaner() { ERR_clear_error(); }
};

constexpr qsizetype kP256CoordinateBytes = 32;

struct KeyUsageOid {
    QLatin1StringView oid;
    DccType type;
};
// DCC technical spec. vol. 1; the ".0." forms are what the
// spec's first test certificates (and the vectors in common/, NL/) carry.
constexpr std::array kKeyUsageOids {
    KeyUsageOid {"1.3.6.1.4.1.1847.2021.1.1"_L1, DccType::Test},
    KeyUsageOid {"1.3.6.1.4.1.1847.2021.1.2"_L1, DccType::Vaccination},
    KeyUsageOid {"1.3.6.1.4.1.1847.2021.1.3"_L1, DccType::Recovery},
    KeyUsageOid {"1.3.6.1.4.1.0.1847.2021.1.1"_L1, DccType::Test},
    KeyUsageOid {"1.3.6.1.4.1.0.1847.2021.1.2"_L1, DccType::Vaccination},
    KeyUsageOid {"1.3.6.1.4.1.0.1847.2021.1.3"_L1, DccType::Recovery},
};

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

bool isP256Key(const EVP_PKEY *key)
{
    if (!EVP_PKEY_is_a(key, "EC"))
        return false;
    std::array<char, 64> group {};
    std::size_t length = 0;
    return EVP_PKEY_get_group_name(key, group.data(), group.size(), &length) == 1
        && QLatin1StringView(group.data(), qsizetype(length))
        == QLatin1StringView(SN_X9_62_prime256v1);
}

bool isRsaKey(const EVP_PKEY *key)
{
    return EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS");
}

// COSE's r||s (RFC 9053 section 2.1) → DER ECDSA-Sig-Value (RFC 3279
// section 2.2.3), the form EVP_DigestVerify takes.
std::optional<QByteArray> ecdsaSignatureToDer(QByteArrayView raw)
{
    if (raw.size() != 2 * kP256CoordinateBytes)
        return std::nullopt;
    BignumPtr r(BN_bin2bn(bytes(raw), int(kP256CoordinateBytes), nullptr));
    BignumPtr s(BN_bin2bn(bytes(raw) + kP256CoordinateBytes, int(kP256CoordinateBytes), nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    // The signature owns r and s from here on.
    (void)r.release();
    (void)s.release();
    const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (size <= 0)
        return std::nullopt;
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != size)
        return std::nullopt;
    return der;
}

} // namespace

void SignerCertificate::X509Free::operator()(x509_st *certificate) const
{
    X509_free(certificate);
}

Result<SignerCertificate> SignerCertificate::fromDer(QByteArrayView der)
{
    ErrorQueueCleaner cleaner;
    if (der.isEmpty() || der.size() > INT_MAX)
        return fail(u"dcc.certificate"_s, tr("The signer certificate is empty or too large."));
    const unsigned char *cursor = bytes(der);
    SignerCertificate certificate;
    certificate.m_certificate.reset(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!certificate.m_certificate || cursor != bytes(der) + der.size())
        return fail(u"dcc.certificate"_s,
                    tr("The signer certificate is not a well-formed X.509 certificate."));
    return certificate;
}

bool SignerCertificate::verify(qint64 coseAlgorithm, QByteArrayView toBeSigned,
                               QByteArrayView signature) const
{
    ErrorQueueCleaner cleaner;
    EVP_PKEY *key = X509_get0_pubkey(m_certificate.get()); // owned by the certificate
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!key || !context)
        return false;
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context

    QByteArray derSignature;
    if (coseAlgorithm == CoseSign1::algorithmEs256) {
        std::optional<QByteArray> der = ecdsaSignatureToDer(signature);
        if (!isP256Key(key) || !der)
            return false;
        derSignature = *std::move(der);
        signature = derSignature;
        if (EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) != 1)
            return false;
    } else if (coseAlgorithm == CoseSign1::algorithmPs256) {
        // The salt is the digest's length, as RFC 8230 section 2 fixes for
        // PS256; every PS256 vector (common/CO1, CO2) verifies this way.
        if (!isRsaKey(key)
            || EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) != 1
            || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) <= 0
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) <= 0)
            return false;
    } else {
        return false;
    }
    return EVP_DigestVerify(context.get(), bytes(signature), std::size_t(signature.size()),
                            bytes(toBeSigned), std::size_t(toBeSigned.size()))
        == 1;
}

std::optional<DccTypes> SignerCertificate::permittedTypes() const
{
    ErrorQueueCleaner cleaner;
    // NULL when the extension is absent, repeated or unreadable; all three
    // mean no DCC-specific restriction (vector common/CO15 has an extended
    // key usage naming no DCC OID and expects no restriction).
    ExtendedKeyUsagePtr usage(static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(m_certificate.get(), NID_ext_key_usage, nullptr, nullptr)));
    if (!usage)
        return std::nullopt;
    DccTypes types;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usage.get()); ++i) {
        std::array<char, 128> text {};
        const int length =
            OBJ_obj2txt(text.data(), int(text.size()), sk_ASN1_OBJECT_value(usage.get(), i), 1);
        if (length <= 0 || length >= int(text.size()))
            continue;
        const QLatin1StringView oid(text.data(), length);
        for (const KeyUsageOid &known : kKeyUsageOids) {
            if (oid == known.oid)
                types |= known.type;
        }
    }
    if (!types)
        return std::nullopt;
    return types;
}

} // namespace pd::core
