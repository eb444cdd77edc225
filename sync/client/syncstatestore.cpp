#include "syncstatestore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::sync {

namespace {
core::Error queryError(const QSqlQuery &query)
{
    return core::Error {QStringLiteral("sync.state"), query.lastError().text()};
}

core::Result<qint64> count(core::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return std::unexpected(queryError(query));
    return query.value(0).toLongLong();
}
} // namespace

SyncStateStore::SyncStateStore(core::Database &database) : m_database(database) { }

core::Result<SyncState> SyncStateStore::load() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT server_url, scope_code, scope_level, token <> '', ca_certificate <> '', "
            "enrolled_at_ms, pull_cursor, last_success_ms, last_attempt_ms, last_error "
            "FROM sync_state WHERE id = 1"))
        || !query.next())
        return std::unexpected(queryError(query));
    SyncState state;
    state.url = query.value(0).toString();
    state.scopeCode = query.value(1).toString();
    state.scopeLevel = query.value(2).toInt();
    state.hasToken = query.value(3).toBool();
    state.hasCaCertificate = query.value(4).toBool();
    state.enrolledAtMs = query.value(5).toLongLong();
    state.pullCursor = query.value(6).toLongLong();
    state.lastSuccessMs = query.value(7).toLongLong();
    state.lastAttemptMs = query.value(8).toLongLong();
    state.lastError = query.value(9).toString();
    query.finish();

    auto batches = count(m_database, QStringLiteral("SELECT COUNT(*) FROM sync_batch"));
    if (!batches)
        return std::unexpected(batches.error());
    state.pendingBatches = *batches;
    auto rows = count(m_database, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    if (!rows)
        return std::unexpected(rows.error());
    state.pendingRows = *rows;
    return state;
}

core::Result<Credentials> SyncStateStore::credentials() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT server_url, token, ca_certificate FROM sync_state WHERE id = 1"))
        || !query.next())
        return std::unexpected(queryError(query));
    return Credentials {query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString()};
}

core::Result<QList<SyncFailure>> SyncStateStore::failures() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, table_name, row_id, hlc, code, message, batch_id, "
                                   "at_ms FROM sync_failure ORDER BY id")))
        return std::unexpected(queryError(query));
    QList<SyncFailure> failures;
    while (query.next()) {
        failures.append(SyncFailure {query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toLongLong(),
                                     query.value(4).toString(), query.value(5).toString(),
                                     query.value(6).toString(), query.value(7).toLongLong()});
    }
    return failures;
}

core::Result<qint64> SyncStateStore::failureCount() const
{
    return count(m_database, QStringLiteral("SELECT COUNT(*) FROM sync_failure"));
}

core::Status SyncStateStore::dismissFailure(qint64 id)
{
    return m_database.transaction([&]() -> core::Status {
        return m_database.exec(QStringLiteral("DELETE FROM sync_failure WHERE id = ?"), {id});
    });
}

core::Status SyncStateStore::retryFailure(qint64 id)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("SELECT table_name, row_id, batch_id FROM sync_failure WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(queryError(query));
        if (!query.next())
            return core::fail(QStringLiteral("sync.no_failure"),
                              tr("This sync problem no longer exists; the list was out of date."));
        const QString table = query.value(0).toString();
        const QString rowId = query.value(1).toString();
        const bool refusedOnPush = !query.value(2).toString().isEmpty();
        query.finish();

        // Only synced tables have triggers that put rows in the outbox; a
        // name from the server is never spliced into SQL unchecked.
        bool synced = false;
        for (const core::ModuleSchema &module : m_database.modules()) {
            for (const core::SyncedTable &syncedTable : module.syncedTables)
                synced = synced || syncedTable.name == table;
        }
        if (synced && refusedOnPush) {
            if (auto ok = m_database.exec(
                    QStringLiteral("INSERT INTO sync_outbox(table_name, row_id, hlc, op) "
                                   "SELECT '%1', id, hlc, 'update' FROM %1 WHERE id = ?")
                        .arg(table),
                    {rowId});
                !ok)
                return ok;
        }
        return m_database.exec(QStringLiteral("DELETE FROM sync_failure WHERE id = ?"), {id});
    });
}

core::Status SyncStateStore::forget()
{
    return m_database.transaction([&]() -> core::Status {
        return m_database.exec(QStringLiteral(
            "UPDATE sync_state SET server_url = '', token = '', scope_code = '', "
            "scope_level = 0, ca_certificate = '', enrolled_at_ms = 0, pull_cursor = 0, "
            "last_error = '' WHERE id = 1"));
    });
}

core::Status SyncStateStore::recordAttempt(qint64 atMs)
{
    return m_database.transaction([&]() -> core::Status {
        return m_database.exec(
            QStringLiteral("UPDATE sync_state SET last_attempt_ms = ? WHERE id = 1"), {atMs});
    });
}

core::Status SyncStateStore::recordResult(qint64 atMs, const QString &errorCode)
{
    return m_database.transaction([&]() -> core::Status {
        if (errorCode.isEmpty())
            return m_database.exec(
                QStringLiteral(
                    "UPDATE sync_state SET last_success_ms = ?, last_error = '' WHERE id = 1"),
                {atMs});
        return m_database.exec(QStringLiteral("UPDATE sync_state SET last_error = ? WHERE id = 1"),
                               {errorCode});
    });
}

} // namespace pd::sync
