#include "preparedpage.h"

#include "cborwriter.h"

#include <QCborStreamReader>
#include <QVarLengthArray>

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

namespace {
// The next text item's UTF-8 bytes, chunks joined, into `out` (its
// capacity reused); false when it is not well-formed text.
bool readUtf8(QCborStreamReader &reader, QByteArray &out)
{
    if (!reader.isString())
        return false;
    out.resize(0);
    for (;;) {
        const qsizetype at = out.size();
        const qsizetype chunk = qMax<qsizetype>(0, reader.currentStringChunkSize());
        out.resize(at + chunk);
        const auto read = reader.readStringChunk(out.data() + at, chunk);
        if (read.status == QCborStreamReader::Error)
            return false;
        out.resize(at + (read.status == QCborStreamReader::Ok ? read.data : 0));
        if (read.status == QCborStreamReader::EndOfString)
            return isValidUtf8(out);
    }
}

bool readInteger(QCborStreamReader &reader, qint64 &value)
{
    if (!reader.isInteger())
        return false;
    value = reader.toInteger();
    return reader.next();
}

// Leaves the containers entered below `depth`, skipping what is left in them.
bool leaveTo(QCborStreamReader &reader, int depth)
{
    while (reader.containerDepth() > depth) {
        while (reader.hasNext()) {
            if (!reader.next())
                return false;
        }
        if (!reader.leaveContainer())
            return false;
    }
    return reader.lastError() == QCborError::NoError;
}

// A table's catalog columns as UTF-8 keys.
struct ColumnKeys {
    QList<QByteArray> names;
    qsizetype matchColumn = -1;
};

ColumnKeys columnKeysOf(const LocalTables::Table &table)
{
    ColumnKeys keys;
    for (const ColumnSpec &column : table.spec->columns) {
        keys.names.append(column.name.toUtf8());
        if (column.name == table.spec->matchColumn)
            keys.matchColumn = keys.names.size() - 1;
    }
    return keys;
}

// One row read the fast way.
struct FastRow {
    const LocalTables::Table *table = nullptr;
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    QList<QVariant> values; // by catalog column
};

constexpr qsizetype kMaxTextKey = 64; // validateRow's limit on id and origin

// Reads the row map the reader is at, entered already, into `row`: true
// when it is a row validateRow() would accept, of a table kept here and
// written per table, with every catalog column. False leaves the reader
// inside the row, for leaveTo().
bool readFastRow(QCborStreamReader &reader, const LocalTables &tables,
                 QHash<const LocalTables::Table *, ColumnKeys> &keysOf, QByteArray &text,
                 FastRow &row)
{
    bool haveTable = false, haveId = false, haveHlc = false, haveOrigin = false;
    bool haveDeleted = false, haveValues = false;
    while (reader.hasNext()) {
        if (!readUtf8(reader, text))
            return false;
        if (text == "table") {
            if (!readUtf8(reader, text))
                return false;
            row.table = tables.table(QString::fromUtf8(text));
            if (!row.table || row.table->spec->name == QLatin1String(conflict::table))
                return false;
            haveTable = true;
        } else if (text == "id" || text == "origin") {
            QString &value = text == "id" ? row.id : row.origin;
            (text == "id" ? haveId : haveOrigin) = true;
            if (!readUtf8(reader, text) || text.isEmpty() || text.contains('\0'))
                return false;
            value = QString::fromUtf8(text);
            if (value.size() > kMaxTextKey)
                return false;
        } else if (text == "hlc") {
            if (!readInteger(reader, row.hlc) || row.hlc <= 0)
                return false;
            haveHlc = true;
        } else if (text == "deleted") {
            if (!reader.isBool())
                return false;
            row.deleted = reader.toBool();
            haveDeleted = true;
            if (!reader.next())
                return false;
        } else if (text == "values") {
            // The table comes first in every page this server writes.
            if (!haveTable || haveValues || !reader.isMap() || !reader.enterContainer())
                return false;
            auto keys = keysOf.constFind(row.table);
            if (keys == keysOf.constEnd())
                keys = keysOf.insert(row.table, columnKeysOf(*row.table));
            const QList<ColumnSpec> &columns = row.table->spec->columns;
            row.values = QList<QVariant>(columns.size());
            QVarLengthArray<bool, 32> present(columns.size(), false);
            qsizetype expected = 0; // values come in catalog order
            while (reader.hasNext()) {
                if (!readUtf8(reader, text))
                    return false;
                qsizetype column = expected < columns.size() && keys->names.at(expected) == text
                    ? expected
                    : keys->names.indexOf(text);
                if (column < 0 || present[column])
                    return false;
                present[column] = true;
                expected = column + 1;
                const ColumnSpec &spec = columns.at(column);
                if (reader.isNull()) {
                    if (!spec.nullable || !reader.next())
                        return false;
                } else if (spec.type == ColumnType::Integer) {
                    qint64 value = 0;
                    if (!readInteger(reader, value))
                        return false;
                    row.values[column] = value;
                } else {
                    if (!readUtf8(reader, text)
                        || (column == keys->matchColumn && text.contains('\0')))
                        return false;
                    row.values[column] = QString::fromUtf8(text);
                }
            }
            if (!reader.leaveContainer() || present.contains(false))
                return false;
            haveValues = true;
        } else if (text != "seq" || !reader.isInteger() || !reader.next()) {
            return false; // a key of a later version: decoded whole
        }
    }
    return haveTable && haveId && haveHlc && haveOrigin && haveDeleted && haveValues;
}
} // namespace

