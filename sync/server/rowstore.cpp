#include "rowstore.h"

#include "chunks.h"
#include "hlc.h"
#include "pgarray.h"
#include "pgcopy.h"
#include "serverdatabase.h"
#include "uuidv7.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace pd::sync::server {

namespace {
// Statement sizes a list of n rows is cut into (forEachChunk): only four
// statements per kind are ever prepared and a 2,000-row batch takes four
// round trips.
constexpr std::initializer_list<int> kChunkSizes = {RowStore::kRowsPerStatement, 50, 10, 1};

QString placeholders(int count)
{
    QString list;
    list.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QLatin1String("?") : QLatin1String(",?");
    return list;
}

constexpr int kWriteColumns = 13;

// The stored row's unit column that must equal the scope's code for a
// device of `level` to update it (UnitPath::contains).
const char *scopeColumn(int level)
{
    switch (level) {
    case UnitPath::Province:
        return "province_code";
    case UnitPath::District:
        return "district_code";
    default:
        return "commune_code";
    }
}

// The ON CONFLICT ... RETURNING tail of a write.
QString conflictSql(RowStore::WriteMode mode, int scopeLevel)
{
    if (mode == RowStore::WriteMode::InsertOnce)
        return QStringLiteral(" ON CONFLICT (tbl, id) DO NOTHING RETURNING tbl, id");
    // The unit columns keep the row where it was first stored.
    QString sql = QStringLiteral(
        " ON CONFLICT (tbl, id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin, "
        "deleted = excluded.deleted, data = excluded.data, seq = excluded.seq, "
        "match_key = excluded.match_key, event_ms = excluded.event_ms "
        "WHERE (excluded.hlc, excluded.origin) > (sync_row.hlc, sync_row.origin)");
    if (scopeLevel > 0)
        sql += QStringLiteral(" AND sync_row.%1 = ?").arg(QLatin1String(scopeColumn(scopeLevel)));
    return sql + QStringLiteral(" RETURNING tbl, id");
}

const QString kWrittenColumns =
    QStringLiteral("sync_row (tbl, id, hlc, origin, deleted, data, seq, unit_code, "
                   "province_code, district_code, commune_code, match_key, event_ms)");
const QString kInsertInto = QStringLiteral("INSERT INTO ") + kWrittenColumns + QLatin1Char(' ');
// seq last: everything before it is known before the push thread takes
// the batch (RowStore::prepareCopy). The types are the columns' own, as
// the binary format needs (deleted is an integer, the clocks bigint).
constexpr char kCopyColumnList[] = "tbl, id, hlc, origin, deleted, data, unit_code, "
                                   "province_code, district_code, commune_code, match_key, "
                                   "event_ms, seq";
const QString kCopyInto = QStringLiteral("COPY sync_row (") + QLatin1String(kCopyColumnList)
    + QStringLiteral(") FROM STDIN WITH (FORMAT binary)");
// Each row of the binary format starts with its number of fields:
// copyFieldsOf() writes all but seq, copyAllBut() the seq.
constexpr int kCopyColumns = 1 + int(std::ranges::count(kCopyColumnList, ','));
static_assert(kCopyColumns == 13);

// The row's start in kCopyInto's form: every column but seq.
QByteArray copyFieldsOf(const RowWrite &row)
{
    PgCopyRows fields;
    fields.beginRow(kCopyColumns);
    fields.appendText(row.table);
    fields.appendText(row.id);
    fields.appendInt8(row.hlc);
    fields.appendText(row.origin);
    fields.appendInt4(row.deleted ? 1 : 0);
    fields.appendBytes(row.data);
    fields.appendText(row.unit.code);
    fields.appendText(row.unit.province);
    fields.appendText(row.unit.district);
    fields.appendText(row.unit.commune);
    fields.appendText(row.matchKey);
    fields.appendInt8(row.eventMs);
    return fields.data();
}

// SQLite: a multi-row VALUES list of `rows` rows.
QString valuesWriteSql(int rows, RowStore::WriteMode mode, int scopeLevel)
{
    QString sql = kInsertInto + QStringLiteral("VALUES ");
    const QString tuple = QLatin1Char('(') + placeholders(kWriteColumns) + QLatin1Char(')');
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += tuple;
    }
    return sql + conflictSql(mode, scopeLevel);
}

