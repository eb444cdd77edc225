#include "pdcodeverifier.h"

#include "pdkeypair.h"

namespace pd::core {

namespace {
using Kind = Recognition::Kind;
using Verdict = Recognition::Verdict;

Kind kindOf(PdCodeContent::Type type)
{
    return type == PdCodeContent::Type::Person ? Kind::PdPerson : Kind::PdVenue;
}

void copyFields(const PdCodeContent &content, Recognition &result)
{
    result.issuedAt = content.issuedAt;
    result.expiresAt = content.expiresAt;
    result.recordId = content.recordId;
    result.fullName = content.fullName;
    result.dateOfBirth = content.dateOfBirth;
    result.sex = content.sex;
    result.idNumber = content.idNumber;
    result.phone = content.phone;
    result.address = content.address;
    result.unitCode = content.unitCode;
    result.venueName = content.venueName;
    if (content.type == PdCodeContent::Type::Venue)
        result.venueKind = content.venueKind == PdCodeContent::VenueKind::Checkpoint
            ? QStringLiteral("checkpoint")
            : QStringLiteral("venue");
}
} // namespace

Recognition PdCodeVerifier::verify(QByteArrayView text, const PdTrustedKeys &trustedKeys,
                                   const QDateTime &at)
{
    const Result<PdCode::Parsed> parsed = PdCode::parse(text);
    if (!parsed) {
        // The kind is known from the prefix even when the rest is damaged;
        // a code of another version or type is text PhongDich cannot read.
        const std::optional<PdCodeContent::Type> type = PdCode::typeOf(text);
        return Recognition::failed(type ? kindOf(*type) : Kind::Text, Verdict::Unreadable,
                                   parsed.error().code, parsed.error().message);
    }

    const PdCodeContent &content = parsed->content;
    Recognition result;
    result.kind = kindOf(content.type);
    result.checks.decoded = true;
    result.keyId = parsed->keyId;
    copyFields(content, result);

    const QList<PdTrustedKey> candidates = trustedKeys.withKeyId(parsed->keyId);
    const PdTrustedKey *signer = nullptr;
    for (const PdTrustedKey &key : candidates) {
        if (PdKeyPair::verify(key.publicKey, parsed->signedMessage, parsed->signature)) {
            signer = &key;
            break;
        }
    }
    if (candidates.isEmpty()) {
        result.checks.signature = Recognition::Signature::UnknownKey;
        result.reject(Verdict::Untrusted, QStringLiteral("pd.unknown_key"),
                      tr("Signature: signed by a key this device does not trust."));
    } else if (!signer) {
        result.checks.signature = Recognition::Signature::Invalid;
        result.reject(Verdict::Invalid, QStringLiteral("pd.signature"),
                      tr("Signature: does not match the content; the code was forged or "
                         "altered."));
    } else {
        result.checks.signature = Recognition::Signature::Valid;
        if (signer->usages != PdTrustedKey::SignsAll) {
            result.checks.keyUsage = signer->allows(content.type) ? Recognition::KeyUsage::Ok
                                                                  : Recognition::KeyUsage::Mismatch;
            if (*result.checks.keyUsage == Recognition::KeyUsage::Mismatch)
                result.reject(Verdict::Invalid, QStringLiteral("pd.key_usage"),
                              content.type == PdCodeContent::Type::Person
                                  ? tr("Signature: this key may not sign personal codes.")
                                  : tr("Signature: this key may not sign venue codes."));
        }
    }

    if (content.issuedAt.secsTo(at) < -maxClockSkewSecs)
        result.reject(Verdict::Invalid, QStringLiteral("pd.issued_in_future"),
                      tr("Issued at: in the future; check this device's date and time."));
    result.checks.expired = content.expiresAt.isValid() && at > content.expiresAt;
    if (*result.checks.expired)
        result.reject(Verdict::Expired, QStringLiteral("pd.expired"),
                      tr("Expires at: the code has expired."));

    if (result.reasonCode.isEmpty())
        result.setValid();
    return result;
}

} // namespace pd::core
