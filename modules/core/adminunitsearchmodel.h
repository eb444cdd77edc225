#pragma once

#include "adminunitstore.h"

#include <QAbstractListModel>

namespace pd::core {

// Type-ahead results for an administrative-unit field: each row shows the
// unit with its parents so two communes of the same name are told apart.
class AdminUnitSearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int maxResults = 50;

    enum DataRole { CodeRole = Qt::UserRole + 1, LevelRole, FullPathRole };

    explicit AdminUnitSearchModel(AdminUnitStore &units, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void setQuery(const QString &text);

private:
    AdminUnitStore &m_units;
    QList<AdminUnit> m_rows;
    QStringList m_paths;
};

} // namespace pd::core
