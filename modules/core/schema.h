#pragma once

#include "foldedsearchindex.h"

#include <QList>
#include <QString>

namespace pd::core {

// A table whose rows travel to the provincial server. Every synced table has
// `id TEXT PRIMARY KEY` (UUIDv7), `hlc INTEGER NOT NULL`, `origin TEXT NOT
// NULL` (device id) and `deleted INTEGER NOT NULL DEFAULT 0`.
struct SyncedTable {
    enum class Kind {
        Mutable, // last writer wins per row; soft delete through `deleted`
        AppendOnly, // facts: never updated; deleted only by retention purge
    };
    QString name;
    Kind kind = Kind::Mutable;
};

// What one module contributes to the database: numbered migrations in a
// resource folder (`:/sql/<module>/0001_name.sql`, applied in order, each in
// its own transaction) and the synced tables those migrations create.
struct ModuleSchema {
    QString module;
    QList<SyncedTable> syncedTables;
    QList<FoldedSearchIndex> searchIndexes;

    QString migrationsDir() const { return QStringLiteral(":/sql/") + module; }
};

// Core's own tables; always applied first because every module refers to them.
ModuleSchema coreSchema();

} // namespace pd::core
