#include "remoteapplier.h"

#include "changecapture.h"
#include "clockmerge.h"
#include "corecontext.h"
#include "synclog.h"
#include "syncstatestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::sync {

namespace {
// SQLITE_CONSTRAINT, also what a trigger's RAISE(ABORT) reports; extended
// codes (UNIQUE 2067, CHECK 275, NOT NULL 1299) share its low byte.
constexpr int kSqliteConstraint = 19;

bool isConstraintError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteConstraint;
}

// (hlc, origin) of the incoming row greater than the stored one's.
QString newerThan(const QString &table)
{
    return QStringLiteral("excluded.hlc > %1.hlc OR (excluded.hlc = %1.hlc AND excluded.origin > "
                          "%1.origin)")
        .arg(table);
}
} // namespace

RemoteApplier::RemoteApplier(core::CoreContext &core, LocalTables tables)
    : m_core(core), m_tables(std::move(tables))
{
}

QSqlQuery &RemoteApplier::upsertQuery(const LocalTables::Table &table)
{
    const QString &name = table.spec->name;
    auto it = m_upserts.find(name);
    if (it != m_upserts.end())
        return *it;
    QStringList columns {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
                         QStringLiteral("deleted")};
    for (const ColumnSpec *column : table.columns)
        columns.append(column->name);
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO ")
                      .arg(name, columns.join(u", "), placeholders.join(u", "));
    if (table.spec->appendOnly) {
        sql += QStringLiteral("NOTHING");
    } else {
        QStringList assignments;
        for (const QString &column : columns.mid(1))
            assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
        sql +=
            QStringLiteral("UPDATE SET %1 WHERE %2").arg(assignments.join(u", "), newerThan(name));
    }
    QSqlQuery query(m_core.database().connection());
    query.prepare(sql);
    return *m_upserts.insert(name, query);
}

core::Result<RemoteApplier::PageResult> RemoteApplier::applyPage(const PullResponse &page)
{
    PageResult result;
    core::Database &database = m_core.database();
    auto done = database.transaction([&]() -> core::Status {
        core::CaptureSuspension suspension(database, core::CaptureSuspension::Reason::RemoteApply);
        if (suspension.error())
            return std::unexpected(*suspension.error());
        for (const Row &row : page.rows) {
            auto outcome = applyRow(row, result);
            if (!outcome)
                return std::unexpected(outcome.error());
            switch (*outcome) {
            case Outcome::Applied:
                ++result.applied;
                break;
            case Outcome::Unchanged:
                ++result.unchanged;
                break;
            case Outcome::Skipped:
                ++result.skipped;
                break;
            case Outcome::Failed:
                ++result.failed;
                break;
            }
        }
        if (auto ok = database.exec(
                QStringLiteral(
                    "UPDATE sync_state SET pull_cursor = max(pull_cursor, ?) WHERE id = 1"),
                {page.last});
            !ok)
            return ok;
        return mergeServerClock(m_core, page.serverHlc);
    });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

core::Result<RemoteApplier::Outcome> RemoteApplier::applyRow(const Row &row, PageResult &result)
{
    const LocalTables::Table *table = m_tables.table(row.table);
    if (!table) {
        // A table of a later protocol version, or of a module this
        // installation lacks.
        qCDebug(lcSync) << "pulled row of a table not kept here skipped:" << row.table;
        return Outcome::Skipped;
    }

    // Columns this version does not know are dropped; the rest is checked
    // as the server checks a push. Copied only in that rare case.
    std::optional<Row> filtered;
    for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
        if (!table->spec->column(it.key().toString())) {
            filtered = row;
            filtered->values = {};
            for (auto kept = row.values.constBegin(); kept != row.values.constEnd(); ++kept) {
                if (table->spec->column(kept.key().toString()))
                    filtered->values.insert(kept.key(), kept.value());
            }
            break;
        }
    }
    const Row &known = filtered ? *filtered : row;
    if (const auto rejection = validateRow(known)) {
        if (auto ok = recordFailure(row, rejection->code, rejection->message); !ok)
            return std::unexpected(ok.error());
        return Outcome::Failed;
    }

    core::Database &database = m_core.database();
    QSqlQuery tombstone(database.connection());
    QSqlQuery *statement = &tombstone;
    bool newConflict = false;
    if (row.deleted && known.values.isEmpty()) {
        // A tombstone without values: the row was deleted where it was
        // written. A mutable row is marked deleted here if this version is
        // newer; one never seen here needs nothing. Append-only facts are
        // only ever removed by each side's own retention purge.
        if (table->spec->appendOnly)
            return Outcome::Skipped;
        tombstone.prepare(
            QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, origin = ? WHERE id = ? "
                           "AND (? > hlc OR (? = hlc AND ? > origin))")
                .arg(table->spec->name));
        core::Database::bindValues(tombstone,
                                   {row.hlc, row.origin, row.id, row.hlc, row.hlc, row.origin});
    } else {
        bool existed = false;
        const bool openConflict = row.table == QLatin1String(conflict::table) && !row.deleted
            && known.values.value(QStringLiteral("status")).toString()
                == QLatin1String(conflict::open);
        if (openConflict) {
            QSqlQuery exists(database.connection());
            exists.prepare(QStringLiteral("SELECT 1 FROM conflict WHERE id = ?"));
            exists.addBindValue(row.id);
            if (!exists.exec())
                return core::fail(QStringLiteral("sync.apply"), exists.lastError().text());
            existed = exists.next();
        }
        statement = &upsertQuery(*table);
        statement->bindValue(0, row.id);
        statement->bindValue(1, row.hlc);
        statement->bindValue(2, row.origin);
        statement->bindValue(3, row.deleted ? 1 : 0);
        int index = 4;
        for (const ColumnSpec *column : table->columns)
            statement->bindValue(index++, LocalTables::sqlValue(known.values.value(column->name)));
        newConflict = openConflict && !existed;
    }
    QSqlQuery &query = *statement;
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (!isConstraintError(error))
            return core::fail(QStringLiteral("sync.apply"), error.text());
        qCInfo(lcSync) << "pulled row refused by a local constraint:" << row.table << row.id;
        if (auto ok =
                recordFailure(row, QString::fromLatin1(localConstraint), error.databaseText());
            !ok)
            return std::unexpected(ok.error());
        return Outcome::Failed;
    }
    if (query.numRowsAffected() <= 0)
        return Outcome::Unchanged;
    if (newConflict)
        ++result.newConflicts;
    return Outcome::Applied;
}

core::Status RemoteApplier::recordFailure(const Row &row, const QString &code,
                                          const QString &message)
{
    // batch_id is empty: the row came from a pull, not a batch of ours.
    return m_core.database().exec(
        QStringLiteral("INSERT INTO sync_failure(table_name, row_id, hlc, code, message, batch_id, "
                       "at_ms) VALUES(?, ?, ?, ?, ?, '', ?) ON CONFLICT(table_name, row_id, hlc) "
                       "DO UPDATE SET code = excluded.code, message = excluded.message, "
                       "at_ms = excluded.at_ms"),
        {row.table, row.id, row.hlc, code, message, m_core.clock().nowMs()});
}

} // namespace pd::sync
