#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFlags>

#include <memory>
#include <optional>

struct x509_st; // OpenSSL's X509, kept out of this header

namespace pd::core {

// The kinds of EU DCC (the hcert's "t", "v" and "r" arrays).
enum class DccType { Test = 0x1, Vaccination = 0x2, Recovery = 0x4 };
Q_DECLARE_FLAGS(DccTypes, DccType)
Q_DECLARE_OPERATORS_FOR_FLAGS(DccTypes)

// A document signer certificate (X.509, DER) through OpenSSL 3: checks a
// COSE signature with its public key and says which kinds of DCC it may
// sign.
class SignerCertificate {
    Q_DECLARE_TR_FUNCTIONS(pd::core::SignerCertificate)

public:
    // Fails with "dcc.certificate" unless `der` is exactly one certificate.
    static Result<SignerCertificate> fromDer(QByteArrayView der);

    // ES256 (COSE -7): ECDSA over P-256 with SHA-256; COSE carries the
    // signature as r||s, 32 bytes each (RFC 9053 section 2.1), OpenSSL wants
    // DER ECDSA-Sig-Value. PS256 (COSE -37): RSASSA-PSS with SHA-256, MGF1
    // SHA-256 and a 32-byte salt (RFC 8230 section 2). Any other algorithm,
    // or one that does not fit the key's type, does not verify.
    bool verify(qint64 coseAlgorithm, QByteArrayView toBeSigned, QByteArrayView signature) const;

    // The kinds of DCC this certificate may sign, from its extended key
    // usage (eHealth Network DCC technical spec. vol. 1): OIDs
    // 1.3.6.1.4.1.1847.2021.1.1 test, .2 vaccination, .3 recovery, and the
    // same under 1.3.6.1.4.1.0.1847.2021.1 that early issuers and the test
    // vectors use. nullopt when it names none of them: no restriction.
    std::optional<DccTypes> permittedTypes() const;

private:
    struct X509Free {
        void operator()(x509_st *certificate) const;
    };

    std::unique_ptr<x509_st, X509Free> m_certificate;
};

} // namespace pd::core
