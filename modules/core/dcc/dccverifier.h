#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace pd::core {

// One document signer certificate (DSC) from a trust list, in the EU
// gateway's shape: {"kid": base64, "country": "AT", "certificateType":
// "DSC", "rawData": base64 DER}.
struct DccSigner
{
    QByteArray kid; // first 8 bytes of SHA-256 over the certificate's DER
    QString country;
    QByteArray certificateDer;
};

// The signers a checkpoint trusts, looked up by kid.
class DccTrustList
{
    Q_DECLARE_TR_FUNCTIONS(pd::core::DccTrustList)

public:
    static Result<DccTrustList> fromJson(const QByteArray &json);
    static Result<DccTrustList> fromFile(const QString &path);
    void add(DccSigner signer);
    const DccSigner *find(const QByteArray &kid) const;
    qsizetype size() const { return m_signers.size(); }

private:
    QHash<QByteArray, DccSigner> m_signers;
};

// What checking an EU Digital COVID Certificate found, step by step.
struct DccResult
{
    enum class Signature { Valid, Invalid, UnknownKey, NotChecked };

    bool decoded = false; // HC1: → Base45 → zlib → COSE_Sign1 → CWT all parsed
    Signature signature = Signature::NotChecked;
    std::optional<bool> expired; // null when not decoded
    // null when the signer's certificate has no extended-key-usage
    // restriction or the signature was not checked; false when the
    // certificate may not sign this kind of certificate (test/vaccination/
    // recovery OIDs 1.3.6.1.4.1.1847.2021.1.1/2/3 and the 0.4.0.127.0.17.*
    // variants).
    std::optional<bool> keyUsageOk;
    QString failureCode; // stable: "dcc.prefix", "dcc.base45", "dcc.zlib", "dcc.cose", "dcc.cbor", ...
    QString reason; // translated, names the failing step; empty when valid
    QByteArray kid;
    QString issuer; // CWT claim 1 (country)
    QDateTime issuedAt; // claim 6
    QDateTime expiresAt; // claim 4
    QJsonObject certificate; // hcert claim -260 → 1: {"ver","nam","dob","v"|"t"|"r"}

    // valid signature, not expired, key usage not violated
    bool isValid() const;
};

// Verifies the text a scanner read from an EU DCC QR code ("HC1:...").
// ES256 and PS256 signatures through OpenSSL 3; `kid` may sit in the
// protected or the unprotected COSE header. No trust list: the signature
// is reported NotChecked.
class DccVerifier
{
    Q_DECLARE_TR_FUNCTIONS(pd::core::DccVerifier)

public:
    static DccResult verify(QByteArrayView scannedText, const DccTrustList *trustList, const QDateTime &at);
};

} // namespace pd::core
