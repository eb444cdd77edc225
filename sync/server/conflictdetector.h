#pragma once

#include "error.h"
#include "rowstore.h"

#include <QUuid>

namespace pd::sync::server {

class ServerClock;

// The domain rule of docs/SYNC.md "Conflicts": two live rows of a table with
// a match column (person.id_number) in one province are a duplicate. Runs in
// the push's transaction after the rows are stored and writes one `conflict`
// row per pair, its id derived from the pair so a pair is raised only once
// whatever batch or server sees it again.
class ConflictDetector {
public:
    // The UUIDv5 namespace of conflict ids; fixed, so every server derives
    // the same id for a pair.
    static QUuid idNamespace()
    {
        return QUuid(QStringLiteral("{5b0e6c1a-9d3f-4e2b-8a71-3c5d2f9e4b60}"));
    }
    static QString conflictId(const QString &table, const QString &firstId,
                              const QString &secondId);

    ConflictDetector(RowStore &rows, ServerClock &clock) : m_rows(rows), m_clock(clock) { }

    // `applied`: rows of `table` this push just stored, live and with a
    // match key, its sequence numbers starting at `pushSeq`; `copied`: the
    // keys (RowStore::keyOf) of those it COPY'd, which were not stored
    // before. The stored unit of the others (updates, and every row where
    // nothing is COPY'd: SQLite) is looked up.
    // Returns how many new conflict rows were written.
    core::Result<int> raise(const QString &table, const QList<const RowWrite *> &applied,
                            qint64 pushSeq, const QSet<QString> &copied);

private:
    RowStore &m_rows;
    ServerClock &m_clock;
};

} // namespace pd::sync::server
