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

// The values map, entered already: every key a column of the table, once,
// with its type.
bool readValues(QCborStreamReader &reader, QByteArray &scratch, StreamedRow &row)
{
    const QList<ColumnSpec> &columns = row.table->columns;
    row.values = QList<QVariant>(columns.size());
    QVarLengthArray<bool, 32> present(columns.size(), false);
    qsizetype expected = 0; // values usually come in catalog order
    while (reader.hasNext()) {
        if (!readUtf8(reader, scratch))
            return false;
        const ColumnSpec *column =
            expected < columns.size() && columns.at(expected).name == QLatin1StringView(scratch)
            ? &columns.at(expected)
            : row.table->column(QString::fromUtf8(scratch));
        if (!column)
            return false;
        const qsizetype index = column - columns.constData();
        if (present[index])
            return false;
        present[index] = true;
        expected = index + 1;
        if (reader.isNull()) {
            if (!column->nullable || !reader.next())
                return false;
        } else if (column->type == ColumnType::Integer) {
            qint64 value = 0;
            if (!readInteger(reader, value))
                return false;
            row.values[index] = value;
        } else {
            // The match column is stored as text of its own, where
            // PostgreSQL cannot hold U+0000.
            if (!readUtf8(reader, scratch)
                || (column->name == row.table->matchColumn && scratch.contains('\0')))
                return false;
            row.values[index] = QString::fromUtf8(scratch);
        }
    }
    row.allColumns = !present.contains(false);
    return row.allColumns || row.deleted;
}
} // namespace

bool readRow(QCborStreamReader &reader, const Catalog &catalog, QByteArray &scratch,
             StreamedRow &row)
{
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    bool haveTable = false, haveId = false, haveHlc = false, haveOrigin = false;
    bool haveDeleted = false, haveValues = false;
    while (reader.hasNext()) {
        if (!readUtf8(reader, scratch))
            return false;
        if (scratch == "table") {
            if (haveTable || !readUtf8(reader, scratch))
                return false;
            row.table = catalog.table(QString::fromUtf8(scratch));
            haveTable = row.table != nullptr;
            if (!haveTable)
                return false;
        } else if (scratch == "id") {
            if (haveId || !readKeyText(reader, scratch, row.id))
                return false;
            haveId = true;
        } else if (scratch == "origin") {
            if (haveOrigin || !readKeyText(reader, scratch, row.origin))
                return false;
            haveOrigin = true;
        } else if (scratch == "hlc") {
            if (haveHlc || !readInteger(reader, row.hlc) || row.hlc <= 0)
                return false;
            haveHlc = true;
        } else if (scratch == "deleted") {
            if (haveDeleted || !readBoolean(reader, row.deleted))
                return false;
            haveDeleted = true;
        } else if (scratch == "values") {
            // The deleted flag decides whether columns may be missing.
            if (!haveTable || !haveDeleted || haveValues || !reader.isMap()
                || !reader.isLengthKnown())
                return false;
            row.valuesStart = qsizetype(reader.currentOffset());
            if (!reader.enterContainer() || !readValues(reader, scratch, row)
                || !reader.leaveContainer())
                return false;
            row.valuesEnd = qsizetype(reader.currentOffset());
            haveValues = true;
        } else if (scratch != "seq" || !reader.isInteger() || !reader.next()) {
            return false; // a key of a later version: decoded whole
        }
    }
    return haveTable && haveId && haveHlc && haveOrigin && haveDeleted && haveValues
        && reader.leaveContainer();
}

bool readRows(QCborStreamReader &reader, const QByteArray &body, const Catalog &catalog,
              QByteArray &scratch,
              const std::function<bool(qsizetype, qsizetype, const StreamedRow &)> &streamed,
              const std::function<void(qsizetype, qsizetype, const Row &)> &decoded)
{
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
    return reader.lastError() == QCborError::NoError;
}

} // namespace pd::sync
