#include "datetext.h"

#include <QRegularExpression>

namespace pd::declaration::DateText {

std::optional<QDate> parseDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return QDate();
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})$"));
    QRegularExpressionMatch match = digitsOnly.match(trimmed);
    if (!match.hasMatch())
        match = separated.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<core::BirthDate> parseBirthDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(trimmed).hasMatch())
        return core::BirthDate::fromYear(trimmed.toInt());
    const auto date = parseDate(trimmed);
    if (!date)
        return std::nullopt;
    return date->isValid() ? core::BirthDate::fromDate(*date) : core::BirthDate();
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString formatBirthDate(const core::BirthDate &date)
{
    if (date.date.isValid())
        return formatDate(date.date);
    return date.year > 0 ? QString::number(date.year) : QString();
}

} // namespace pd::declaration::DateText