// PostgreSQL: any number of rows as one array per column.
QString arrayWriteSql(RowStore::WriteMode mode, int scopeLevel)
{
    return kInsertInto
        + QStringLiteral("SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], "
                         "?::int[], ?::bytea[], ?::bigint[], ?::text[], ?::text[], ?::text[], "
                         "?::text[], ?::text[], ?::bigint[])")
        + conflictSql(mode, scopeLevel);
}

UnitPath unitFrom(const QSqlQuery &query, int first)
{
    UnitPath unit;
    unit.code = query.value(first).toString();
    unit.province = query.value(first + 1).toString();
    unit.district = query.value(first + 2).toString();
    unit.commune = query.value(first + 3).toString();
    unit.level = !unit.commune.isEmpty() ? UnitPath::Commune
        : !unit.district.isEmpty()       ? UnitPath::District
                                         : UnitPath::Province;
    return unit;
}

} // namespace

RowStore::RowStore(ServerDatabase &database) : m_database(database) { }

core::Result<QSqlQuery *> RowStore::cached(const QString &name, int rows,
                                           const std::function<QString(int)> &sqlFor)
{
    return m_database.prepared(QStringLiteral("rows %1 %2").arg(name).arg(rows),
                               [&sqlFor, rows]() { return sqlFor(rows); });
}

core::Result<qint64> RowStore::reserveSeqs(qint64 count)
{
    std::optional<qint64> last;
    auto status = m_database.execPrepared(
        QStringLiteral("UPDATE seq_counter SET value = value + ? WHERE id = 1 RETURNING value"),
        {count}, [&last](const QSqlQuery &row) { last = row.value(0).toLongLong(); });
    if (!status)
        return std::unexpected(status.error());
    if (!last)
        return core::fail(QStringLiteral("db.seq"), QStringLiteral("seq_counter has no row."));
    m_lastReservedSeq = *last;
    return m_lastReservedSeq - count + 1;
}

