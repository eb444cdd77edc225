#include "changecapture.h"

#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {
constexpr auto kActive = "(SELECT remote_apply + purge FROM sync_capture WHERE id = 1) = 0";

QString outboxInsert(const QString &table, const char *row, const char *op)
{
    return QStringLiteral("INSERT INTO sync_outbox(table_name, row_id, hlc, op) VALUES('%1', "
                          "%2.id, %2.hlc, '%3');")
        .arg(table, QLatin1String(row), QLatin1String(op));
}
} // namespace

ChangeCapture::ChangeCapture(Database &database) : m_database(database) { }

QStringList ChangeCapture::triggerStatements(const SyncedTable &table)
{
    const QString &t = table.name;
    const QString prefix = QStringLiteral("pd_cc_") + t;
    QStringList sql;
    for (const char *suffix : {"_insert", "_update", "_delete", "_no_update", "_no_delete"})
        sql << QStringLiteral("DROP TRIGGER IF EXISTS %1%2").arg(prefix, QLatin1String(suffix));

    sql << QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 WHEN %3 BEGIN %4 END")
               .arg(prefix, t, QLatin1String(kActive), outboxInsert(t, "NEW", "insert"));
    if (table.kind == SyncedTable::Kind::Mutable) {
        sql << QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON %2 WHEN %3 BEGIN %4 END")
                   .arg(prefix, t, QLatin1String(kActive), outboxInsert(t, "NEW", "update"));
        sql << QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN %3 BEGIN %4 END")
                   .arg(prefix, t, QLatin1String(kActive), outboxInsert(t, "OLD", "delete"));
    } else {
        sql << QStringLiteral(
                   "CREATE TRIGGER %1_no_update BEFORE UPDATE ON %2 BEGIN "
                   "SELECT RAISE(ABORT, 'append-only table %2: rows are never updated'); END")
                   .arg(prefix, t);
        sql << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %2 "
                              "WHEN (SELECT purge FROM sync_capture WHERE id = 1) = 0 BEGIN "
                              "SELECT RAISE(ABORT, 'append-only table %2: rows are deleted only by "
                              "retention purge'); END")
                   .arg(prefix, t);
    }
    return sql;
}

Status ChangeCapture::checkColumns(const SyncedTable &table) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)))
        return fail(QStringLiteral("capture.table"), query.lastError().text());
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(1).toString());
    if (columns.isEmpty())
        return fail(QStringLiteral("capture.no_table"),
                    tr("Synced table %1 does not exist.").arg(table.name));
    for (const char *required : {"id", "hlc", "origin", "deleted"}) {
        if (!columns.contains(QLatin1String(required)))
            return fail(QStringLiteral("capture.columns"),
                        tr("Synced table %1 lacks the column %2.")
                            .arg(table.name, QLatin1String(required)));
    }
    return {};
}

Status ChangeCapture::install()
{
    return m_database.transaction([this]() -> Status {
        for (const ModuleSchema &module : m_database.modules()) {
            for (const SyncedTable &table : module.syncedTables) {
                if (auto ok = checkColumns(table); !ok)
                    return ok;
                for (const QString &statement : triggerStatements(table)) {
                    if (auto ok = m_database.exec(statement); !ok)
                        return ok;
                }
            }
        }
        return {};
    });
}

Result<qint64> ChangeCapture::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) || !query.next())
        return fail(QStringLiteral("capture.count"), query.lastError().text());
    return query.value(0).toLongLong();
}

CaptureSuspension::CaptureSuspension(Database &database, Reason reason)
    : m_database(database),
      m_column(reason == Reason::RemoteApply ? QStringLiteral("remote_apply")
                                             : QStringLiteral("purge"))
{
    if (!m_database.inTransaction()) {
        m_error = Error {QStringLiteral("capture.no_transaction"),
                         tr("Change capture can only be suspended inside a transaction.")};
        return;
    }
    if (auto ok = m_database.exec(
            QStringLiteral("UPDATE sync_capture SET %1 = %1 + 1 WHERE id = 1").arg(m_column));
        !ok)
        m_error = ok.error();
}

CaptureSuspension::~CaptureSuspension()
{
    // After a rollback the increment is gone with the transaction.
    if (!m_error && m_database.inTransaction())
        (void)m_database.exec(
            QStringLiteral("UPDATE sync_capture SET %1 = %1 - 1 WHERE id = 1").arg(m_column));
}

} // namespace pd::core
