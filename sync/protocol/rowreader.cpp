#include "rowreader.h"

#include "cborwriter.h"

#include <QVarLengthArray>

namespace pd::sync {

QVariant StreamedValue::toVariant() const
{
    switch (kind) {
    case Kind::Integer:
        return integer;
    case Kind::Text:
        return text.toByteArray();
    case Kind::Null:
        break;
    }
    return {};
}

bool readUtf8(CborReader &reader, QByteArrayView &text)
{
    return reader.readText(text) && isValidUtf8(text);
}

bool readInteger(CborReader &reader, qint64 &value)
{
    if (!reader.isInteger())
        return false;
    value = reader.toInteger();
    return reader.next();
}

bool readBoolean(CborReader &reader, bool &value)
{
    if (!reader.isBool())
        return false;
    value = reader.toBool();
    return reader.next();
}

namespace {
// validateRow's limit on ids and origins.
constexpr qsizetype kMaxKeyText = 64;

bool readKeyText(CborReader &reader, QString &text)
{
    QByteArrayView utf8;
    if (!readUtf8(reader, utf8) || utf8.isEmpty() || utf8.contains('\0'))
        return false;
    text = QString::fromUtf8(utf8);
    return text.size() <= kMaxKeyText;
}

// The values map: every key a column of the table, once, with its type.
bool readValues(CborReader &reader, StreamedRow &row)
{
    const QList<ColumnSpec> &columns = row.table->columns;
    row.values.clear(); // every column null until read
    row.values.resize(columns.size());
    QVarLengthArray<bool, 32> present(columns.size(), false);
    qsizetype expected = 0; // values usually come in catalog order
    const bool read = readMap(reader, [&](QByteArrayView key) {
        const ColumnSpec *column =
            expected < columns.size() && columns.at(expected).name == QLatin1StringView(key)
            ? &columns.at(expected)
            : row.table->column(QString::fromUtf8(key));
        if (!column)
            return false;
        const qsizetype index = column - columns.constData();
        if (present[index])
            return false;
        present[index] = true;
        expected = index + 1;
        if (reader.isNull())
            return column->nullable && reader.next();
        if (column->type == ColumnType::Integer) {
            StreamedValue &value = row.values[index];
            value.kind = StreamedValue::Kind::Integer;
            return readInteger(reader, value.integer);
        }
        // The match column is stored as text of its own, where PostgreSQL
        // cannot hold U+0000.
        QByteArrayView text;
        if (!readUtf8(reader, text)
            || (column->name == row.table->matchColumn && text.contains('\0')))
            return false;
        row.values[index] = {StreamedValue::Kind::Text, 0, text};
        return true;
    });
    row.allColumns = !present.contains(false);
    return read && (row.allColumns || row.deleted);
}
} // namespace

bool readRow(CborReader &reader, const Catalog &catalog, StreamedRow &row)
{
    bool haveTable = false, haveId = false, haveHlc = false, haveOrigin = false;
    bool haveDeleted = false, haveValues = false;
    const bool read = readMap(reader, [&](QByteArrayView key) {
        if (key == "table") {
            QByteArrayView name;
            if (haveTable || !readUtf8(reader, name))
                return false;
            row.table = catalog.table(QString::fromUtf8(name));
            return takeOnce(haveTable, row.table != nullptr);
        }
        if (key == "id")
            return takeOnce(haveId, readKeyText(reader, row.id));
        if (key == "origin")
            return takeOnce(haveOrigin, readKeyText(reader, row.origin));
        if (key == "hlc")
            return takeOnce(haveHlc, readInteger(reader, row.hlc) && row.hlc > 0);
        if (key == "deleted")
            return takeOnce(haveDeleted, readBoolean(reader, row.deleted));
        if (key == "values") {
            // The deleted flag decides whether columns may be missing.
            if (!haveTable || !haveDeleted || haveValues || !reader.isLengthKnown())
                return false;
            row.valuesStart = reader.currentOffset();
            if (!readValues(reader, row))
                return false;
            row.valuesEnd = reader.currentOffset();
            return takeOnce(haveValues, true);
        }
        // "seq" is the server's; any other key is of a later version and
        // the row is decoded whole.
        return key == "seq" && reader.isInteger() && reader.next();
    });
    return read && haveTable && haveId && haveHlc && haveOrigin && haveDeleted && haveValues;
}

bool readRows(CborReader &reader, const QByteArray &body, const Catalog &catalog,
              const std::function<bool(qsizetype, qsizetype, const StreamedRow &)> &streamed,
              const std::function<void(qsizetype, qsizetype, const Row &)> &decoded)
{
    if (!reader.isArray() || !reader.isLengthKnown() || !reader.enterContainer())
        return false;
    for (qsizetype index = 0; reader.hasNext(); ++index) {
        const qsizetype start = reader.currentOffset();
        // A row readRow() gives up on is skipped from its start.
        const CborReader atRow = reader;
        StreamedRow row;
        const bool read = readRow(reader, catalog, row);
        if (read && streamed(index, start, row))
            continue;
        if (!read) {
            reader = atRow;
            if (!reader.next())
                return false;
        }
        QCborParserError error;
        const QCborValue value =
            QCborValue::fromCbor(body.constData() + start, reader.currentOffset() - start, &error);
        // A value Qt could not decode is not looked into: Qt 6.4 throws
        // std::bad_alloc for some (a text that is not UTF-8, say).
        if (error.error != QCborError::NoError)
            return false;
        const Decoded<Row> whole = rowFromCbor(value);
        if (!whole)
            return false;
        decoded(index, start, *whole.value);
    }
    return reader.leaveContainer();
}

} // namespace pd::sync
