#include "syncfailuremodel.h"

#include "database.h"
#include "reasontext.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace pd::app {

SyncFailureModel::SyncFailureModel(core::Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

bool SyncFailureModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto failures = sync::SyncStateStore(m_database).failures();
    if (failures) {
        for (const sync::SyncFailure &failure : *failures)
            m_rows.append({failure, describeRecord(failure)});
    }
    endResetModel();
    return failures.has_value();
}

QString SyncFailureModel::kindName(const QString &table)
{
    if (table == QLatin1String("person"))
        return tr("Person");
    if (table == QLatin1String("declaration"))
        return tr("Health declaration");
    if (table == QLatin1String("checkin"))
        return tr("Check-in");
    if (table == QLatin1String("person_merge"))
        return tr("Merge of two people");
    if (table == QLatin1String("audit_log"))
        return tr("Audit entry");
    if (table == QLatin1String("pd_trusted_key"))
        return tr("Trusted key");
    if (table == QLatin1String("conflict"))
        return tr("Conflict");
    return table;
}

QString SyncFailureModel::describeRecord(const sync::SyncFailure &failure) const
{
    // A person is recognised by name and ID number; other records by id.
    static const QStringList named {QStringLiteral("person"), QStringLiteral("declaration"),
                                    QStringLiteral("checkin")};
    if (named.contains(failure.table)) {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("SELECT full_name, id_number FROM %1 WHERE id = ?").arg(failure.table));
        query.addBindValue(failure.rowId);
        if (query.exec() && query.next()) {
            const QString name = query.value(0).toString();
            const QString number = query.value(1).toString();
            return number.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, number);
        }
    }
    return failure.rowId;
}

int SyncFailureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncFailureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncFailureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &entry = m_rows.at(index.row());
    if (role == FailureIdRole)
        return entry.failure.id;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return entry.failure.message; // the server's detail, for whoever supports the user
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.failure.atMs),
                                  QStringLiteral("dd/MM/yyyy HH:mm"));
    case KindColumn:
        return kindName(entry.failure.table);
    case RecordColumn:
        return entry.record;
    case ReasonColumn:
        return sync::reasonText(entry.failure.code);
    }
    return {};
}

QVariant SyncFailureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case KindColumn:
        return tr("Record type");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace pd::app
