#include "auditlogmodel.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pd::core {

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    refresh();
}

QList<AuditEntry> AuditLogModel::readPage(int offset) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, at_ms, user_id, username, action, entity_type, entity_id, detail "
        "FROM audit_log ORDER BY hlc DESC, id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(pageSize);
    query.addBindValue(offset);
    QList<AuditEntry> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.append({query.value(0).toString(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
    }
    return page;
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_rows = readPage(0);
    m_exhausted = m_rows.size() < pageSize;
    endResetModel();
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<AuditEntry> page = readPage(int(m_rows.size()));
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles {
        {QStringLiteral("user.create"), QT_TR_NOOP("User created")},
        {QStringLiteral("user.password"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("user.roles"), QT_TR_NOOP("Roles changed")},
        {QStringLiteral("user.activate"), QT_TR_NOOP("User activated")},
        {QStringLiteral("user.deactivate"), QT_TR_NOOP("User deactivated")},
        {QStringLiteral("user.unlock"), QT_TR_NOOP("User unlocked")},
        {QStringLiteral("auth.login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("auth.logout"), QT_TR_NOOP("Logged out")},
        {QStringLiteral("auth.locked"), QT_TR_NOOP("Account locked after wrong passwords")},
        {QStringLiteral("settings.save"), QT_TR_NOOP("Settings changed")},
        {QStringLiteral("device.setup"), QT_TR_NOOP("Device set up")},
        {QStringLiteral("dcc.trust_list.import"), QT_TR_NOOP("EU DCC trust list imported")},
        {QStringLiteral("dcc.trust_list.remove"), QT_TR_NOOP("EU DCC trust list removed")},
        {QStringLiteral("checkin.purge"), QT_TR_NOOP("Expired check-ins purged")},
    };
    const char *title = titles.value(action);
    return title ? tr(title) : action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(entry.atMs)
                .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case UserColumn:
            return entry.username;
        case ActionColumn:
            return actionTitle(entry.action);
        case EntityColumn:
            return entry.entityId.isEmpty() ? entry.entityType
                                            : entry.entityType + QLatin1Char(' ') + entry.entityId;
        case DetailColumn:
            return entry.detail;
        }
        return {};
    case EntryIdRole:
        return entry.id;
    case ActionKeyRole:
        return entry.action;
    case TimestampMsRole:
        return entry.atMs;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace pd::core
