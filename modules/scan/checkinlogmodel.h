#pragma once

#include "checkinstore.h"

#include <QAbstractTableModel>

namespace pd::scan {

// The latest entries of the check-in log (the checkpoint screen shows 20),
// or the day's entries matching a search. ID numbers are masked to their
// last four digits: the screen faces a queue of people.
class CheckinLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        NameColumn,
        IdNumberColumn,
        VerdictColumn,
        ColumnCount
    };
    enum DataRole { CheckinIdRole = Qt::UserRole + 1, VerdictKeyRole, PassedRole, AutomaticRole };

    explicit CheckinLogModel(CheckinStore &store, int rowLimit = 20, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString maskedIdNumber(const QString &idNumber);
    static QString verdictTitle(const QString &verdict);

public Q_SLOTS:
    // The latest entries (no search) or the day's entries matching `text`.
    bool refresh();
    void setSearch(const QDate &day, const QString &text);

private:
    CheckinStore &m_store;
    int m_rowLimit;
    QDate m_searchDay;
    QString m_searchText;
    QList<Checkin> m_rows;
};

} // namespace pd::scan
