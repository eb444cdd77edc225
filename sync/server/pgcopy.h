#pragma once

#include "error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace pd::sync::server {

// Rows in the text format of PostgreSQL's COPY, field by field: tabs
// between fields, a newline after each row, backslash escapes.
class PgCopyRows {
public:
    void appendText(QStringView text);
    void appendInteger(qint64 value);
    void appendBytes(const QByteArray &bytes); // for a bytea column
    // Fields already in this format: the data() of another PgCopyRows
    // before its endRow().
    void appendFields(QByteArrayView fields);
    void endRow();

    const QByteArray &data() const { return m_data; }
    int rowCount() const { return m_rows; }

private:
    void separate();

    QByteArray m_data;
    bool m_fieldWritten = false;
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

    // Runs `copyStatement` ("COPY table (columns) FROM STDIN") with `rows`.
    // A failure leaves the connection ready for the next statement (the
    // transaction, as with any failed statement, aborted).
    static core::Status copyIn(const QSqlDatabase &connection, const QString &copyStatement,
                               const PgCopyRows &rows);
};

} // namespace pd::sync::server
