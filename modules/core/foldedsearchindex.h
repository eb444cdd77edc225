#pragma once

#include "error.h"

#include <QStringList>

namespace pd::core {

class Database;

// An FTS5 index over columns of a table that already hold folded text (see
// fold()). The index is an external-content FTS5 table `<table>_fts` kept in
// step by triggers, so the text is stored once. Modules declare theirs in
// ModuleSchema and query with matchExpression():
//   SELECT t.* FROM t JOIN t_fts ON t_fts.rowid = t.rowid
//   WHERE t_fts MATCH :expr ORDER BY rank
struct FoldedSearchIndex {
    QString table;
    QStringList foldedColumns;

    QString ftsTable() const { return table + QStringLiteral("_fts"); }

    // Creates the index if missing (filled from existing rows) and its
    // triggers. Idempotent.
    Status ensure(Database &database) const;

    // Turns what a person typed into an FTS5 query: each folded word must
    // occur as a word prefix, in any order ("duc nguy" finds "Nguyễn Văn
    // Đức"). Empty when nothing searchable was typed.
    static QString matchExpression(QStringView userText);
};

} // namespace pd::core
