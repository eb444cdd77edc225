#pragma once

#include "syncstatestore.h"

#include <QAbstractTableModel>

namespace pd::core {
class Database;
}

namespace pd::app {

// The rows that did not go through (refused by the server or by this
// device's own checks), each with the kind of record, who or what it is,
// and the reason in the UI language.
class SyncFailureModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AtColumn, KindColumn, RecordColumn, ReasonColumn, ColumnCount };
    enum Role { FailureIdRole = Qt::UserRole + 1 };

    explicit SyncFailureModel(core::Database &database, QObject *parent = nullptr);

    // Reads the failures again; false with the model emptied when the data
    // file cannot be read.
    bool reload();
    const sync::SyncFailure &failureAt(int row) const { return m_rows.at(row).failure; }

    // "Person", "Health declaration", … for a synced table.
    static QString kindName(const QString &table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        sync::SyncFailure failure;
        QString record; // the person's name and ID number, or the record id
    };
    QString describeRecord(const sync::SyncFailure &failure) const;

    core::Database &m_database;
    QList<Entry> m_rows;
};

} // namespace pd::app
