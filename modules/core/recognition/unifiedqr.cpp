#include "unifiedqr.h"

#include "payloadtext.h"

#include <QList>

namespace pd::core {

namespace {
using Verdict = Recognition::Verdict;

bool isDateField(QByteArrayView field)
{
    return field.size() == 10 && field.at(4) == '-' && field.at(7) == '-'
        && payloadtext::isDigits(field.first(4)) && payloadtext::isDigits(field.sliced(5, 2))
        && payloadtext::isDigits(field.sliced(8, 2));
}

} // namespace

bool UnifiedQr::looksLike(QByteArrayView payload)
{
    const qsizetype first = payload.indexOf('|');
    if (first < 0)
        return false;
    const qsizetype second = payload.sliced(first + 1).indexOf('|');
    if (second < 0)
        return false;
    const QByteArrayView rest = payload.sliced(first + 1 + second + 1);
    const qsizetype third = rest.indexOf('|');
    const QByteArrayView date = (third < 0 ? rest : rest.first(third)).trimmed();
    // A bare year is a weak sign: only with the fields up to QID present.
    if (date.size() == 4)
        return payloadtext::isDigits(date) && rest.count('|') >= minimumFields - 3;
    return isDateField(date);
}

Recognition UnifiedQr::recognize(QByteArrayView payload, QDate today)
{
    const std::optional<QString> decoded = payloadtext::decodeUtf8(payload);
    if (!decoded)
        return Recognition::failed(Recognition::Kind::VnUnified, Verdict::Unreadable,
                                   QStringLiteral("vn-unified.encoding"),
                                   tr("Personal QR: the text is not valid UTF-8."));
    QStringList fields = decoded->split(QLatin1Char('|'));
    if (fields.size() < minimumFields)
        return Recognition::failed(
            Recognition::Kind::VnUnified, Verdict::Unreadable, QStringLiteral("vn-unified.fields"),
            tr("Personal QR: %n of 6 fields present.", nullptr, int(fields.size())));

    Recognition result;
    result.kind = Recognition::Kind::VnUnified;
    result.checks.decoded = true;
    const auto field = [&fields](int index) {
        return fields.at(index).trimmed().normalized(QString::NormalizationForm_C);
    };

    result.idNumber = field(0);
    if (result.idNumber.isEmpty())
        result.reject(Verdict::Invalid, QStringLiteral("vn-unified.id_number"),
                      tr("Document number: missing."));
    result.fullName = field(1).simplified();
    if (result.fullName.isEmpty())
        result.reject(Verdict::Invalid, QStringLiteral("vn-unified.full_name"),
                      tr("Full name: missing."));
    result.dateOfBirth = payloadtext::parseIsoBirthDate(field(2));
    if (result.dateOfBirth.isNull())
        result.reject(Verdict::Invalid, QStringLiteral("vn-unified.date_of_birth"),
                      tr("Date of birth: not a real date in the form YYYY-MM-DD."));
    else if ((result.dateOfBirth.date.isValid() && result.dateOfBirth.date > today)
             || result.dateOfBirth.year > today.year())
        result.reject(Verdict::Invalid, QStringLiteral("vn-unified.birth_in_future"),
                      tr("Date of birth: in the future."));
    result.identityType = field(3);
    result.qid = field(4);
    if (fields.size() > minimumFields)
        result.extension = QStringList(fields.mid(minimumFields)).join(QLatin1Char('|'));

    if (result.reasonCode.isEmpty())
        result.setValid();
    return result;
}

} // namespace pd::core
