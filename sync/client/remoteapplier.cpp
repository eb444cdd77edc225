#include "remoteapplier.h"

#include "changecapture.h"
#include "clockmerge.h"
#include "corecontext.h"
#include "sqlitestatement.h"
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

RemoteApplier::RemoteApplier(core::CoreContext &core, const LocalTables &tables)
    : m_core(core), m_tables(tables)
{
}

QSqlQuery &RemoteApplier::prepared(const QString &key, const std::function<QString()> &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QSqlQuery query(m_core.database().connection());
        query.prepare(sql());
        it = m_statements.insert(key, query);
    }
    return *it;
}

namespace {
QStringList columnNames(const LocalTables::Table &table)
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
                         QStringLiteral("deleted")};
    for (const ColumnSpec *column : table.columns)
        columns.append(column->name);
    return columns;
}

// What follows an INSERT into `table`: keep the first copy of an
// append-only row, else replace the stored version by a newer one.
QString conflictClause(const LocalTables::Table &table)
{
    const QString &name = table.spec->name;
    if (table.spec->appendOnly)
        return QStringLiteral(" ON CONFLICT(id) DO NOTHING");
    QStringList assignments;
    for (const QString &column : columnNames(table).mid(1))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
    return QStringLiteral(" ON CONFLICT(id) DO UPDATE SET %1 WHERE %2")
        .arg(assignments.join(u", "), newerThan(name));
}

QString stagingName(const LocalTables::Table &table)
{
    return QStringLiteral("pd_pull_") + table.spec->name;
}
} // namespace

QSqlQuery &RemoteApplier::upsertQuery(const LocalTables::Table &table)
{
    return prepared(QStringLiteral("upsert ") + table.spec->name, [&table]() -> QString {
        const QStringList columns = columnNames(table);
        return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                   .arg(table.spec->name, columns.join(u", "),
                        QStringList(columns.size(), QStringLiteral("?")).join(u", "))
            + conflictClause(table);
    });
}

