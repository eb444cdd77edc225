#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>

#include <optional>

namespace pd::core {

// One document signer certificate (DSC) from a trust list, in the EU
// gateway's shape: {"kid": base64, "country": "AT", "certificateType":
// "DSC", "rawData": base64 DER}.
struct DccSigner {
    QByteArray kid; // first 8 bytes of SHA-256 over the certificate's DER
    QString country;
    QByteArray certificateDer;
};

// The signers a checkpoint trusts, looked up by kid. A kid is only 8 bytes
// of a hash, and the EU gateway has held distinct certificates with the
// same kid, so one kid may map to several signers; the verifier tries each
// (eHealth Network hcert spec., "Key Identifier").
class DccTrustList {
    Q_DECLARE_TR_FUNCTIONS(pd::core::DccTrustList)

public:
    // A JSON array of DccSigner objects (the gateway's /trustList answer).
    // "rawData" is required; "kid", when given, must equal the kid computed
    // from it ("dcc.trustlist.kid_mismatch"). Entries whose
    // "certificateType" is not "DSC" (CSCA, UPLOAD, AUTHENTICATION) sign no
    // DCCs and are left out. Other failures: "dcc.trustlist.format",
    // "dcc.trustlist.base64", "dcc.trustlist.certificate".
    static Result<DccTrustList> fromJson(const QByteArray &json);
    static Result<DccTrustList> fromFile(const QString &path);

    // The kid a certificate is known by: SHA-256 over its DER, first 8
    // bytes (eHealth Network hcert spec., "Key Identifier").
    static QByteArray kidFor(QByteArrayView certificateDer);

    // Computes the kid when signer.kid is empty. A certificate already
    // held under the same kid is not added twice.
    void add(DccSigner signer);
    // The first signer with this kid, or nullptr.
    const DccSigner *find(const QByteArray &kid) const;
    // Every signer with this kid.
    QList<const DccSigner *> findAll(const QByteArray &kid) const;
    qsizetype size() const { return m_signers.size(); }

private:
    QMultiHash<QByteArray, DccSigner> m_signers;
};

// What checking an EU Digital COVID Certificate found, step by step.
struct DccResult {
    enum class Signature { Valid, Invalid, UnknownKey, NotChecked };

    bool decoded = false; // HC1: → Base45 → zlib → COSE_Sign1 → CWT all parsed
    Signature signature = Signature::NotChecked;
    // at > exp (CWT claim 4); null when not decoded or there is no exp.
    std::optional<bool> expired;
    // at + clockSkewSeconds < iat (CWT claim 6): issued in the future, so forged or this
    // computer's clock is wrong. Kept apart from `expired` so a screen never
    // says "expired on <exp>" for a date still to come; the test vectors'
    // EXPECTEDEXPIRATIONCHECK covers both (common/CO16 and CO17). Null when
    // not decoded or there is no iat.
    std::optional<bool> notYetValid;
    // null when the signer's certificate has no DCC extended-key-usage
    // restriction or no signer certificate was found; false when the
    // certificate may not sign this kind of certificate (test/vaccination/
    // recovery OIDs 1.3.6.1.4.1.1847.2021.1.1/2/3 and the
    // 1.3.6.1.4.1.0.1847.2021.1.1/2/3 variants). Computed whenever the
    // signer's certificate was found, whether or not the signature held.
    std::optional<bool> keyUsageOk;
    // Stable, the first failing step: "dcc.prefix", "dcc.base45",
    // "dcc.zlib", "dcc.cose", "dcc.cbor" (not decoded); then
    // "dcc.no_trust_list", "dcc.no_kid", "dcc.unknown_key",
    // "dcc.algorithm", "dcc.certificate", "dcc.signature",
    // "dcc.key_usage", "dcc.not_yet_valid", "dcc.expired". Empty when valid.
    QString failureCode;
    QString reason; // translated, names the failing step; empty when valid
    QByteArray kid;
    QString issuer; // CWT claim 1 (country)
    QDateTime issuedAt; // claim 6, UTC
    QDateTime expiresAt; // claim 4, UTC
    QJsonObject certificate; // hcert claim -260 → 1: {"ver","nam","dob","v"|"t"|"r"}

    // decoded, valid signature, key usage not violated, neither expired nor
    // issued in the future
    bool isValid() const;
    // "valid", "invalid", "unknown-key", "not-checked": stable names for
    // output such as `phongdich-cli verify`.
    static QString signatureName(Signature signature);
};

// Verifies the text a scanner read from an EU DCC QR code ("HC1:...").
// ES256 and PS256 signatures through OpenSSL 3; `kid` may sit in the
// protected or the unprotected COSE header. No trust list: the signature
// is reported NotChecked. Never logs or reports personal data: reasons name
// the step, not the content.
class DccVerifier {
    Q_DECLARE_TR_FUNCTIONS(pd::core::DccVerifier)

public:
    // A certificate issued up to a day "in the future" of this device's clock
    // is accepted: checkpoint laptops' clocks are often hours off, and a
    // certificate issued this morning elsewhere must not turn the light red.
    static constexpr qint64 clockSkewSeconds = 24 * 60 * 60;

    static DccResult verify(QByteArrayView scannedText, const DccTrustList *trustList,
                            const QDateTime &at);
};

} // namespace pd::core
