#pragma once

#include "error.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>

#include <optional>

namespace pd::core {

// A COSE_Sign1 message (RFC 9052 section 4.2):
//   [protected: bstr .cbor header_map, unprotected: header_map,
//    payload: bstr, signature: bstr]
// optionally tagged 18 (COSE_Sign1), and that optionally tagged 61 (CWT,
// RFC 8392 section 6; vector common/CO28 carries both).
class CoseSign1 {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CoseSign1)

public:
    // Header labels and algorithm ids from the IANA COSE registries.
    static constexpr qint64 headerAlgorithm = 1;
    static constexpr qint64 headerKid = 4;
    static constexpr qint64 algorithmEs256 = -7; // ECDSA P-256 with SHA-256
    static constexpr qint64 algorithmPs256 = -37; // RSASSA-PSS with SHA-256

    // Fails with "dcc.cose" when the data is not one such message. The
    // payload is not looked into.
    static Result<CoseSign1> fromCbor(const QByteArray &cbor);

    // `alg` and `kid` are read from the protected header first, then from
    // the unprotected one. The DCC spec puts both in the protected header,
    // but issuers have put either in the unprotected one (vectors
    // common/CO19, CO20); a protected value always wins (CO21, CO22).
    std::optional<qint64> algorithm() const;
    QByteArray kid() const;

    // The bytes the signature covers, RFC 9052 section 4.4:
    //   Sig_structure = ["Signature1", body_protected, external_aad, payload]
    // with the protected header exactly as received and an empty
    // external_aad.
    QByteArray toBeSigned() const;

    const QByteArray &protectedBytes() const { return m_protectedBytes; }
    const QCborMap &protectedHeader() const { return m_protectedHeader; }
    const QCborMap &unprotectedHeader() const { return m_unprotectedHeader; }
    const QByteArray &payload() const { return m_payload; }
    const QByteArray &signature() const { return m_signature; }

private:
    QCborValue headerValue(qint64 label) const;

    QByteArray m_protectedBytes;
    QCborMap m_protectedHeader;
    QCborMap m_unprotectedHeader;
    QByteArray m_payload;
    QByteArray m_signature;
};

} // namespace pd::core