core::Result<qint64> RowStore::committedSeq()
{
    auto query = m_database.exec(QStringLiteral("SELECT value FROM seq_counter WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

core::Status RowStore::selectWhereIn(const QString &name, const QString &selectUpToColumn,
                                     const QString &table, const QStringList &values,
                                     const std::function<void(const QSqlQuery &)> &onRow,
                                     const QVariantList &first)
{
    const int tableColumn = int(first.size());
    auto bindFirst = [&](QSqlQuery &q) {
        for (int i = 0; i < tableColumn; ++i)
            q.bindValue(i, first.at(i));
        q.bindValue(tableColumn, table);
    };
    if (m_database.dialect() == Dialect::Postgres) {
        auto query = cached(name, 0, [&selectUpToColumn](int) -> QString {
            return selectUpToColumn + QStringLiteral(" = ANY(?::text[])");
        });
        if (!query)
            return std::unexpected(query.error());
        PgArrayLiteral list;
        for (const QString &value : values)
            list.appendText(value);
        QSqlQuery &q = **query;
        bindFirst(q);
        q.bindValue(tableColumn + 1, list.text());
        return ServerDatabase::run(q, onRow);
    }
    return forEachChunk(
        values.size(), kChunkSizes, [&](qsizetype offset, int size) -> core::Status {
            auto query = cached(name, size, [&selectUpToColumn](int n) -> QString {
                return selectUpToColumn + QStringLiteral(" IN (%1)").arg(placeholders(n));
            });
            if (!query)
                return std::unexpected(query.error());
            QSqlQuery &q = **query;
            bindFirst(q);
            for (int i = 0; i < size; ++i)
                q.bindValue(tableColumn + 1 + i, values.at(offset + i));
            return ServerDatabase::run(q, onRow);
        });
}

core::Result<QHash<QString, StoredVersion>> RowStore::versions(const QString &table,
                                                               const QStringList &ids)
{
    QHash<QString, StoredVersion> found;
    auto status = selectWhereIn(
        QStringLiteral("versions"),
        QStringLiteral("SELECT id, hlc, origin, unit_code, province_code, district_code, "
                       "commune_code FROM sync_row WHERE tbl = ? AND id"),
        table, ids, [&found](const QSqlQuery &row) {
            StoredVersion version;
            version.hlc = row.value(1).toLongLong();
            version.origin = row.value(2).toString();
            version.unit = unitFrom(row, 3);
            found.insert(row.value(0).toString(), std::move(version));
        });
    if (!status)
        return std::unexpected(status.error());
    return found;
}

bool RowStore::copies(Dialect dialect)
{
    return dialect == Dialect::Postgres && PgCopy::available();
}

void RowStore::prepareCopy(RowWrite &row)
{
    row.copyFields = copyFieldsOf(row);
    row.likelyNew = likelyNew(row);
}

bool RowStore::likelyNew(const RowWrite &row)
{
    // Without UuidV7Generator::isValid's pattern, which costs more than the
    // rest of prepareCopy: an id of another kind gives -1 or a random time,
    // and a wrong guess only costs the fallback in copyNew.
    constexpr qint64 kUnchangedWithinMs = 60'000;
    const qint64 madeMs = core::UuidV7Generator::timestampMs(row.id);
    return madeMs > 0 && std::abs(core::Hlc::ms(row.hlc) - madeMs) < kUnchangedWithinMs;
}

core::Result<QSet<QString>> RowStore::storedKeys(const QList<const RowWrite *> &rows)
{
    QHash<QString, QStringList> idsByTable;
    for (const RowWrite *row : rows)
        idsByTable[row->table] << row->id;
    QSet<QString> stored;
    for (auto it = idsByTable.constBegin(); it != idsByTable.constEnd(); ++it) {
        auto status = selectWhereIn(
            QStringLiteral("stored"),
            QStringLiteral("SELECT id FROM sync_row WHERE tbl = ? AND id"), it.key(), it.value(),
            [&](const QSqlQuery &row) { stored.insert(keyOf(it.key(), row.value(0).toString())); });
        if (!status)
            return std::unexpected(status.error());
    }
    return stored;
}

core::Result<QList<const RowWrite *>> RowStore::copyNew(const QList<const RowWrite *> &upserts,
                                                        const QList<const RowWrite *> &inserts,
                                                        QSet<QString> &written,
                                                        QSet<QString> *copied)
{
    // Rows not stored yet (nearly all of a push) are COPY'd, of both kinds
    // in one COPY: with the sequence counter locked no other push can store
    // them in between. Asking which rows are stored probes the primary key
    // once per row (7 of the 45-52 ms a 2,000-row batch held the lock) and
    // finds nothing for those likelyNew(). So only the others are asked
    // for, and the COPY runs behind a savepoint: should a guess be wrong,
    // the COPY fails on the primary key and the rows are written as if all
    // had been asked for.
    const QList<const RowWrite *> rows = upserts + inserts;
    QList<const RowWrite *> unsure;
    for (const RowWrite *row : rows) {
        if (!row->likelyNew)
            unsure << row;
    }
    const qsizetype upsertCount = upserts.size();
    auto stored = storedKeys(unsure);
    if (!stored)
        return std::unexpected(stored.error());
    if (unsure.size() == rows.size())
        return copyAllBut(rows, upsertCount, *stored, written, copied);

    if (auto saved = m_database.exec(QStringLiteral("SAVEPOINT guessed_new")); !saved)
        return std::unexpected(saved.error());
    auto toUpsert = copyAllBut(rows, upsertCount, *stored, written, copied);
    if (!toUpsert) {
        // PostgreSQL logs the failed COPY's error (a duplicate key, when
        // the guess was wrong). A connection that broke says so in the
        // COPY's error, not the rollback's.
        if (!m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT guessed_new")))
            return toUpsert;
        stored = storedKeys(rows);
        if (!stored)
            return std::unexpected(stored.error());
        toUpsert = copyAllBut(rows, upsertCount, *stored, written, copied);
        if (!toUpsert)
            return toUpsert;
    }
    // The rest of the push does not run inside it.
    if (auto released = m_database.exec(QStringLiteral("RELEASE SAVEPOINT guessed_new")); !released)
        return std::unexpected(released.error());
    return toUpsert;
}

core::Result<QList<const RowWrite *>>
RowStore::copyAllBut(const QList<const RowWrite *> &rows, qsizetype upsertCount,
                     const QSet<QString> &stored, QSet<QString> &written, QSet<QString> *copied)
{
    QList<const RowWrite *> toUpsert;
    QList<const RowWrite *> fresh;
    PgCopyRows copy;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowWrite &row = *rows.at(i);
        if (stored.contains(row.key)) {
            // A stored row of an append-only table keeps its first copy.
            if (i < upsertCount)
                toUpsert << &row;
            continue;
        }
        copy.appendFields(row.copyFields.isEmpty() ? copyFieldsOf(row) : row.copyFields);
        copy.appendInt8(row.seq);
        copy.endRow();
        fresh << &row;
    }
    if (copy.rowCount() > 0) {
        if (auto status = PgCopy::copyIn(m_database.connection(), kCopyInto, copy); !status)
            return std::unexpected(status.error());
    }
    for (const RowWrite *row : fresh) {
        written.insert(row->key);
        if (copied)
            copied->insert(row->key);
    }
    return toUpsert;
}

core::Result<QSet<QString>> RowStore::write(const QList<const RowWrite *> &upserts,
                                            const QList<const RowWrite *> &inserts,
                                            const UnitPath *updatableScope, QSet<QString> *copied)
{
    QSet<QString> written;
    if (m_database.dialect() == Dialect::Postgres && PgCopy::available()) {
        auto storedUpserts = copyNew(upserts, inserts, written, copied);
        if (!storedUpserts)
            return std::unexpected(storedUpserts.error());
        if (auto status =
                writeByStatement(*storedUpserts, WriteMode::Upsert, updatableScope, written);
            !status)
            return std::unexpected(status.error());
        return written;
    }
    if (auto status = writeByStatement(upserts, WriteMode::Upsert, updatableScope, written);
        !status)
        return std::unexpected(status.error());
    if (auto status = writeByStatement(inserts, WriteMode::InsertOnce, nullptr, written); !status)
        return std::unexpected(status.error());
    return written;
}

core::Status RowStore::writeByStatement(const QList<const RowWrite *> &rows, WriteMode mode,
                                        const UnitPath *updatableScope, QSet<QString> &written)
{
    if (rows.isEmpty())
        return {};
    const int scopeLevel = mode == WriteMode::Upsert && updatableScope ? updatableScope->level : 0;
    const QString name = mode == WriteMode::Upsert ? QStringLiteral("upsert%1").arg(scopeLevel)
                                                   : QStringLiteral("insert");
    auto bindScope = [&](QSqlQuery &q, int column) {
        if (scopeLevel == 0)
            return;
        const UnitPath &scope = *updatableScope;
        q.bindValue(column,
                    scopeLevel == UnitPath::Province       ? scope.province
                        : scopeLevel == UnitPath::District ? scope.district
                                                           : scope.commune);
    };
    auto onRow = [&written](const QSqlQuery &result) {
        written.insert(keyOf(result.value(0).toString(), result.value(1).toString()));
    };

    if (m_database.dialect() == Dialect::Postgres) {
        auto query =
            cached(name, 0, [mode, scopeLevel](int) { return arrayWriteSql(mode, scopeLevel); });
        if (!query)
            return std::unexpected(query.error());
        PgArrayLiteral columns[kWriteColumns];
        for (const RowWrite *write : rows) {
            const RowWrite &row = *write;
            columns[0].appendText(row.table);
            columns[1].appendText(row.id);
            columns[2].appendInteger(row.hlc);
            columns[3].appendText(row.origin);
            columns[4].appendInteger(row.deleted ? 1 : 0);
            columns[5].appendBytes(row.data);
            columns[6].appendInteger(row.seq);
            columns[7].appendText(row.unit.code);
            columns[8].appendText(row.unit.province);
            columns[9].appendText(row.unit.district);
            columns[10].appendText(row.unit.commune);
            columns[11].appendText(row.matchKey);
            columns[12].appendInteger(row.eventMs);
        }
        QSqlQuery &q = **query;
        for (int column = 0; column < kWriteColumns; ++column)
            q.bindValue(column, columns[column].text());
        bindScope(q, kWriteColumns);
        return ServerDatabase::run(q, onRow);
    }

    return forEachChunk(rows.size(), kChunkSizes, [&](qsizetype offset, int size) -> core::Status {
        auto query = cached(
            name, size, [mode, scopeLevel](int n) { return valuesWriteSql(n, mode, scopeLevel); });
        if (!query)
            return std::unexpected(query.error());
        QSqlQuery &q = **query;
        int column = 0;
        for (int i = 0; i < size; ++i) {
            const RowWrite &row = *rows.at(offset + i);
            q.bindValue(column++, ServerDatabase::text(row.table));
            q.bindValue(column++, ServerDatabase::text(row.id));
            q.bindValue(column++, row.hlc);
            q.bindValue(column++, ServerDatabase::text(row.origin));
            q.bindValue(column++, row.deleted ? 1 : 0);
            q.bindValue(column++, row.data);
            q.bindValue(column++, row.seq);
            q.bindValue(column++, ServerDatabase::text(row.unit.code));
            q.bindValue(column++, ServerDatabase::text(row.unit.province));
            q.bindValue(column++, ServerDatabase::text(row.unit.district));
            q.bindValue(column++, ServerDatabase::text(row.unit.commune));
            q.bindValue(column++, ServerDatabase::text(row.matchKey));
            q.bindValue(column++, row.eventMs);
        }
        bindScope(q, column);
        return ServerDatabase::run(q, onRow);
    });
}

core::Result<QList<MatchedRow>> RowStore::liveMatches(const QString &table, const QStringList &keys,
                                                      qint64 beforeSeq)
{
    QList<MatchedRow> matches;
    // With seq in sync_row_match, rows from beforeSeq on (a push's own)
    // are passed over in the index, not read from the table.
    auto status = selectWhereIn(
        QStringLiteral("matches"),
        QStringLiteral("SELECT id, match_key, unit_code, province_code, district_code, "
                       "commune_code FROM sync_row WHERE seq < ? AND tbl = ? AND deleted = 0 "
                       "AND match_key <> '' AND match_key"),
        table, keys,
        [&matches](const QSqlQuery &row) {
            matches.append({row.value(0).toString(), row.value(1).toString(), unitFrom(row, 2)});
        },
        {beforeSeq});
    if (!status)
        return std::unexpected(status.error());
    return matches;
}

core::Result<qint64> RowStore::matchKeyCount()
{
    auto query =
        m_database.exec(QStringLiteral("SELECT COUNT(*) FROM sync_row WHERE match_key <> ''"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

core::Status RowStore::allMatchKeys(const OnMatchKey &onKey)
{
    return m_database.execPrepared(
        QStringLiteral("SELECT tbl, match_key FROM sync_row WHERE match_key <> ''"), {},
        [&onKey](const QSqlQuery &row) {
            onKey(row.value(0).toString(), row.value(1).toString());
        });
}

core::Status RowStore::matchKeysBetween(qint64 fromSeq, qint64 beforeSeq, const OnMatchKey &onKey)
{
    return m_database.execPrepared(QStringLiteral("SELECT tbl, match_key FROM sync_row "
                                                  "WHERE seq >= ? AND seq < ? AND match_key <> ''"),
                                   {fromSeq, beforeSeq}, [&onKey](const QSqlQuery &row) {
                                       onKey(row.value(0).toString(), row.value(1).toString());
                                   });
}

core::Result<qint64> RowStore::maxHlc()
{
    auto query = m_database.exec(QStringLiteral("SELECT MAX(hlc) FROM sync_row"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace pd::sync::server
