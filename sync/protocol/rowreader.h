#pragma once

#include "catalog.h"
#include "cborreader.h"
#include "wire.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <functional>

namespace pd::sync {

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
    // By catalog column: an integer, a text as its UTF-8 bytes (QByteArray:
    // a device binds them to SQLite as they are, a server reads only the
    // match column), or invalid for a null or a column the row does not
    // have.
    QList<QVariant> values;
    bool allColumns = false; // every catalog column is there
    // Where the values map is in the body: the bytes a server stores.
    qsizetype valuesStart = 0;
    qsizetype valuesEnd = 0;
};

// Reads the row map the reader is at into `row`: true when it is a map of
// the wire's row keys in which validateRow() would find nothing wrong
// ("table" and "deleted" come before "values"). False leaves the reader
// anywhere in the row (readRows() moves past it). `scratch` is reused
// between calls.
bool readRow(CborReader &reader, const Catalog &catalog, QByteArray &scratch, StreamedRow &row);

// Reads the rows array the reader is at, through its end. `streamed` gets
// each row readRow() could read, with its index and the offset where it
// starts, and says whether it took it; every other row is decoded whole and
// given to `decoded`. False when the array or a row is not well-formed.
bool readRows(CborReader &reader, const QByteArray &body, const Catalog &catalog,
              QByteArray &scratch,
              const std::function<bool(qsizetype, qsizetype, const StreamedRow &)> &streamed,
              const std::function<void(qsizetype, qsizetype, const Row &)> &decoded);

// The next text item's UTF-8 bytes into `text` (a view of the data, or of
// `scratch` for a text sent in chunks): false when it is not text or not
// well-formed UTF-8.
bool readUtf8(CborReader &reader, QByteArrayView &text, QByteArray &scratch);
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
    QByteArray chunks; // for a key sent in chunks
    while (reader.hasNext()) {
        QByteArrayView key;
        if (!readUtf8(reader, key, chunks) || !onKey(key))
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
