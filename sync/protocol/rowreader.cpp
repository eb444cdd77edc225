#include "rowreader.h"

#include "cborwriter.h"

#include <QVarLengthArray>

namespace pd::sync {

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

bool readBoolean(QCborStreamReader &reader, bool &value)
{
    if (!reader.isBool())
        return false;
    value = reader.toBool();
    return reader.next();
}

namespace {
// Moves past the row readRow() started on; `depth` is the reader's
// containerDepth() before it.
bool skipRow(QCborStreamReader &reader, int depth)
{
    if (reader.containerDepth() == depth)
        return reader.next();
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

// validateRow's limit on ids and origins.
constexpr qsizetype kMaxKeyText = 64;

bool readKeyText(QCborStreamReader &reader, QByteArray &scratch, QString &text)
{
    if (!readUtf8(reader, scratch) || scratch.isEmpty() || scratch.contains('\0'))
        return false;
    text = QString::fromUtf8(scratch);
    return text.size() <= kMaxKeyText;
}

// The values map: every key a column of the table, once, with its type.
bool readValues(QCborStreamReader &reader, QByteArray &scratch, StreamedRow &row)
{
    const QList<ColumnSpec> &columns = row.table->columns;
    row.values = QList<QVariant>(columns.size());
    QVarLengthArray<bool, 32> present(columns.size(), false);
    qsizetype expected = 0; // values usually come in catalog order
    const bool read = readMap(reader, scratch, [&](const QByteArray &key) {
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
            qint64 value = 0;
            if (!readInteger(reader, value))
                return false;
            row.values[index] = value;
            return true;
        }
        // The match column is stored as text of its own, where PostgreSQL
        // cannot hold U+0000.
        if (!readUtf8(reader, scratch)
            || (column->name == row.table->matchColumn && scratch.contains('\0')))
            return false;
        // A copy of its own size; scratch keeps its buffer for the next value.
        row.values[index] = QByteArray(scratch.constData(), scratch.size());
        return true;
    });
    row.allColumns = !present.contains(false);
    return read && (row.allColumns || row.deleted);
}
} // namespace

bool readMap(QCborStreamReader &reader, QByteArray &key,
             const std::function<bool(const QByteArray &)> &onKey)
{
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    while (reader.hasNext()) {
        if (!readUtf8(reader, key) || !onKey(key))
            return false;
    }
    return reader.leaveContainer();
}

bool readRow(QCborStreamReader &reader, const Catalog &catalog, QByteArray &scratch,
             StreamedRow &row)
{
    bool haveTable = false, haveId = false, haveHlc = false, haveOrigin = false;
    bool haveDeleted = false, haveValues = false;
    const bool read = readMap(reader, scratch, [&](const QByteArray &key) {
        if (key == "table") {
            if (haveTable || !readUtf8(reader, scratch))
                return false;
            row.table = catalog.table(QString::fromUtf8(scratch));
            return takeOnce(haveTable, row.table != nullptr);
        }
        if (key == "id")
            return takeOnce(haveId, readKeyText(reader, scratch, row.id));
        if (key == "origin")
            return takeOnce(haveOrigin, readKeyText(reader, scratch, row.origin));
        if (key == "hlc")
            return takeOnce(haveHlc, readInteger(reader, row.hlc) && row.hlc > 0);
        if (key == "deleted")
            return takeOnce(haveDeleted, readBoolean(reader, row.deleted));
        if (key == "values") {
            // The deleted flag decides whether columns may be missing.
            if (!haveTable || !haveDeleted || haveValues || !reader.isLengthKnown())
                return false;
            row.valuesStart = qsizetype(reader.currentOffset());
            if (!readValues(reader, scratch, row))
                return false;
            row.valuesEnd = qsizetype(reader.currentOffset());
            return takeOnce(haveValues, true);
        }
        // "seq" is the server's; any other key is of a later version and
        // the row is decoded whole.
        return key == "seq" && reader.isInteger() && reader.next();
    });
    return read && haveTable && haveId && haveHlc && haveOrigin && haveDeleted && haveValues;
}

bool readRows(QCborStreamReader &reader, const QByteArray &body, const Catalog &catalog,
              QByteArray &scratch,
              const std::function<bool(qsizetype, qsizetype, const StreamedRow &)> &streamed,
              const std::function<void(qsizetype, qsizetype, const Row &)> &decoded)
{
    if (!reader.isArray() || !reader.isLengthKnown() || !reader.enterContainer())
        return false;
    const int depth = reader.containerDepth();
    for (qsizetype index = 0; reader.hasNext(); ++index) {
        const qsizetype start = qsizetype(reader.currentOffset());
        StreamedRow row;
        const bool read = readRow(reader, catalog, scratch, row);
        if (read && streamed(index, start, row))
            continue;
        if (!read && !skipRow(reader, depth))
            return false;
        QCborParserError error;
        const QCborValue value = QCborValue::fromCbor(
            body.constData() + start, qsizetype(reader.currentOffset()) - start, &error);
        const Decoded<Row> whole = rowFromCbor(value);
        if (error.error != QCborError::NoError || !whole)
            return false;
        decoded(index, start, *whole.value);
    }
    return reader.leaveContainer();
}

} // namespace pd::sync
