#include "preparedpage.h"

#include "rowreader.h"

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

namespace {
// Places rows in a page's layout; each table's values list is sized once,
// for `expectedRows` rows (a page holds up to 5,000 rows of some twenty
// values).
class PageLayout {
public:
    PageLayout(PreparedPage &page, const LocalTables &tables) : m_page(page), m_tables(tables) { }

    // Where `row` goes, checked as the server checks a push.
    void place(qsizetype index, const Row &row, qsizetype expectedRows)
    {
        const LocalTables::Table *table = m_tables.table(row.table);
        if (!table || !isWrittenPerTable(row)) {
            m_page.single.append(index);
            return;
        }
        auto known = checkPulledRow(*table->spec, row);
        if (!known) {
            m_page.rejected.append({index, std::move(known.error())});
            return;
        }
        appendRowValues(rowsOf(*table, expectedRows, index), *table, *known);
    }

    // The values list a row of `table` at `index` goes to.
    QList<QVariant> &rowsOf(const LocalTables::Table &table, qsizetype expectedRows,
                            qsizetype index)
    {
        auto slot = m_slots.constFind(&table);
        if (slot == m_slots.constEnd()) {
            slot = m_slots.insert(&table, m_page.tables.size());
            m_page.tables.append({&table, {}, {}});
            m_page.tables.last().values.reserve(expectedRows * rowWidth(table));
        }
        PreparedPage::TableRows &rows = m_page.tables[*slot];
        rows.rows.append(index);
        return rows.values;
    }

private:
    PreparedPage &m_page;
    const LocalTables &m_tables;
    QHash<const LocalTables::Table *, qsizetype> m_slots;
};
} // namespace

PreparedPage preparePage(const LocalTables &tables, PullResponse response)
{
    PreparedPage prepared;
    QHash<const LocalTables::Table *, qsizetype> rowsPerTable;
    for (const Row &row : std::as_const(response.rows)) {
        if (const LocalTables::Table *table = tables.table(row.table))
            ++rowsPerTable[table];
    }
    PageLayout layout(prepared, tables);
    for (qsizetype i = 0; i < response.rows.size(); ++i) {
        const Row &row = response.rows.at(i);
        layout.place(i, row, rowsPerTable.value(tables.table(row.table)));
    }
    prepared.response = std::move(response);
    return prepared;
}

qsizetype PreparedPage::rowCount() const
{
    return body.isEmpty() ? response.rows.size() : rowStarts.size() - 1;
}

Row PreparedPage::row(qsizetype index) const
{
    if (body.isEmpty())
        return response.rows.at(index);
    const qsizetype start = rowStarts.at(index);
    // Decoded once already while the page was laid out.
    return rowFromCbor(
               QCborValue::fromCbor(body.constData() + start, rowStarts.at(index + 1) - start))
        .value.value_or(Row {});
}

std::optional<PreparedPage> preparePageFromCbor(const LocalTables &tables, QByteArray body)
{
    PreparedPage prepared;
    PageLayout layout(prepared, tables);
    CborReader reader(body);
    bool haveRows = false, haveLast = false, haveMore = false, haveHlc = false;
    PullResponse &page = prepared.response;
    const bool read = readMap(reader, [&](QByteArrayView key) {
        if (key == "last")
            return takeOnce(haveLast, readInteger(reader, page.last));
        if (key == "serverHlc")
            return takeOnce(haveHlc, readInteger(reader, page.serverHlc));
        if (key == "more")
            return takeOnce(haveMore, readBoolean(reader, page.more));
        // Every row takes a byte at least: a length the page cannot hold
        // is not reserved for.
        if (key != "rows" || haveRows || !reader.isArray() || !reader.isLengthKnown()
            || reader.length() > quint64(body.size()))
            return false; // a key of a later version: decoded whole
        const qsizetype expectedRows = qsizetype(reader.length());
        prepared.rowStarts.reserve(expectedRows + 1);
        const bool rows = readRows(
            reader, body, Catalog::v1(),
            [&](qsizetype index, qsizetype start, const StreamedRow &row) {
                prepared.rowStarts.append(start);
                const LocalTables::Table *table = tables.table(row.table->name);
                if (!table || !row.allColumns || row.table->name == QLatin1String(conflict::table))
                    return false;
                QList<QVariant> &values = layout.rowsOf(*table, expectedRows, index);
                values << row.id << row.hlc << row.origin << (row.deleted ? 1 : 0);
                // The local columns are a subset of the catalog's.
                for (const ColumnSpec *column : table->columns)
                    values << row.values.at(column - row.table->columns.constData()).toVariant();
                return true;
            },
            // Anything else is decoded and placed as preparePage() does.
            [&](qsizetype index, qsizetype start, const Row &row) {
                // Unless the first callback had this row already.
                if (prepared.rowStarts.size() == index)
                    prepared.rowStarts.append(start);
                layout.place(index, row, expectedRows);
            });
        // Where the last row ends.
        prepared.rowStarts.append(reader.currentOffset());
        return takeOnce(haveRows, rows);
    });
    if (!read || !haveRows || !haveLast || !haveMore || !haveHlc)
        return std::nullopt;
    prepared.body = std::move(body);
    return prepared;
}

} // namespace pd::sync
