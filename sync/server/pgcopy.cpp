#include "pgcopy.h"

#include <QLibrary>
#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

namespace pd::sync::server {

void PgCopyRows::appendLength(qint32 length)
{
    const qint32 big = qToBigEndian(length);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::beginRow(int fieldCount)
{
    const qint16 big = qToBigEndian(qint16(fieldCount));
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::appendText(QStringView text)
{
    appendBytes(text.toUtf8());
}

void PgCopyRows::appendInt4(qint32 value)
{
    appendLength(sizeof value);
    const qint32 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::appendInt8(qint64 value)
{
    appendLength(sizeof value);
    const qint64 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::appendBytes(QByteArrayView bytes)
{
    appendLength(qint32(bytes.size()));
    m_data.append(bytes);
}

void PgCopyRows::appendFields(QByteArrayView fields)
{
    m_data.append(fields);
}

namespace {
// libpq-fe.h (libpq.so.5): the handles are opaque, the status an enum.
struct pg_conn;
struct pg_result;
constexpr int kCommandOk = 1; // PGRES_COMMAND_OK
constexpr int kCopyIn = 4; // PGRES_COPY_IN
constexpr int kPrimaryMessage = 'M'; // PG_DIAG_MESSAGE_PRIMARY
// PQputCopyData's size is an int; a batch is a few MB, sent in pieces.
constexpr qsizetype kPieceBytes = 1 << 20;
// The binary format's signature, flags (no OIDs) and header extension
// length (none); the trailer is a row of -1 fields.
constexpr char kBinaryHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr char kBinaryTrailer[] = "\377\377";

struct LibPq {
    pg_result *(*exec)(pg_conn *, const char *) = nullptr;
    int (*resultStatus)(const pg_result *) = nullptr;
    char *(*resultErrorField)(const pg_result *, int) = nullptr;
    void (*clear)(pg_result *) = nullptr;
    int (*putCopyData)(pg_conn *, const char *, int) = nullptr;
    int (*putCopyEnd)(pg_conn *, const char *) = nullptr;
    pg_result *(*getResult)(pg_conn *) = nullptr;
    char *(*errorMessage)(const pg_conn *) = nullptr;

    bool complete() const
    {
        return exec && resultStatus && resultErrorField && clear && putCopyData && putCopyEnd
            && getResult && errorMessage;
    }
};

template<typename Function> void resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
}

const LibPq &libPq()
{
    static const LibPq lib = [] {
        LibPq found;
        // The QPSQL driver has loaded it already; this only finds it. A
        // QLibrary going out of scope does not unload.
        QLibrary library(QStringLiteral("pq"), 5);
        if (!library.load())
            return found;
        resolve(library, "PQexec", found.exec);
        resolve(library, "PQresultStatus", found.resultStatus);
        resolve(library, "PQresultErrorField", found.resultErrorField);
        resolve(library, "PQclear", found.clear);
        resolve(library, "PQputCopyData", found.putCopyData);
        resolve(library, "PQputCopyEnd", found.putCopyEnd);
        resolve(library, "PQgetResult", found.getResult);
        resolve(library, "PQerrorMessage", found.errorMessage);
        return found;
    }();
    return lib;
}

// The server's primary message: it names no values (constraint names, "duplicate key ..."),
// so it may be logged and answered.
QString primaryMessage(const LibPq &pq, const pg_result *result)
{
    const char *message = pq.resultErrorField(result, kPrimaryMessage);
    return message ? QString::fromUtf8(message) : QString();
}

// Reads the results still pending on `conn` so the next statement can run;
// the first failure's message, if any.
QString drain(const LibPq &pq, pg_conn *conn)
{
    QString failure;
    while (pg_result *result = pq.getResult(conn)) {
        if (pq.resultStatus(result) != kCommandOk && failure.isEmpty())
            failure = primaryMessage(pq, result);
        pq.clear(result);
    }
    return failure;
}

core::Status failed(const QString &message)
{
    return core::fail(QStringLiteral("db.copy"), message.simplified());
}
} // namespace

bool PgCopy::available()
{
    return libPq().complete();
}

core::Status PgCopy::copyIn(const QSqlDatabase &connection, const QString &copyStatement,
                            const PgCopyRows &rows)
{
    const LibPq &pq = libPq();
    if (!pq.complete())
        return failed(QStringLiteral("libpq.so.5 was not found."));
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // The driver registers the handle under libpq's typedef or the struct.
    const char *type = handle.typeName();
    if ((qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0) || !connection.isOpen())
        return failed(QStringLiteral("The connection is not an open PostgreSQL connection."));
    pg_conn *conn = *static_cast<pg_conn *const *>(handle.constData());

    pg_result *started = pq.exec(conn, copyStatement.toUtf8().constData());
    const int startStatus = started ? pq.resultStatus(started) : -1;
    QString failure = startStatus == kCopyIn ? QString()
        : started                            ? primaryMessage(pq, started)
                                             : QString::fromUtf8(pq.errorMessage(conn));
    if (started)
        pq.clear(started);
    if (startStatus != kCopyIn) {
        drain(pq, conn);
        return failed(failure);
    }

    const QByteArray &data = rows.data();
    bool sent = pq.putCopyData(conn, kBinaryHeader, sizeof kBinaryHeader - 1) == 1;
    for (qsizetype offset = 0; sent && offset < data.size(); offset += kPieceBytes) {
        const int size = int(std::min(kPieceBytes, data.size() - offset));
        sent = pq.putCopyData(conn, data.constData() + offset, size) == 1;
    }
    if (sent)
        sent = pq.putCopyData(conn, kBinaryTrailer, sizeof kBinaryTrailer - 1) == 1;
    if (!sent)
        failure = QString::fromUtf8(pq.errorMessage(conn));
    // With an error message the server ends the COPY with that error.
    if (pq.putCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1
        && failure.isEmpty())
        failure = QString::fromUtf8(pq.errorMessage(conn));
    const QString ended = drain(pq, conn);
    if (failure.isEmpty())
        failure = ended;
    if (!failure.isEmpty())
        return failed(failure);
    return {};
}

} // namespace pd::sync::server
