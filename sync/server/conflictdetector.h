#pragma once

#include "error.h"
#include "matchkeyfilter.h"
#include "rowstore.h"

#include <QUuid>

#include <optional>

namespace pd::sync::server {

class ServerClock;

// The domain rule of docs/SYNC.md "Conflicts": two live rows of a table with
// a match column (person.id_number) in one province are a duplicate. Runs in
// the push's transaction after the rows are stored and writes one `conflict`
// row per pair, its id derived from the pair so a pair is raised only once
// whatever batch or server sees it again.
//
// A server asks the database only for the keys that may be stored before
// the push: a filter of the stored keys (MatchKeyFilter) spares the index
// probes for the others, nearly all of a push of new people. The filter is
// filled from the database before the first push's transaction, then
// brought up to each push's first sequence number by reading the rows
// stored since it was last up to date: those of other server processes
// and package imports on the same database.
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

    enum class StoredKeys {
        Filtered, // a server, pushing batch after batch
        AskDatabase, // a package import: a few batches, then the process ends
    };

    ConflictDetector(RowStore &rows, ServerClock &clock, StoredKeys storedKeys)
        : m_rows(rows), m_clock(clock), m_storedKeys(storedKeys)
    {
    }

    // Before a push's transaction: fills the filter when there is none yet
    // or it has outgrown its room. Outside the transaction, so that other
    // processes' pushes do not wait on the sequence counter meanwhile.
    core::Status prepareFilter();
    // In the push's transaction, after reserveSeqs() (no other push can
    // store rows meanwhile): brings the filter up to every row stored below
    // `pushSeq`.
    core::Status catchUp(qint64 pushSeq);

    // `applied`: rows of `table` this push just stored, live and with a
    // match key, its sequence numbers starting at `pushSeq`; `copied`: the
    // keys (RowStore::keyOf) of those it COPY'd, which were not stored
    // before. The stored unit of the others (updates, and every row where
    // nothing is COPY'd: SQLite) is looked up.
    // Returns how many new conflict rows were written.
    core::Result<int> raise(const QString &table, const QList<const RowWrite *> &applied,
                            qint64 pushSeq, const QSet<QString> &copied);
    // The push whose rows start at `pushSeq` committed and took every
    // number below `nextSeq`: its keys, which raise() added, are stored.
    void pushCommitted(qint64 pushSeq, qint64 nextSeq);
    // After the connection was lost: the database may not be the one the
    // filter was read from (restored from a backup), so it is read again.
    void forgetStoredKeys() { m_filter.reset(); }

private:
    RowStore &m_rows;
    ServerClock &m_clock;
    const StoredKeys m_storedKeys;
    std::optional<MatchKeyFilter> m_filter;
    // Every row below it is in m_filter.
    qint64 m_filterBelowSeq = 0;
};

} // namespace pd::sync::server
