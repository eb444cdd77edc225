#include "preparedpage.h"

namespace pd::sync {

namespace {
bool isWrittenPerTable(const Row &row)
{
    return !(row.deleted && row.values.isEmpty()) && row.table != QLatin1String(conflict::table);
}

QVariant boundValue(const QCborValue &value)
{
    // Checked rows hold text, integers or null; a null is an invalid
    // QVariant, not toVariant()'s std::nullptr_t.
    if (value.isInteger())
        return value.toInteger();
    if (value.isString())
        return value.toString();
    return {};
}
} // namespace

void appendRowValues(QList<QVariant> &values, const LocalTables::Table &table, const Row &row)
{
    values.append(row.id);
    values.append(row.hlc);
    values.append(row.origin);
    values.append(row.deleted ? 1 : 0);
    for (const ColumnSpec *column : table.columns)
        values.append(boundValue(row.values.value(column->name)));
}

std::expected<Row, RowRejection> checkPulledRow(const TableSpec &table, const Row &row)
{
    // Rows of this catalog version pass the first check; only rows with
    // columns of a later one are stripped and checked again.
    Row known = row;
    std::optional<RowRejection> rejection = validateRow(known);
    if (rejection && rejection->code == QLatin1String(reason::unknownColumn)) {
        for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
            if (!table.column(it.key().toString()))
                known.values.remove(it.key());
        }
        rejection = validateRow(known);
    }
    if (rejection)
        return std::unexpected(std::move(*rejection));
    return known;
}

PreparedPage preparePage(const LocalTables &tables, PullResponse response)
{
    PreparedPage prepared;
    // Each table's values list is sized once: a page holds up to 5,000 rows
    // of some twenty values.
    QHash<const LocalTables::Table *, qsizetype> rowsPerTable;
    for (const Row &row : std::as_const(response.rows)) {
        if (const LocalTables::Table *table = tables.table(row.table))
            ++rowsPerTable[table];
    }
    QHash<const LocalTables::Table *, qsizetype> tableSlot;
    for (qsizetype i = 0; i < response.rows.size(); ++i) {
        const Row &row = response.rows.at(i);
        const LocalTables::Table *table = tables.table(row.table);
        if (!table || !isWrittenPerTable(row)) {
            prepared.single.append(i);
            continue;
        }
        auto known = checkPulledRow(*table->spec, row);
        if (!known) {
            prepared.rejected.append({i, std::move(known.error())});
            continue;
        }
        auto slot = tableSlot.constFind(table);
        if (slot == tableSlot.constEnd()) {
            slot = tableSlot.insert(table, prepared.tables.size());
            prepared.tables.append({table, {}, {}});
            prepared.tables.last().values.reserve(rowsPerTable.value(table) * rowWidth(*table));
        }
        PreparedPage::TableRows &rows = prepared.tables[*slot];
        rows.rows.append(i);
        appendRowValues(rows.values, *table, *known);
    }
    prepared.response = std::move(response);
    return prepared;
}

} // namespace pd::sync
