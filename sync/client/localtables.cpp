#include "localtables.h"

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

// A column's wire value from the `index`th value of `row`'s current row:
// text, integer or null.
QCborValue wireValue(const ColumnSpec &column, const core::SqliteStatement &row, int index)
{
    if (row.isNull(index))
        return QCborValue(nullptr);
    // SQLite's typing is per value: a text column may hold what was bound
    // as a number. The wire type follows the catalog, not the value.
    if (column.type == ColumnType::Integer)
        return QCborValue(row.integerAt(index));
    return QCborValue(row.textAt(index));
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
    for (;;) {
        auto found = query.next();
        if (!found)
            return core::fail(QStringLiteral("sync.read_row"), found.error().message);
        if (!*found)
            return {};
        Row row;
        row.table = table.spec->name;
        row.id = query.textAt(0);
        row.hlc = query.integerAt(1);
        row.origin = query.textAt(2);
        row.deleted = query.integerAt(3) != 0;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            row.values.insert(table.columns.at(i)->name,
                              wireValue(*table.columns.at(i), query, int(i) + 4));
        const QString key = aheadKey(row.table, row.id);
        m_ahead.insert(key, std::move(row));
    }
}

core::Result<std::optional<Row>> LocalRowReader::read(const LocalTables::Table &table,
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
