#pragma once

#include "error.h"
#include "localtables.h"
#include "wire.h"

#include <QHash>
#include <QSqlQuery>

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

    RemoteApplier(core::CoreContext &core, LocalTables tables);

    // One page in one transaction together with the new pull cursor
    // (page.last) and the merge of the server's clock.
    core::Result<PageResult> applyPage(const PullResponse &page);

private:
    enum class Outcome { Applied, Unchanged, Skipped, Failed };
    core::Result<Outcome> applyRow(const Row &row, PageResult &result);
    core::Status recordFailure(const Row &row, const QString &code, const QString &message);
    // The table's upsert, prepared once per applier: a page has up to 5,000
    // rows and preparing the statement per row was most of the apply time.
    QSqlQuery &upsertQuery(const LocalTables::Table &table);

    core::CoreContext &m_core;
    LocalTables m_tables;
    QHash<QString, QSqlQuery> m_upserts;
};

} // namespace pd::sync
