#pragma once

#include "personstore.h"

#include <QAbstractTableModel>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// People of the registry found by what a clerk types: an ID number
// (exact), a phone number, or a name (folded word prefixes, optionally
// followed by a year of birth: "nguyen van an 1990").
class PersonListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int maxRows = 200;

    enum Column {
        NameColumn,
        BirthColumn,
        SexColumn,
        IdNumberColumn,
        PhoneColumn,
        AddressColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1 };

    PersonListModel(core::PersonStore &people, const core::AdminUnitStore &units,
                    QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &text);
    // Runs the query again (after a create, edit or merge).
    void reload();
    // Shows exactly these people (duplicates of a new record).
    void setPeople(const QList<core::Person> &people);
    QString errorMessage() const { return m_error; }

    const core::Person &personAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the search finds, without a model (the form's person finder uses
    // it too).
    static core::Result<QList<core::Person>> search(const core::PersonStore &people,
                                                    const QString &text, int limit = maxRows);

private:
    core::PersonStore &m_people;
    const core::AdminUnitStore &m_units;
    QString m_query;
    QList<core::Person> m_rows;
    QString m_error;
};

} // namespace pd::declaration
