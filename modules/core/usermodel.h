#pragma once

#include "userstore.h"

#include <QAbstractTableModel>

namespace pd::core {

// The device's accounts for the admin's user page.
class UserModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UsernameColumn, DisplayNameColumn, RolesColumn, StatusColumn, ColumnCount };
    enum DataRole {
        UserIdRole = Qt::UserRole + 1,
        UsernameRole,
        ActiveRole,
        LockedRole,
        RoleKeysRole
    };

    UserModel(UserStore &users, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const User *userAt(int row) const;

public Q_SLOTS:
    // Reloads from the store; returns false (and keeps the old rows) on error.
    bool refresh();

private:
    UserStore &m_users;
    const Clock &m_clock;
    QList<User> m_rows;
};

} // namespace pd::core
