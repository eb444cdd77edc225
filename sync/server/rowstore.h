#pragma once

#include "databasespec.h"
#include "error.h"
#include "unitpath.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace pd::sync::server {

class ServerDatabase;

// One version of a row as the server stores it (table sync_row).
struct RowWrite {
    QString table;
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    QByteArray data; // the values map as CBOR
    qint64 seq = 0;
    UnitPath unit; // only used when the row is new
    QString matchKey;
    qint64 eventMs = 0;
    // Every column but seq in binary COPY form (RowStore::prepareCopy), made off
    // the thread that writes; empty: made when written.
    QByteArray copyFields;
    // RowStore::likelyNew, worked out with copyFields.
    bool likelyNew = false;
    // RowStore::keyOf(table, id), made once where the row is read.
    QString key;
};

// What a push needs to know about a row already stored.
struct StoredVersion {
    qint64 hlc = 0;
    QString origin;
    UnitPath unit;
};

// A live row sharing a match key (conflict detection).
struct MatchedRow {
    QString id;
    QString matchKey;
    UnitPath unit;
};

// The writes and lookups of a push on sync_row and seq_counter, as few
// statements as possible: on PostgreSQL a COPY of the new rows and one
// statement with a bound array per column for the stored ones; on SQLite
// multi-row INSERTs of up to kRowsPerStatement rows, each statement size
// prepared once and reused.
// Callers hold the transaction.
class RowStore {
public:
    enum class WriteMode {
        // Last writer wins by (hlc, origin): mutable tables.
        Upsert,
        // The first copy stays: append-only tables and conflict rows.
        InsertOnce,
    };
    static constexpr int kRowsPerStatement = 500;

    explicit RowStore(ServerDatabase &database);

    // Takes `count` sequence numbers and returns the first. The counter row
    // stays locked until the transaction ends: pushes serialize here and
    // their sequence numbers become visible in commit order.
    core::Result<qint64> reserveSeqs(qint64 count);
    // The last number reserveSeqs() took.
    qint64 lastReservedSeq() const { return m_lastReservedSeq; }
    // The counter as committed: every row at or below it is visible.
    core::Result<qint64> committedSeq();

    // Stored versions of `ids` in `table`, by id.
    core::Result<QHash<QString, StoredVersion>> versions(const QString &table,
                                                         const QStringList &ids);
    // Stores a push's rows: `upserts` by last writer wins (with
    // `updatableScope`, a stored row is replaced only when it is of that
    // unit or inside it), `inserts` only where not stored yet (append-only
    // tables and conflict rows: the first copy stays). Returns "table/id"
    // of the rows that were inserted or replaced an older version. On
    // PostgreSQL the rows not stored yet go in one COPY, which relies on
    // reserveSeqs() having locked the counter in this transaction: no other
    // writer can store them meanwhile. Their keys also go to `copied`:
    // those rows are stored as written.
    core::Result<QSet<QString>> write(const QList<const RowWrite *> &upserts,
                                      const QList<const RowWrite *> &inserts,
                                      const UnitPath *updatableScope = nullptr,
                                      QSet<QString> *copied = nullptr);
    // Live rows of `table` stored before sequence number `beforeSeq` whose
    // match key is one of `keys`.
    core::Result<QList<MatchedRow>> liveMatches(const QString &table, const QStringList &keys,
                                                qint64 beforeSeq);

    using OnMatchKey = std::function<void(const QString &table, const QString &key)>;
    // How many rows have a match key, and those keys (read from
    // sync_row_match alone).
    core::Result<qint64> matchKeyCount();
    core::Status allMatchKeys(const OnMatchKey &onKey);
    // The match keys of the rows stored with sequence numbers from
    // `fromSeq` up to `beforeSeq`.
    core::Status matchKeysBetween(qint64 fromSeq, qint64 beforeSeq, const OnMatchKey &onKey);

    core::Result<qint64> maxHlc();

    static QString keyOf(const QString &table, const QString &id)
    {
        return table + QLatin1Char('/') + id;
    }
    // Whether write() COPYs new rows on `dialect`; then prepareCopy() saves
    // the writing thread the row's binary COPY fields.
    static bool copies(Dialect dialect);
    static void prepareCopy(RowWrite &row);
    // Whether the row is most likely not stored yet: its clock is within a
    // minute of the time in its UUIDv7 id, so it has not changed since it
    // was made, and the device sends a version once (a batch sent again is
    // answered from the journal). Only a guess: a row from a package
    // imported earlier, or changed and sent within that minute, is stored.
    static bool likelyNew(const RowWrite &row);

private:
    // PostgreSQL: COPYs the rows not stored yet and adds their keys to
    // `written`; returns the stored upserts, which an upsert still has to
    // compare.
    core::Result<QList<const RowWrite *>> copyNew(const QList<const RowWrite *> &upserts,
                                                  const QList<const RowWrite *> &inserts,
                                                  QSet<QString> &written, QSet<QString> *copied);
    // COPYs those of `rows` whose keys are not in `stored`; adds their keys
    // to `written` (and `copied`) once the COPY went through. The first
    // `upsertCount` rows are upserts: the stored ones are returned.
    core::Result<QList<const RowWrite *>> copyAllBut(const QList<const RowWrite *> &rows,
                                                     qsizetype upsertCount,
                                                     const QSet<QString> &stored,
                                                     QSet<QString> &written, QSet<QString> *copied);
    // "table/id" of those of `rows` that are stored already.
    core::Result<QSet<QString>> storedKeys(const QList<const RowWrite *> &rows);
    // Stores `rows` (all of one mode) with INSERT statements, adding
    // "table/id" of those inserted or replaced to `written`.
    core::Status writeByStatement(const QList<const RowWrite *> &rows, WriteMode mode,
                                  const UnitPath *updatableScope, QSet<QString> &written);
    // Runs `selectUpToColumn` (a SELECT whose WHERE ends in "tbl = ? AND
    // <column>", after the placeholders of `first` if any) for the rows
    // whose column is one of `values`.
    core::Status selectWhereIn(const QString &name, const QString &selectUpToColumn,
                               const QString &table, const QStringList &values,
                               const std::function<void(const QSqlQuery &)> &onRow,
                               const QVariantList &first = {});
    // `rows` 0: a statement for any number of rows (PostgreSQL arrays).
    core::Result<QSqlQuery *> cached(const QString &name, int rows,
                                     const std::function<QString(int)> &sqlFor);

    ServerDatabase &m_database;
    qint64 m_lastReservedSeq = 0;
};

} // namespace pd::sync::server
