#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>

namespace pd::core {

class Database;

// The audit log, newest first, read in pages as the view scrolls so a
// device with years of entries opens the page instantly.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    enum Column { TimeColumn, UserColumn, ActionColumn, EntityColumn, DetailColumn, ColumnCount };
    enum DataRole { EntryIdRole = Qt::UserRole + 1, ActionKeyRole, TimestampMsRole };

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Translated name of an action key ("user.create" → "User created").
    static QString actionTitle(const QString &action);

public Q_SLOTS:
    void refresh();

private:
    QList<AuditEntry> readPage(int offset) const;

    Database &m_database;
    QList<AuditEntry> m_rows;
    bool m_exhausted = false;
};

} // namespace pd::core
