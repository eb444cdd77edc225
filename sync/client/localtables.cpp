#include "localtables.h"

#include "cborwriter.h"
#include "chunks.h"
#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::sync {

core::Result<LocalTables> LocalTables::inspect(core::Database &database, const Catalog &catalog)
{
    QSet<QString> synced;
    for (const core::ModuleSchema &module : database.modules()) {
        for (const core::SyncedTable &table : module.syncedTables)
            synced.insert(table.name);
    }
    LocalTables tables;
    for (const TableSpec &spec : catalog.tables()) {
        if (!synced.contains(spec.name))
            continue;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(spec.name)))
            return core::fail(QStringLiteral("sync.schema"), query.lastError().text());
        QSet<QString> present;
        while (query.next())
            present.insert(query.value(1).toString());
        Table table {&spec, {}};
        for (const ColumnSpec &column : spec.columns) {
            if (present.contains(column.name))
                table.columns.append(&column);
        }
        tables.m_tables.insert(spec.name, table);
    }
    return tables;
}

const LocalTables::Table *LocalTables::table(const QString &name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &it.value();
}

namespace {
// Statement sizes a table's ids are read in (forEachChunk).
constexpr std::initializer_list<int> kGroupSizes = {128, 32, 8, 1};

// Text as stored. Text that is not well-formed UTF-8 (written by something
// other than this app) goes through QString instead, which writes only
// well-formed UTF-8, so that one value cannot make the server refuse the
// whole batch.
void writeText(CborWriter &out, const core::SqliteStatement &row, int index)
{
    const QByteArrayView utf8 = row.utf8At(index);
    if (isValidUtf8(utf8))
        out.utf8Text(utf8);
    else
        out.text(row.textAt(index));
}

// The `index`th value of `row`'s current row as `column`'s wire value: text,
// integer or null. SQLite's typing is per value: a text column may hold
// what was bound as a number. The wire type follows the catalog.
void writeValue(CborWriter &out, const ColumnSpec &column, const core::SqliteStatement &row,
                int index)
{
    if (row.isNull(index))
        out.null();
    else if (column.type == ColumnType::Integer)
        out.integer(row.integerAt(index));
    else
        writeText(out, row, index);
}

QString aheadKey(const QString &table, QStringView id)
{
    return table + QChar(0x1f) + id;
}
} // namespace

core::Status
LocalRowReader::readAhead(const QList<std::pair<const LocalTables::Table *, QString>> &rows)
{
    QHash<const LocalTables::Table *, QList<QStringView>> idsByTable;
    QSet<QString> seen;
    for (const auto &[table, id] : rows) {
        const QString key = aheadKey(table->spec->name, id);
        if (m_ahead.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        idsByTable[table].append(id);
    }
    for (auto it = idsByTable.begin(); it != idsByTable.end(); ++it) {
        QList<QStringView> &ids = it.value();
        auto read = forEachChunk(ids.size(), kGroupSizes, [&](qsizetype offset, int size) {
            return readGroup(*it.key(), ids.data() + offset, size);
        });
        if (!read)
            return read;
    }
    return {};
}

core::Status LocalRowReader::readGroup(const LocalTables::Table &table, QStringView *ids, int count)
{
    const QString statementKey = table.spec->name + QLatin1Char('/') + QString::number(count);
    auto it = m_selects.find(statementKey);
    if (it == m_selects.end()) {
        QStringList names;
        for (const ColumnSpec *column : table.columns)
            names.append(column->name);
        auto select = core::SqliteStatement::prepare(
            m_database.connection(),
            QStringLiteral("SELECT id, hlc, origin, deleted%1 FROM %2 WHERE id IN (%3)")
                .arg(names.isEmpty() ? QString() : QStringLiteral(", ") + names.join(u", "),
                     table.spec->name, QStringList(count, QStringLiteral("?")).join(u',')));
        if (!select)
            return core::fail(QStringLiteral("sync.read_row"), select.error().message);
        it = m_selects.emplace(statementKey, std::move(*select)).first;
    }
    core::SqliteStatement &query = it->second;
    for (int i = 0; i < count; ++i) {
        query.bindText(i + 1, ids[i].toString());
        // Not found below: no longer in its table.
        m_ahead.insert(aheadKey(table.spec->name, ids[i]), std::nullopt);
    }
    const QByteArray tableName = table.spec->name.toUtf8();
    QList<QByteArray> columnNames;
    for (const ColumnSpec *column : table.columns)
        columnNames.append(column->name.toUtf8());
    for (;;) {
        auto found = query.next();
        if (!found)
            return core::fail(QStringLiteral("sync.read_row"), found.error().message);
        if (!*found)
            return {};
        LocalRow row;
        row.madeHere = query.utf8At(2) == m_deviceId;
        row.cbor.reserve(m_rowBytes + 64);
        CborWriter out(row.cbor);
        out.mapHeader(6);
        out.text(QLatin1StringView("table"));
        out.utf8Text(tableName);
        out.text(QLatin1StringView("id"));
        writeText(out, query, 0);
        out.text(QLatin1StringView("hlc"));
        out.integer(query.integerAt(1));
        out.text(QLatin1StringView("origin"));
        writeText(out, query, 2);
        out.text(QLatin1StringView("deleted"));
        out.boolean(query.integerAt(3) != 0);
        out.text(QLatin1StringView("values"));
        out.mapHeader(quint64(table.columns.size()));
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            out.utf8Text(columnNames.at(i));
            writeValue(out, *table.columns.at(i), query, int(i) + 4);
        }
        m_rowBytes = row.cbor.size();
        m_ahead.insert(aheadKey(table.spec->name, query.textAt(0)), std::move(row));
    }
}

core::Result<std::optional<LocalRow>> LocalRowReader::read(const LocalTables::Table &table,
                                                           const QString &id)
{
    const QString key = aheadKey(table.spec->name, id);
    if (!m_ahead.contains(key)) {
        QStringView only(id);
        if (auto ok = readGroup(table, &only, 1); !ok)
            return std::unexpected(ok.error());
    }
    return m_ahead.take(key);
}

} // namespace pd::sync