void RemoteApplier::count(Outcome outcome, PageResult &result)
{
    switch (outcome) {
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

core::Result<std::optional<Row>> RemoteApplier::checked(const LocalTables::Table &table,
                                                        const Row &row)
{
    auto known = checkPulledRow(*table.spec, row);
    if (known)
        return std::optional<Row>(std::move(*known));
    if (auto ok = recordFailure(row, known.error().code, known.error().message); !ok)
        return std::unexpected(ok.error());
    return std::optional<Row>();
}

core::Result<core::SqliteStatement *> RemoteApplier::stagingInsert(const LocalTables::Table &table)
{
    auto insert = m_stagingInserts.find(&table);
    if (insert != m_stagingInserts.end())
        return &insert->second;
    // Same columns, no constraints, no triggers; TEMP lives in memory
    // (temp_store) and only on this connection.
    core::Database &database = m_core.database();
    const QString staging = stagingName(table);
    const QStringList columns = columnNames(table);
    if (auto ok = database.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 AS SELECT %2 FROM main.%3 WHERE 0")
                .arg(staging, columns.join(u", "), table.spec->name));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = database.exec(QStringLiteral("DELETE FROM temp.%1").arg(staging)); !ok)
        return std::unexpected(ok.error());
    auto prepared = core::SqliteStatement::prepare(
        database.connection(),
        QStringLiteral("INSERT INTO temp.%1(%2) VALUES(%3)")
            .arg(staging, columns.join(u", "),
                 QStringList(columns.size(), QStringLiteral("?")).join(u", ")));
    if (!prepared)
        return std::unexpected(prepared.error());
    return &m_stagingInserts.emplace(&table, std::move(*prepared)).first->second;
}

core::Status RemoteApplier::writeTable(const PreparedPage::TableRows &rows,
                                       const PreparedPage &page, PageResult &result)
{
    const LocalTables::Table &table = *rows.table;
    auto insert = stagingInsert(table);
    if (!insert)
        return std::unexpected(insert.error());
    const qsizetype width = rowWidth(table);
    for (qsizetype row = 0; row < rows.rows.size(); ++row) {
        for (qsizetype i = 0; i < width; ++i)
            (*insert)->bind(int(i) + 1, rows.values.at(row * width + i));
        if (auto ok = (*insert)->exec(); !ok)
            return core::fail(QStringLiteral("sync.apply"), ok.error().message);
    }

    core::Database &database = m_core.database();
    const QString staging = stagingName(table);
    QSqlQuery &merge = prepared(QStringLiteral("merge ") + table.spec->name, [&]() -> QString {
        const QString columns = columnNames(table).join(u", ");
        // "WHERE true": without it SQLite would read ON CONFLICT as part of
        // the SELECT's join.
        return QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM temp.%3 WHERE true")
                   .arg(table.spec->name, columns, staging)
            + conflictClause(table);
    });
    const bool merged = merge.exec();
    const QSqlError error = merge.lastError();
    const int written = merged ? merge.numRowsAffected() : 0;
    merge.finish();
    if (auto ok = database.exec(QStringLiteral("DELETE FROM temp.%1").arg(staging)); !ok)
        return ok;
    if (merged) {
        result.applied += written;
        result.unchanged += int(rows.rows.size()) - written;
        return {};
    }
    if (!isConstraintError(error))
        return core::fail(QStringLiteral("sync.apply"), error.text());
    // Some row breaks a local rule; the statement changed nothing. Row by
    // row, each refused row is recorded and the others are written.
    for (const qsizetype row : rows.rows) {
        auto outcome = applyRow(page.row(row), result);
        if (!outcome)
            return std::unexpected(outcome.error());
        count(*outcome, result);
    }
    return {};
}

core::Result<RemoteApplier::PageResult> RemoteApplier::applyPage(const PullResponse &page)
{
    return applyPage(preparePage(m_tables, page));
}

core::Result<RemoteApplier::PageResult> RemoteApplier::applyPage(const PreparedPage &page)
{
    PageResult result;
    core::Database &database = m_core.database();
    auto done = database.transaction([&]() -> core::Status {
        core::CaptureSuspension suspension(database, core::CaptureSuspension::Reason::RemoteApply);
        if (suspension.error())
            return std::unexpected(*suspension.error());
        // The server sends each row once per page, in its latest version,
        // and no synced table refers to another: the order of writes
        // within a page does not matter.
        for (const PreparedPage::Rejected &rejected : page.rejected) {
            if (auto ok = recordFailure(page.row(rejected.row), rejected.rejection.code,
                                        rejected.rejection.message);
                !ok)
                return ok;
            ++result.failed;
        }
        for (const PreparedPage::TableRows &tableRows : page.tables) {
            if (auto ok = writeTable(tableRows, page, result); !ok)
                return ok;
        }
        for (const qsizetype row : page.single) {
            auto outcome = applyRow(page.row(row), result);
            if (!outcome)
                return std::unexpected(outcome.error());
            count(*outcome, result);
        }
        if (auto ok = database.exec(
                QStringLiteral(
                    "UPDATE sync_state SET pull_cursor = max(pull_cursor, ?) WHERE id = 1"),
                {page.response.last});
            !ok)
            return ok;
        return mergeServerClock(m_core, page.response.serverHlc);
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
    auto checkedRow = checked(*table, row);
    if (!checkedRow)
        return std::unexpected(checkedRow.error());
    if (!*checkedRow)
        return Outcome::Failed;
    const Row &known = **checkedRow;

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
        QVariantList values;
        values.reserve(rowWidth(*table));
        appendRowValues(values, *table, known);
        core::Database::bindValues(*statement, values);
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
    const bool changed = query.numRowsAffected() > 0;
    query.finish();
    if (!changed)
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
