#include "usermodel.h"

#include "clock.h"

namespace pd::core {

UserModel::UserModel(UserStore &users, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_users(users), m_clock(clock)
{
    refresh();
}

bool UserModel::refresh()
{
    auto users = m_users.list();
    if (!users)
        return false;
    beginResetModel();
    m_rows = std::move(*users);
    endResetModel();
    return true;
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const User *UserModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case DisplayNameColumn:
            return user.displayName;
        case RolesColumn: {
            QStringList titles;
            for (Role r : Roles::all()) {
                if (user.roles.contains(r))
                    titles << Roles::title(r);
            }
            return titles.join(QStringLiteral(", "));
        }
        case StatusColumn:
            if (!user.active)
                return tr("Deactivated");
            if (user.isLockedAt(m_clock.nowMs()))
                return tr("Locked");
            return tr("Active");
        }
        return {};
    case UserIdRole:
        return user.id;
    case UsernameRole:
        return user.username;
    case ActiveRole:
        return user.active;
    case LockedRole:
        return user.isLockedAt(m_clock.nowMs());
    case RoleKeysRole:
        return Roles::keyList(user.roles);
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Full name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> UserModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(UsernameRole, "username");
    names.insert(ActiveRole, "active");
    names.insert(LockedRole, "locked");
    names.insert(RoleKeysRole, "roleKeys");
    return names;
}

} // namespace pd::core
