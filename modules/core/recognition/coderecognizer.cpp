#include "coderecognizer.h"

#include "cccdqr.h"
#include "pdcode.h"
#include "pdcodeverifier.h"
#include "unifiedqr.h"

#include <QJsonArray>

namespace pd::core {

namespace {
using Kind = Recognition::Kind;
using Verdict = Recognition::Verdict;

constexpr char kDccPrefix[] = "HC1:";
constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// DCC "dob": "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty (eHN schema 1.3);
// older certificates append a time.
BirthDate dccBirthDate(const QString &dob)
{
    const QDate date = QDate::fromString(dob.left(10), Qt::ISODate);
    if (date.isValid())
        return BirthDate::fromDate(date);
    bool ok = false;
    const int year = dob.left(4).toInt(&ok);
    return ok && year > 0 ? BirthDate::fromYear(year) : BirthDate();
}

Recognition textResult(QByteArrayView payload)
{
    Recognition result = Recognition::failed(
        Kind::Text, Verdict::Unknown, QStringLiteral("text.unknown"),
        CodeRecognizer::tr("Unknown code: not a document PhongDich can check."));
    result.text = QString::fromUtf8(payload);
    return result;
}
} // namespace

CodeRecognizer::CodeRecognizer(const Clock &clock) : m_clock(clock) { }

Recognition CodeRecognizer::recognize(QByteArrayView payload) const
{
    return recognize(payload, m_dccTrustList ? &*m_dccTrustList : nullptr, m_trustedKeys,
                     QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
}

QByteArrayView CodeRecognizer::normalize(QByteArrayView payload)
{
    if (payload.startsWith(kUtf8Bom))
        payload = payload.sliced(3);
    while (!payload.isEmpty() && (payload.back() == '\n' || payload.back() == '\r'))
        payload.chop(1);
    return payload;
}

Recognition CodeRecognizer::recognize(QByteArrayView rawPayload, const DccTrustList *dccTrustList,
                                      const PdTrustedKeys &trustedKeys, const QDateTime &at)
{
    const QByteArrayView payload = normalize(rawPayload);
    const QDate today = at.toLocalTime().date();
    if (payload.startsWith(kDccPrefix))
        return fromDcc(DccVerifier::verify(payload, dccTrustList, at));
    if (PdCode::hasPrefix(payload))
        return PdCodeVerifier::verify(payload, trustedKeys, at);
    if (UnifiedQr::looksLike(payload))
        return UnifiedQr::recognize(payload, today);
    if (CccdQr::looksLike(payload))
        return CccdQr::recognize(payload, today);
    return textResult(payload);
}

Recognition CodeRecognizer::fromDcc(const DccResult &dcc)
{
    Recognition result;
    result.kind = Kind::EuDcc;
    result.checks.decoded = dcc.decoded;
    switch (dcc.signature) {
    case DccResult::Signature::Valid:
        result.checks.signature = Recognition::Signature::Valid;
        break;
    case DccResult::Signature::Invalid:
        result.checks.signature = Recognition::Signature::Invalid;
        break;
    case DccResult::Signature::UnknownKey:
        result.checks.signature = Recognition::Signature::UnknownKey;
        break;
    case DccResult::Signature::NotChecked:
        result.checks.signature = Recognition::Signature::NotChecked;
        break;
    }
    result.checks.expired = dcc.expired;
    if (dcc.keyUsageOk)
        result.checks.keyUsage =
            *dcc.keyUsageOk ? Recognition::KeyUsage::Ok : Recognition::KeyUsage::Mismatch;

    result.keyId = dcc.kid;
    result.issuer = dcc.issuer;
    result.issuedAt = dcc.issuedAt;
    result.expiresAt = dcc.expiresAt;
    const QJsonObject name = dcc.certificate.value(QLatin1String("nam")).toObject();
    const auto joined = [&name](const char *family, const char *given) {
        const QString full = name.value(QLatin1String(family)).toString() + QLatin1Char(' ')
            + name.value(QLatin1String(given)).toString();
        return full.simplified();
    };
    result.fullName = joined("fn", "gn");
    if (result.fullName.isEmpty())
        result.fullName = joined("fnt", "gnt");
    result.dateOfBirth = dccBirthDate(dcc.certificate.value(QLatin1String("dob")).toString());
    // The schema allows exactly one entry of exactly one type; a certificate
    // with none (EU test vector DGC1) or several (DGC2) proves nothing.
    int entryCount = 0;
    for (const char type : {'v', 't', 'r'}) {
        const QJsonArray entries = dcc.certificate.value(QLatin1String(&type, 1)).toArray();
        entryCount += int(entries.size());
        if (!entries.isEmpty() && result.certificateType == 0) {
            result.certificateType = type;
            result.certificateEntry = entries.first().toObject();
        }
    }

    // The DCC verifier's own code and message when it gave one.
    const auto reject = [&result, &dcc](Verdict verdict, const QString &code,
                                        const QString &message) {
        if (!dcc.failureCode.isEmpty())
            result.reject(verdict, dcc.failureCode, dcc.reason.isEmpty() ? message : dcc.reason);
        else
            result.reject(verdict, code, message);
    };
    if (!dcc.decoded)
        reject(Verdict::Unreadable, QStringLiteral("dcc.decode"),
               tr("EU DCC: the certificate could not be decoded."));
    else if (dcc.signature == DccResult::Signature::Invalid)
        reject(Verdict::Invalid, QStringLiteral("dcc.signature"),
               tr("Signature: does not match the certificate; it was forged or altered."));
    else if (dcc.signature == DccResult::Signature::UnknownKey)
        reject(Verdict::Untrusted, QStringLiteral("dcc.unknown_key"),
               tr("Signature: the signer is not in the trust list."));
    else if (dcc.signature == DccResult::Signature::NotChecked)
        reject(Verdict::Untrusted, QStringLiteral("dcc.not_checked"),
               tr("Signature: not checked; no trust list is loaded."));
    else if (dcc.keyUsageOk == false)
        reject(Verdict::Invalid, QStringLiteral("dcc.key_usage"),
               tr("Signature: the signer may not issue this type of certificate."));
    else if (dcc.expired == true)
        reject(Verdict::Expired, QStringLiteral("dcc.expired"),
               tr("Expires at: the certificate has expired."));
    else if (!dcc.isValid())
        reject(Verdict::Invalid, QStringLiteral("dcc.invalid"),
               tr("EU DCC: the certificate did not pass its checks."));
    else if (entryCount != 1)
        result.reject(Verdict::Invalid, QStringLiteral("dcc.entries"),
                      tr("EU DCC: the certificate must hold exactly one vaccination, test or "
                         "recovery entry."));
    if (result.reasonCode.isEmpty())
        result.setValid();
    return result;
}

} // namespace pd::core
