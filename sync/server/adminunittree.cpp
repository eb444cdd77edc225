#include "adminunittree.h"

#include "adminunitstore.h"

#include <QFile>

namespace pd::sync::server {

core::Result<AdminUnitTree> AdminUnitTree::load()
{
    QFile file(core::AdminUnitStore::csvResource());
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(QStringLiteral("admin_units.missing"),
                          QStringLiteral("The admin-unit list %1 is not built in.")
                              .arg(core::AdminUnitStore::csvResource()));
    return fromCsv(file.readAll());
}

core::Result<AdminUnitTree> AdminUnitTree::fromCsv(const QByteArray &csv)
{
    // Lines `code,parent_code,kind,name` after '#' comments and the header;
    // only the first two fields matter here, so names with commas are fine.
    AdminUnitTree tree;
    for (const QByteArray &rawLine : csv.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("code,"))
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() < 2)
            continue;
        tree.m_parentOf.insert(QString::fromLatin1(fields.at(0)),
                               QString::fromLatin1(fields.at(1)));
    }
    if (tree.m_parentOf.isEmpty())
        return core::fail(QStringLiteral("admin_units.empty"),
                          QStringLiteral("The admin-unit list is empty."));
    return tree;
}

std::optional<UnitPath> AdminUnitTree::path(const QString &code) const
{
    const auto found = m_parentOf.constFind(code);
    if (found == m_parentOf.constEnd())
        return std::nullopt;
    UnitPath unit;
    unit.code = code;
    switch (code.size()) {
    case 2:
        unit.level = UnitPath::Province;
        unit.province = code;
        break;
    case 3:
        unit.level = UnitPath::District;
        unit.district = code;
        unit.province = *found;
        break;
    case 5:
        unit.level = UnitPath::Commune;
        unit.commune = code;
        unit.district = *found;
        unit.province = m_parentOf.value(unit.district);
        break;
    default:
        return std::nullopt;
    }
    if (unit.province.isEmpty())
        return std::nullopt;
    return unit;
}

} // namespace pd::sync::server
