#pragma once

#include "error.h"
#include "localtables.h"
#include "preparedpage.h"
#include "sqlitestatement.h"
#include "wire.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <unordered_map>

namespace pd::core {
class CoreContext;
}

namespace pd::sync {

// Applies pulled rows to the local tables by the merge rule of docs/SYNC.md:
// a mutable row replaces the stored one when its (hlc, origin) is greater,
// an append-only row is inserted once. Change capture is suspended, so
// nothing pulled travels back in the outbox. A row this file cannot store
// (a local constraint, a value of the wrong type) is skipped and kept in
// sync_failure instead of stopping the page.
class RemoteApplier {
public:
    struct PageResult {
        int applied = 0; // inserted, or replaced an older version
        int unchanged = 0; // already here, or older than what is here
        int skipped = 0; // a table or deletion this device does not keep
        int failed = 0; // recorded in sync_failure
        int newConflicts = 0; // open conflict rows this page brought
    };

    // `tables` must outlive the applier; pages prepared for it name its
    // tables by address.
    RemoteApplier(core::CoreContext &core, const LocalTables &tables);

    // One page in one transaction together with the new pull cursor
    // (page.last) and the merge of the server's clock.
    core::Result<PageResult> applyPage(const PreparedPage &page);
    // The same for a page not prepared yet (preparePage here).
    core::Result<PageResult> applyPage(const PullResponse &page);

private:
    enum class Outcome { Applied, Unchanged, Skipped, Failed };
    static void count(Outcome outcome, PageResult &result);
    // The row without columns this version does not know, or nothing when
    // it fails the push checks (recorded in sync_failure).
    core::Result<std::optional<Row>> checked(const LocalTables::Table &table, const Row &row);
    core::Result<Outcome> applyRow(const Row &row, PageResult &result);
    core::Status recordFailure(const Row &row, const QString &code, const QString &message);

    // Full versions are written per table and page: staged in a TEMP table
    // (its insert, the hot loop of a pull, on SQLite's own API), then one
    // INSERT … SELECT … ON CONFLICT, so SQLite opens one statement journal,
    // and FTS5 flushes once, per table instead of per row. A statement a
    // local constraint refuses falls back to row by row.
    core::Status writeTable(const PreparedPage::TableRows &rows, const PreparedPage &page,
                            PageResult &result);
    core::Result<core::SqliteStatement *> stagingInsert(const LocalTables::Table &table);

    // Statements prepared once per applier (a page has up to 5,000 rows).
    QSqlQuery &prepared(const QString &key, const std::function<QString()> &sql);
    QSqlQuery &upsertQuery(const LocalTables::Table &table);

    core::CoreContext &m_core;
    const LocalTables &m_tables;
    QHash<QString, QSqlQuery> m_statements;
    // One per table, made with the table's TEMP staging table.
    std::unordered_map<const LocalTables::Table *, core::SqliteStatement> m_stagingInserts;
};

} // namespace pd::sync
