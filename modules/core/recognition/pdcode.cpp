#include "pdcode.h"

#include "base45.h"
#include "payloadtext.h"
#include "pdkeypair.h"

#include <QCborMap>
#include <QCborValue>
#include <QUuid>

namespace pd::core {

namespace {
// Claim keys (see the table in pdcode.h).
enum Claim : qint64 {
    IssuedAt = 1,
    ExpiresAt = 2,
    RecordId = 3,
    FullName = 10,
    DateOfBirth = 11,
    SexClaim = 12,
    IdNumber = 13,
    Phone = 14,
    Address = 15,
    UnitCode = 16,
    VenueName = 20,
    VenueKindClaim = 23,
};

// ISO/IEC 5218.
constexpr qint64 kSexNotKnown = 0;
constexpr qint64 kSexMale = 1;
constexpr qint64 kSexFemale = 2;
constexpr qint64 kSexNotApplicable = 9;

// Timestamps beyond 2^40 s (year 36812) are refused rather than overflow.
constexpr qint64 kMaxSeconds = qint64(1) << 40;

constexpr char kTypePerson = 'P';
constexpr char kTypeVenue = 'V';

bool isUnitCode(QStringView code)
{
    return payloadtext::isDigits(code)
        && (code.size() == 2 || code.size() == 3 || code.size() == 5);
}

QString normalised(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

// Reads claim `key` as text when present; false when it has another type
// or is too long.
bool readText(const QCborMap &claims, qint64 key, QString *out)
{
    const QCborValue value = claims.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return out->size() <= PdCode::maxClaimLength;
}

// Reads a timestamp claim when present; false when malformed.
bool readTime(const QCborMap &claims, qint64 key, QDateTime *out)
{
    const QCborValue value = claims.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isInteger() || value.toInteger() < 0 || value.toInteger() >= kMaxSeconds)
        return false;
    *out = QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
    return true;
}
} // namespace

QByteArray PdCode::prefix(PdCodeContent::Type type)
{
    return QByteArrayLiteral("PD1:")
        + (type == PdCodeContent::Type::Person ? kTypePerson : kTypeVenue);
}

bool PdCode::hasPrefix(QByteArrayView text)
{
    if (!text.startsWith("PD"))
        return false;
    qsizetype i = 2;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    return i > 2 && i < text.size() && text[i] == ':';
}

std::optional<PdCodeContent::Type> PdCode::typeOf(QByteArrayView text)
{
    if (!text.startsWith("PD1:") || text.size() < 5)
        return std::nullopt;
    if (text[4] == kTypePerson)
        return PdCodeContent::Type::Person;
    if (text[4] == kTypeVenue)
        return PdCodeContent::Type::Venue;
    return std::nullopt;
}

Result<QByteArray> PdCode::encodeClaims(const PdCodeContent &content)
{
    const auto invalid = [](const QString &message) {
        return fail(QStringLiteral("pd.content"), message);
    };
    if (!content.issuedAt.isValid())
        return invalid(tr("Issued at: missing."));
    if (content.expiresAt.isValid() && content.expiresAt <= content.issuedAt)
        return invalid(tr("Expires at: not after the issue time."));
    if (!content.recordId.isEmpty() && QUuid::fromString(content.recordId).isNull())
        return invalid(tr("Record id: not a UUID."));
    if (!content.unitCode.isEmpty() && !isUnitCode(content.unitCode))
        return invalid(tr("Administrative unit: a 2-, 3- or 5-digit GSO code expected."));

    QCborMap claims;
    claims.insert(IssuedAt, content.issuedAt.toSecsSinceEpoch());
    if (content.expiresAt.isValid())
        claims.insert(ExpiresAt, content.expiresAt.toSecsSinceEpoch());
    if (!content.recordId.isEmpty())
        claims.insert(RecordId, QUuid::fromString(content.recordId).toRfc4122());

    bool tooLong = false;
    const auto insertText = [&claims, &tooLong](qint64 key, const QString &value) {
        const QString text = normalised(value);
        if (text.isEmpty())
            return;
        tooLong = tooLong || text.size() > maxClaimLength;
        claims.insert(key, text);
    };
    if (content.type == PdCodeContent::Type::Person) {
        if (normalised(content.fullName).isEmpty())
            return invalid(tr("Full name: missing."));
        insertText(FullName, content.fullName.simplified());
        if (!content.dateOfBirth.isNull()) {
            if (content.dateOfBirth.year < 1 || content.dateOfBirth.year > 9999)
                return invalid(tr("Date of birth: not a real date."));
            claims.insert(DateOfBirth, content.dateOfBirth.toIsoString());
        }
        if (content.sex != Sex::Unknown)
            claims.insert(SexClaim, content.sex == Sex::Male ? kSexMale : kSexFemale);
        insertText(IdNumber, content.idNumber);
        insertText(Phone, content.phone);
    } else {
        if (normalised(content.venueName).isEmpty())
            return invalid(tr("Venue name: missing."));
        insertText(VenueName, content.venueName.simplified());
        claims.insert(VenueKindClaim, qint64(content.venueKind));
    }
    insertText(Address, content.address.simplified());
    insertText(UnitCode, content.unitCode);
    if (tooLong)
        return invalid(tr("A field is longer than %n characters.", nullptr, maxClaimLength));
    return claims.toCborValue().toCbor();
}

Result<PdCode::Parsed> PdCode::parse(QByteArrayView text)
{
    if (!hasPrefix(text))
        return fail(QStringLiteral("pd.prefix"), tr("PhongDich code: the prefix is not PD1:."));
    if (!text.startsWith("PD1:"))
        return fail(QStringLiteral("pd.version"),
                    tr("PhongDich code: a version this PhongDich does not know; update "
                       "PhongDich."));
    const std::optional<PdCodeContent::Type> type = typeOf(text);
    if (!type)
        return fail(QStringLiteral("pd.type"),
                    tr("PhongDich code: the type after PD1: is neither P nor V."));
    if (text.size() > maxTextLength)
        return fail(QStringLiteral("pd.length"), tr("PhongDich code: too long."));
    const QByteArrayView prefixBytes = text.first(5);
    // Base45 lives with the DCC decoder (dcc/base45.h), which needs it too.
    const Result<QByteArray> raw = Base45::decode(text.sliced(5));
    if (!raw)
        return fail(QStringLiteral("pd.base45"),
                    tr("PhongDich code: not valid Base45 text (cut off or misread)."));
    constexpr qsizetype minimumBytes = PdKeyPair::keyIdBytes + 1 + PdKeyPair::signatureBytes;
    if (raw->size() < minimumBytes)
        return fail(QStringLiteral("pd.truncated"), tr("PhongDich code: cut off."));

    Parsed parsed;
    parsed.content.type = *type;
    parsed.keyId = raw->first(PdKeyPair::keyIdBytes);
    parsed.signature = raw->last(PdKeyPair::signatureBytes);
    const QByteArray claimBytes = raw->sliced(
        PdKeyPair::keyIdBytes, raw->size() - PdKeyPair::keyIdBytes - PdKeyPair::signatureBytes);
    parsed.signedMessage =
        prefixBytes.toByteArray() + raw->first(raw->size() - PdKeyPair::signatureBytes);

    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(claimBytes, &parseError);
    if (parseError.error != QCborError::NoError || parseError.offset != claimBytes.size()
        || !value.isMap())
        return fail(QStringLiteral("pd.cbor"),
                    tr("PhongDich code: the content is not one CBOR map (cut off or damaged)."));
    const QCborMap claims = value.toMap();
    const auto badClaim = []() {
        return fail(QStringLiteral("pd.claim"),
                    tr("PhongDich code: a field has the wrong type or format."));
    };

    PdCodeContent &content = parsed.content;
    if (!claims.contains(qint64(IssuedAt)) || !readTime(claims, IssuedAt, &content.issuedAt)
        || !readTime(claims, ExpiresAt, &content.expiresAt))
        return badClaim();
    if (const QCborValue rid = claims.value(RecordId); !rid.isUndefined()) {
        if (!rid.isByteArray() || rid.toByteArray().size() != 16)
            return badClaim();
        content.recordId = QUuid::fromRfc4122(rid.toByteArray()).toString(QUuid::WithoutBraces);
    }
    if (!readText(claims, Address, &content.address)
        || !readText(claims, UnitCode, &content.unitCode)
        || (!content.unitCode.isEmpty() && !isUnitCode(content.unitCode)))
        return badClaim();

    if (content.type == PdCodeContent::Type::Person) {
        QString dob;
        if (!readText(claims, FullName, &content.fullName) || content.fullName.trimmed().isEmpty()
            || !readText(claims, DateOfBirth, &dob)
            || !readText(claims, IdNumber, &content.idNumber)
            || !readText(claims, Phone, &content.phone))
            return badClaim();
        if (!dob.isEmpty()) {
            content.dateOfBirth = payloadtext::parseIsoBirthDate(dob);
            if (content.dateOfBirth.isNull())
                return badClaim();
        }
        if (const QCborValue sex = claims.value(SexClaim); !sex.isUndefined()) {
            if (!sex.isInteger())
                return badClaim();
            switch (sex.toInteger()) {
            case kSexMale:
                content.sex = Sex::Male;
                break;
            case kSexFemale:
                content.sex = Sex::Female;
                break;
            case kSexNotKnown:
            case kSexNotApplicable:
                break;
            default:
                return badClaim();
            }
        }
    } else {
        if (!readText(claims, VenueName, &content.venueName)
            || content.venueName.trimmed().isEmpty())
            return badClaim();
        if (const QCborValue kind = claims.value(VenueKindClaim); !kind.isUndefined()) {
            if (kind.toInteger(-1) == qint64(PdCodeContent::VenueKind::Venue))
                content.venueKind = PdCodeContent::VenueKind::Venue;
            else if (kind.toInteger(-1) == qint64(PdCodeContent::VenueKind::Checkpoint))
                content.venueKind = PdCodeContent::VenueKind::Checkpoint;
            else
                return badClaim();
        }
    }
    return parsed;
}

} // namespace pd::core
