#include "localtables.h"

#include "database.h"

#include <QSet>
#include <QSqlError>

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

core::Result<std::optional<Row>> LocalRowReader::read(const LocalTables::Table &table,
                                                      const QString &id)
{
    auto it = m_selects.find(table.spec->name);
    if (it == m_selects.end()) {
        QStringList names;
        for (const ColumnSpec *column : table.columns)
            names.append(column->name);
        QSqlQuery select(m_database.connection());
        select.setForwardOnly(true);
        if (!select.prepare(
                QStringLiteral("SELECT hlc, origin, deleted%1 FROM %2 WHERE id = ?")
                    .arg(names.isEmpty() ? QString() : QStringLiteral(", ") + names.join(u", "),
                         table.spec->name)))
            return core::fail(QStringLiteral("sync.read_row"), select.lastError().text());
        it = m_selects.insert(table.spec->name, select);
    }
    QSqlQuery &query = *it;
    query.bindValue(0, id);
    if (!query.exec())
        return core::fail(QStringLiteral("sync.read_row"), query.lastError().text());
    if (!query.next())
        return std::optional<Row>();
    Row row;
    row.table = table.spec->name;
    row.id = id;
    row.hlc = query.value(0).toLongLong();
    row.origin = query.value(1).toString();
    row.deleted = query.value(2).toLongLong() != 0;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        row.values.insert(table.columns.at(i)->name,
                          LocalTables::wireValue(*table.columns.at(i), query.value(int(i) + 3)));
    query.finish();
    return std::optional<Row>(std::move(row));
}

QCborValue LocalTables::wireValue(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull())
        return QCborValue(nullptr);
    // SQLite's typing is per value: a text column may hold what was bound
    // as a number. The wire type follows the catalog, not the value.
    if (column.type == ColumnType::Integer)
        return QCborValue(value.toLongLong());
    return QCborValue(value.toString());
}

QVariant LocalTables::sqlValue(const QCborValue &value)
{
    if (value.isInteger())
        return QVariant(value.toInteger());
    if (value.isString()) {
        // An empty CBOR text reads as a null QString, which would bind as
        // NULL.
        const QString text = value.toString();
        return QVariant(text.isNull() ? QStringLiteral("") : text);
    }
    return QVariant();
}

} // namespace pd::sync