std::optional<PreparedPage> preparePageFromCbor(const LocalTables &tables, QByteArray body)
{
    PreparedPage prepared;
    PageLayout layout(prepared, tables);
    QCborStreamReader reader(body);
    if (!reader.isMap() || !reader.enterContainer())
        return std::nullopt;
    QHash<const LocalTables::Table *, ColumnKeys> keysOf;
    QByteArray text;
    bool haveRows = false, haveLast = false, haveMore = false, haveHlc = false;
    while (reader.hasNext()) {
        if (!readUtf8(reader, text))
            return std::nullopt;
        if (text == "last") {
            if (!readInteger(reader, prepared.response.last))
                return std::nullopt;
            haveLast = true;
        } else if (text == "serverHlc") {
            if (!readInteger(reader, prepared.response.serverHlc))
                return std::nullopt;
            haveHlc = true;
        } else if (text == "more") {
            if (!reader.isBool())
                return std::nullopt;
            prepared.response.more = reader.toBool();
            haveMore = true;
            if (!reader.next())
                return std::nullopt;
        } else if (text == "rows") {
            if (haveRows || !reader.isArray() || !reader.isLengthKnown()
                || !reader.enterContainer())
                return std::nullopt;
            const qsizetype expectedRows = qsizetype(reader.length());
            prepared.rowStarts.reserve(expectedRows + 1);
            const int depth = reader.containerDepth();
            while (reader.hasNext()) {
                const qsizetype index = prepared.rowStarts.size();
                prepared.rowStarts.append(qsizetype(reader.currentOffset()));
                FastRow row;
                if (reader.isMap() && reader.enterContainer()
                    && readFastRow(reader, tables, keysOf, text, row)) {
                    if (!reader.leaveContainer())
                        return std::nullopt;
                    QList<QVariant> &values = layout.rowsOf(*row.table, expectedRows, index);
                    values << row.id << row.hlc << row.origin << (row.deleted ? 1 : 0);
                    // The local columns are a subset of the catalog's.
                    for (const ColumnSpec *column : row.table->columns)
                        values << row.values.at(column - row.table->spec->columns.constData());
                    continue;
                }
                // Anything else is decoded and placed as preparePage() does.
                if (reader.containerDepth() > depth ? !leaveTo(reader, depth) : !reader.next())
                    return std::nullopt;
                const qsizetype start = prepared.rowStarts.last();
                QCborParserError error;
                const QCborValue value = QCborValue::fromCbor(
                    body.constData() + start, qsizetype(reader.currentOffset()) - start, &error);
                Decoded<Row> decoded = rowFromCbor(value);
                if (error.error != QCborError::NoError || !decoded)
                    return std::nullopt;
                layout.place(index, *decoded.value, expectedRows);
            }
            prepared.rowStarts.append(qsizetype(reader.currentOffset()));
            if (!reader.leaveContainer())
                return std::nullopt;
            haveRows = true;
        } else {
            return std::nullopt; // a key of a later version: decoded whole
        }
    }
    if (!reader.leaveContainer() || !haveRows || !haveLast || !haveMore || !haveHlc)
        return std::nullopt;
    prepared.body = std::move(body);
    return prepared;
}

} // namespace pd::sync
