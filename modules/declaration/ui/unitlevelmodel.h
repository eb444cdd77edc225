#pragma once

#include "adminunitstore.h"

#include <QAbstractListModel>

namespace pd::declaration {

// Type-ahead rows for one level of the address (province, district or
// commune). Within a chosen parent it lists the parent's children whose
// folded name holds every typed word as a word prefix ("bat xat",
// "Bát Xát", "tt bat"); without a parent it searches the whole country
// and shows each unit with its parents ("Thị trấn Bát Xát, Huyện Bát Xát,
// Tỉnh Lào Cai"), so a commune can be found before its district.
class UnitLevelModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int maxRows = 50;

    enum DataRole { CodeRole = Qt::UserRole + 1, ParentCodeRole, NameRole };

    UnitLevelModel(core::AdminUnitStore &units, core::AdminUnit::Level level,
                   QObject *parent = nullptr);

    core::AdminUnit::Level level() const { return m_level; }
    QString parentCode() const { return m_parentCode; }
    void setParentCode(const QString &code);
    QString query() const { return m_query; }
    void setQuery(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const core::AdminUnit &unitAt(int row) const { return m_rows.at(row); }
    // The row the typed text names outright: the only row, or the one whose
    // name (with or without its kind) folds to the text.
    std::optional<core::AdminUnit> exactMatch() const;

private:
    void refresh();

    core::AdminUnitStore &m_units;
    core::AdminUnit::Level m_level;
    QString m_parentCode;
    QString m_query;
    QList<core::AdminUnit> m_children; // of m_parentCode, loaded once per parent
    QList<core::AdminUnit> m_rows;
    QStringList m_labels;
};

} // namespace pd::declaration
