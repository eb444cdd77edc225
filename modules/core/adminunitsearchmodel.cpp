#include "adminunitsearchmodel.h"

namespace pd::core {

AdminUnitSearchModel::AdminUnitSearchModel(AdminUnitStore &units, QObject *parent)
    : QAbstractListModel(parent), m_units(units)
{
}

void AdminUnitSearchModel::setQuery(const QString &text)
{
    beginResetModel();
    m_rows = m_units.search(text, maxResults);
    m_paths.clear();
    for (const AdminUnit &unit : std::as_const(m_rows))
        m_paths << m_units.fullPath(unit.code);
    endResetModel();
}

int AdminUnitSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AdminUnitSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUnit &unit = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case FullPathRole:
        return m_paths[index.row()];
    case Qt::EditRole:
        return unit.displayName();
    case CodeRole:
        return unit.code;
    case LevelRole:
        return int(unit.level);
    }
    return {};
}

QHash<int, QByteArray> AdminUnitSearchModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(LevelRole, "level");
    names.insert(FullPathRole, "fullPath");
    return names;
}

} // namespace pd::core
