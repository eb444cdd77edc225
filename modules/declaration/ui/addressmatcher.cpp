#include "addressmatcher.h"

#include "adminunitstore.h"
#include "textfold.h"

#include <QRegularExpression>

namespace pd::declaration {

namespace {
// Kind words in front of unit names, folded, longest first so "thi xa"
// wins over "thi". Abbreviations are how addresses are often written
// ("TP. Hồ Chí Minh", "Q. 1", "P. 12", "TX. Sơn Tây", "TT. Bát Xát").
const QStringList &kindPrefixes()
{
    static const QStringList prefixes {
        QStringLiteral("thanh pho"), QStringLiteral("thi tran"), QStringLiteral("thi xa"),
        QStringLiteral("phuong"),    QStringLiteral("huyen"),    QStringLiteral("quan"),
        QStringLiteral("tinh"),      QStringLiteral("xa"),       QStringLiteral("tp."),
        QStringLiteral("tp"),        QStringLiteral("tx."),      QStringLiteral("tx"),
        QStringLiteral("tt."),       QStringLiteral("tt"),       QStringLiteral("q."),
        QStringLiteral("h."),        QStringLiteral("p."),       QStringLiteral("x."),
    };
    return prefixes;
}

// "01" and "1" are the same ward number.
QString withoutLeadingZeros(const QString &folded)
{
    static const QRegularExpression number(QStringLiteral("^0*(\\d+)$"));
    const auto match = number.match(folded);
    return match.hasMatch() ? match.captured(1) : folded;
}

bool sameUnit(const core::AdminUnit &unit, const QString &foldedPart, const QString &withoutKind)
{
    const QString name = withoutLeadingZeros(core::fold(unit.name));
    return name == withoutLeadingZeros(foldedPart) || name == withoutLeadingZeros(withoutKind)
        || core::fold(unit.displayName()) == foldedPart;
}

std::optional<core::AdminUnit> findAmong(const QList<core::AdminUnit> &units, QStringView part)
{
    const QString folded = core::fold(part);
    const QString withoutKind = AddressMatcher::foldedWithoutKind(part);
    if (folded.isEmpty())
        return std::nullopt;
    for (const core::AdminUnit &unit : units) {
        if (sameUnit(unit, folded, withoutKind))
            return unit;
    }
    return std::nullopt;
}
} // namespace

AddressMatcher::AddressMatcher(core::AdminUnitStore &units) : m_units(units) { }

QString AddressMatcher::foldedWithoutKind(QStringView part)
{
    const QString folded = core::fold(part);
    for (const QString &prefix : kindPrefixes()) {
        if (!folded.startsWith(prefix))
            continue;
        // A kind word, not the start of a name ("xa" in "xa la" is the
        // kind only when a space or its dot ends it).
        const QString rest = folded.mid(prefix.size());
        if (prefix.endsWith(QLatin1Char('.')) || rest.startsWith(QLatin1Char(' ')))
            return rest.trimmed();
    }
    return folded;
}

AddressMatch AddressMatcher::match(QStringView address) const
{
    AddressMatch result;
    QStringList parts;
    for (const QString &part : address.toString().split(QLatin1Char(','))) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    result.street = parts.join(QStringLiteral(", "));
    if (parts.isEmpty())
        return result;

    qsizetype index = parts.size() - 1;
    const auto province = findAmong(m_units.children({}), parts.at(index));
    if (!province)
        return result;
    result.provinceCode = province->code;
    if (--index < 0)
        return result;
    const auto district = findAmong(m_units.children(province->code), parts.at(index));
    if (!district)
        return result;
    result.districtCode = district->code;
    if (--index < 0)
        return result;
    const auto commune = findAmong(m_units.children(district->code), parts.at(index));
    if (!commune)
        return result;
    result.communeCode = commune->code;
    result.street = parts.first(index).join(QStringLiteral(", "));
    return result;
}

} // namespace pd::declaration
