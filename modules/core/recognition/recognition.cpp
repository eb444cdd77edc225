#include "recognition.h"

#include <QJsonValue>

namespace pd::core {

namespace {
QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

void insertText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}
} // namespace

QString BirthDate::toIsoString() const
{
    if (date.isValid())
        return isoDate(date);
    if (year > 0)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    return {};
}

QString Recognition::kindName(Kind kind)
{
    switch (kind) {
    case Kind::EuDcc:
        return QStringLiteral("eu-dcc");
    case Kind::Cccd:
        return QStringLiteral("cccd");
    case Kind::VnUnified:
        return QStringLiteral("vn-unified");
    case Kind::PdPerson:
        return QStringLiteral("pd-person");
    case Kind::PdVenue:
        return QStringLiteral("pd-venue");
    case Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

QString Recognition::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::Unreadable:
        return QStringLiteral("unreadable");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Recognition::signatureName(Signature signature)
{
    switch (signature) {
    case Signature::Valid:
        return QStringLiteral("valid");
    case Signature::Invalid:
        return QStringLiteral("invalid");
    case Signature::UnknownKey:
        return QStringLiteral("unknown-key");
    case Signature::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

QString Recognition::keyUsageName(KeyUsage usage)
{
    return usage == KeyUsage::Ok ? QStringLiteral("ok") : QStringLiteral("mismatch");
}

QString Recognition::sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return {};
}

Recognition Recognition::failed(Kind kind, Verdict verdict, QString reasonCode, QString reason)
{
    Recognition result;
    result.kind = kind;
    result.verdict = verdict;
    result.reasonCode = std::move(reasonCode);
    result.reason = std::move(reason);
    return result;
}

void Recognition::setValid()
{
    verdict = Verdict::Valid;
    reasonCode = okCode();
    reason = tr("All checks passed.");
}

void Recognition::reject(Verdict failedVerdict, const QString &code, const QString &message)
{
    if (!reasonCode.isEmpty())
        return;
    verdict = failedVerdict;
    reasonCode = code;
    reason = message;
}

QJsonObject Recognition::fieldsJson() const
{
    QJsonObject fields;
    insertText(fields, "id_number", idNumber);
    insertText(fields, "old_id", oldIdNumber);
    insertText(fields, "full_name", fullName);
    insertText(fields, "date_of_birth", dateOfBirth.toIsoString());
    insertText(fields, "sex", sexName(sex));
    insertText(fields, "address", address);
    if (issueDate.isValid())
        fields.insert(QLatin1String("issue_date"), isoDate(issueDate));
    if (validUntil.isValid())
        fields.insert(QLatin1String("valid_until"), isoDate(validUntil));
    insertText(fields, "phone", phone);
    insertText(fields, "identity_type", identityType);
    insertText(fields, "qid", qid);
    insertText(fields, "ext", extension);
    if (certificateType != 0) {
        fields.insert(QLatin1String("certificate_type"), QString(QLatin1Char(certificateType)));
        fields.insert(QLatin1String("entry"), certificateEntry);
    }
    insertText(fields, "issuer", issuer);
    if (!keyId.isEmpty())
        fields.insert(QLatin1String("kid"), QString::fromLatin1(keyId.toHex()));
    if (issuedAt.isValid())
        fields.insert(QLatin1String("issued_at"), isoUtc(issuedAt));
    if (expiresAt.isValid())
        fields.insert(QLatin1String("expires_at"), isoUtc(expiresAt));
    insertText(fields, "record_id", recordId);
    insertText(fields, "unit_code", unitCode);
    insertText(fields, "venue_name", venueName);
    insertText(fields, "venue_kind", venueKind);
    if (kind == Kind::Text)
        fields.insert(QLatin1String("text"), text);
    return fields;
}

QJsonObject Recognition::toJson() const
{
    QJsonObject checksJson {
        {QStringLiteral("decoded"), checks.decoded},
        {QStringLiteral("signature"), signatureName(checks.signature)},
        {QStringLiteral("expired"), checks.expired ? QJsonValue(*checks.expired) : QJsonValue()},
        {QStringLiteral("key_usage"),
         checks.keyUsage ? QJsonValue(keyUsageName(*checks.keyUsage)) : QJsonValue()},
    };
    return QJsonObject {
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("verdict"), verdictName(verdict)},
        {QStringLiteral("checks"), checksJson},   {QStringLiteral("reason_code"), reasonCode},
        {QStringLiteral("reason"), reason},       {QStringLiteral("fields"), fieldsJson()},
    };
}

} // namespace pd::core
