#pragma once

#include "error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace pd::sync::server {

// Rows in the binary format of PostgreSQL's COPY: each row its number of
// fields, each field its length and its value as the column type's binary
// form (integers in network byte order, text as UTF-8, bytea as it is).
// Unlike the text format nothing is escaped, and bytea travels as itself,
// not as hex twice its size for PostgreSQL to decode.
class PgCopyRows {
public:
    void beginRow(int fieldCount);
    void appendText(QStringView text);
    void appendInt4(qint32 value); // for an integer column
    void appendInt8(qint64 value); // for a bigint column
    void appendBytes(QByteArrayView bytes); // for a bytea column
    // Fields already in this format: the data() of another PgCopyRows
    // after its beginRow() and before its endRow().
    void appendFields(QByteArrayView fields);
    void endRow() { ++m_rows; }

    const QByteArray &data() const { return m_data; }
    int rowCount() const { return m_rows; }

private:
    void appendLength(qint32 length);

    QByteArray m_data;
    int m_rows = 0;
};

// COPY ... FROM STDIN on an open QPSQL connection, inside whatever
// transaction it has open.
//
// Why not QtSql: it has no COPY, and COPY is the cheapest way into a
// table. PostgreSQL writes COPY'd rows a page at a time; an INSERT of the
// same rows from bound arrays costs it about three times as much per row
// (unnest, the array literals parsed from the statement text, speculative
// insertion). libpq, which the QPSQL driver is built on, is already loaded
// in the process: the eight functions used here are resolved from it at run
// time (as Qt resolves OpenSSL's), so there is no build dependency beyond
// the Qt SQL driver. Their declarations follow libpq-fe.h of libpq.so.5,
// whose interface PostgreSQL keeps stable.
class PgCopy {
public:
    // Whether libpq's functions were found; without them callers write
    // with INSERT instead.
    static bool available();

    // Runs `copyStatement` ("COPY table (columns) FROM STDIN WITH (FORMAT
    // binary)") with `rows`, between the format's header and trailer.
    // A failure leaves the connection ready for the next statement (the
    // transaction, as with any failed statement, aborted).
    static core::Status copyIn(const QSqlDatabase &connection, const QString &copyStatement,
                               const PgCopyRows &rows);
};

} // namespace pd::sync::server
