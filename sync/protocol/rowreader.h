#pragma once

#include "catalog.h"
#include "cborreader.h"
#include "wire.h"

#include <QByteArray>
#include <QList>
#include <QVarLengthArray>
#include <QVariant>

#include <functional>

namespace pd::sync {

// A value of a StreamedRow: an integer, a text as its UTF-8 bytes in the
// body read (a device binds them to SQLite as they are, a server reads only
// the match column), or null for a null or a column the row does not have.
struct StreamedValue {
    enum class Kind : quint8 { Null, Integer, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    QByteArrayView text;

    // As a device binds it: qint64, QByteArray (a copy) or invalid.
    QVariant toVariant() const;
};

// One row map of a push body or pull page read with CborReader,
// without making a Row, a QCborMap or a value tree: what both sides do with
// the thousands of ordinary rows of a batch or page. A row it cannot vouch
// for is left to the whole decoder (rowFromCbor, validateRow), which says
// what is wrong with it.
struct StreamedRow {
    const TableSpec *table = nullptr;
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    // By catalog column; views of the body, valid while it is.
    QVarLengthArray<StreamedValue, 24> values;
    bool allColumns = false; // every catalog column is there
    // Where the values map is in the body: the bytes a server stores.
    qsizetype valuesStart = 0;
    qsizetype valuesEnd = 0;
};

// Reads the row map the reader is at into `row`: true when it is a map of
// the wire's row keys in which validateRow() would find nothing wrong
// ("table" and "deleted" come before "values"). False leaves the reader
// anywhere in the row (readRows() moves past it).
bool readRow(CborReader &reader, const Catalog &catalog, StreamedRow &row);

// Reads the rows array the reader is at, through its end. `streamed` gets
// each row readRow() could read, with its index and the offset where it
// starts, and says whether it took it; every other row is decoded whole and
// given to `decoded`. False when the array or a row is not well-formed.
bool readRows(CborReader &reader, const QByteArray &body, const Catalog &catalog,
              const std::function<bool(qsizetype, qsizetype, const StreamedRow &)> &streamed,
              const std::function<void(qsizetype, qsizetype, const Row &)> &decoded);

// The next text item's UTF-8 bytes into `text`, a view of the data: false
// when it is not text in one piece or not well-formed UTF-8.
bool readUtf8(CborReader &reader, QByteArrayView &text);
bool readInteger(CborReader &reader, qint64 &value);
bool readBoolean(CborReader &reader, bool &value);

// Reads the map the reader is at, key by key: `onKey` gets each text key
// (a QByteArrayView, valid until the next key) with the reader at its
// value, reads or skips that value and says whether the map is still what
// the caller expects. False when the item is no map of text keys or
// `onKey` said no.
template<typename OnKey> bool readMap(CborReader &reader, OnKey &&onKey)
{
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    while (reader.hasNext()) {
        QByteArrayView key;
        if (!readUtf8(reader, key) || !onKey(key))
            return false;
    }
    return reader.leaveContainer();
}

// For readMap() callers: a key's value taken once. False when the key came
// before or its value was not what it should be; otherwise `seen` is set.
inline bool takeOnce(bool &seen, bool valueRead)
{
    if (seen || !valueRead)
        return false;
    seen = true;
    return true;
}

} // namespace pd::sync
