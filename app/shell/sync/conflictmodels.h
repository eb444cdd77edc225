#pragma once

#include "conflictstore.h"
#include "personstore.h"

#include <QAbstractTableModel>

#include <optional>

namespace pd::core {
class CoreContext;
}

namespace pd::app {

// The open conflicts, oldest first, each named by the person it concerns.
class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DetectedColumn, KindColumn, NameColumn, IdNumberColumn, ColumnCount };

    explicit ConflictListModel(core::CoreContext &core, QObject *parent = nullptr);

    bool reload();
    const core::Conflict &conflictAt(int row) const { return m_rows.at(row).conflict; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        core::Conflict conflict;
        QString name;
        QString idNumber;
    };
    core::CoreContext &m_core;
    QList<Entry> m_rows;
};

// Two versions of a person side by side, one field per row; rows whose
// values differ are marked so the clerk sees at a glance what to decide.
class PersonComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Field {
        NameField,
        IdNumberField,
        BirthDateField,
        SexField,
        PhoneField,
        CommuneField,
        StreetField,
        CreatedField,
        FieldCount
    };
    enum Role { DiffersRole = Qt::UserRole + 1 };

    explicit PersonComparisonModel(core::CoreContext &core, QObject *parent = nullptr);

    // Either side may be missing (merged away meanwhile): its column is empty.
    void setPeople(std::optional<core::Person> first, std::optional<core::Person> second);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString value(const std::optional<core::Person> &person, int field) const;

    core::CoreContext &m_core;
    std::optional<core::Person> m_first;
    std::optional<core::Person> m_second;
};

} // namespace pd::app
