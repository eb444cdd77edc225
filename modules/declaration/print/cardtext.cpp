#include "cardtext.h"

#include "adminunitstore.h"

#include <QStringList>

namespace pd::declaration {

QString CardText::maskIdNumber(QStringView idNumber)
{
    const qsizetype length = idNumber.size();
    if (length == 0)
        return {};
    if (length < 4)
        return QString(length, QLatin1Char('*'));
    const qsizetype leading = length > idKeptLeading + idKeptTrailing ? idKeptLeading : 0;
    const qsizetype trailing = idKeptTrailing;
    return idNumber.left(leading).toString()
        + QString(length - leading - trailing, QLatin1Char('*'))
        + idNumber.right(trailing).toString();
}

QString CardText::abbreviatedKind(const QString &kind)
{
    // Abbreviations used on Vietnamese forms and envelopes.
    static const QList<std::pair<QString, QString>> abbreviations = {
        {QStringLiteral("Thành phố"), QStringLiteral("TP.")},
        {QStringLiteral("Tỉnh"), QStringLiteral("T.")},
        {QStringLiteral("Quận"), QStringLiteral("Q.")},
        {QStringLiteral("Huyện"), QStringLiteral("H.")},
        {QStringLiteral("Thị xã"), QStringLiteral("TX.")},
        {QStringLiteral("Phường"), QStringLiteral("P.")},
        {QStringLiteral("Xã"), QStringLiteral("X.")},
        {QStringLiteral("Thị trấn"), QStringLiteral("TT.")},
    };
    for (const auto &[full, shortForm] : abbreviations) {
        if (kind.compare(full, Qt::CaseInsensitive) == 0)
            return shortForm;
    }
    return kind;
}

QString CardText::shortUnitPath(const core::AdminUnitStore &units, const QString &code)
{
    QStringList parts;
    QString current = code;
    // Province → district → commune: three levels at most; the bound keeps
    // a malformed parent chain from looping.
    for (int level = 0; level < 3 && !current.isEmpty(); ++level) {
        const auto unit = units.find(current);
        if (!unit)
            return {};
        parts << abbreviatedKind(unit->kind) + QLatin1Char(' ') + unit->name;
        current = unit->parentCode;
    }
    return parts.join(QStringLiteral(", "));
}

QString CardText::birthDate(const core::BirthDate &date)
{
    if (date.date.isValid())
        return CardText::date(date.date);
    return date.year > 0 ? QString::number(date.year) : QString();
}

QString CardText::date(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace pd::declaration
