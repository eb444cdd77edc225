#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

// Protocol version 1 (docs/SYNC.md): the messages of /v1/ and their CBOR or
// JSON form. Decoding checks shape only (a map with these keys of these
// types); the catalog checks of a row's table and values are validateRow().
namespace pd::sync {

inline constexpr int protocolVersion = 1;
// A push batch holds at most this many rows and this many encoded bytes.
inline constexpr int maxBatchRows = 2000;
inline constexpr qsizetype maxBatchBytes = 1024 * 1024;

enum class Format { Cbor, Json };

// "application/cbor" or "application/json".
QByteArray contentType(Format format);
// The format a Content-Type header names; empty for anything else.
std::optional<Format> formatOf(const QByteArray &contentType);

// One row in its full state: what a push carries and a pull returns.
struct Row {
    QString table;
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    // Column name → value (text, integer or null); every catalog column of
    // the table for a live row, possibly none for a deletion.
    QCborMap values;
    // The server's sequence number; only in pull responses.
    qint64 seq = 0;
};

// Why the server refused one row of a batch (the rest is applied). `code`
// is one of the reason:: constants; `message` is English, for logs; the
// device shows its own translation of the code.
struct RowRejection {
    QString table;
    QString id;
    QString code;
    QString message;
};

namespace reason {
inline constexpr auto unknownTable = "unknown_table";
inline constexpr auto unknownColumn = "unknown_column";
inline constexpr auto missingColumn = "missing_column";
inline constexpr auto wrongType = "wrong_type";
inline constexpr auto badId = "bad_id";
inline constexpr auto badOrigin = "bad_origin";
inline constexpr auto clockAhead = "clock_ahead";
inline constexpr auto outOfScope = "out_of_scope";
inline constexpr auto appendOnly = "append_only";
} // namespace reason

// The request-level error codes of docs/SYNC.md ("Request errors",
// "Enrolment"), in an error body {"error", "message"}: the server answers
// with them and the device tells them apart by them.
namespace errorcode {
inline constexpr auto malformed = "malformed";
inline constexpr auto unauthorized = "unauthorized";
inline constexpr auto deviceRevoked = "device_revoked";
inline constexpr auto deviceMismatch = "device_mismatch";
inline constexpr auto enrollCodeInvalid = "enroll_code_invalid";
inline constexpr auto tooLarge = "too_large";
inline constexpr auto unsupportedMediaType = "unsupported_media_type";
inline constexpr auto notFound = "not_found";
inline constexpr auto internal = "internal";
inline constexpr auto databaseUnavailable = "database_unavailable";
} // namespace errorcode

struct PushRequest {
    QString batchId;
    QString deviceId;
    QList<Row> rows;
};

struct PushResponse {
    QString batchId;
    int applied = 0; // rows inserted or replacing an older version
    int unchanged = 0; // rows the server already had, or had a newer version of
    QList<RowRejection> rejected;
    int conflicts = 0; // domain conflicts this batch raised
    qint64 serverHlc = 0;
    // True when the batch had been applied before and this is the stored
    // answer (nothing changed this time).
    bool replayed = false;
};

struct PullResponse {
    QList<Row> rows; // in ascending seq
    // The cursor to send as `after` next time: the last seq this page covers.
    qint64 last = 0;
    bool more = false;
    qint64 serverHlc = 0;
};

struct EnrollRequest {
    QString code;
    QString deviceId;
    QString deviceName;
};

struct EnrollResponse {
    QString deviceId;
    QString token;
    QString scopeCode;
    int scopeLevel = 0; // 1 province, 2 district, 3 commune
    qint64 serverHlc = 0;
};

// The body of every non-2xx answer.
struct ErrorBody {
    QString code;
    QString message;
};

QCborMap toCbor(const Row &row);
QCborMap toCbor(const PushRequest &request);
QCborMap toCbor(const PushResponse &response);
QCborMap toCbor(const PullResponse &response);
QCborMap toCbor(const EnrollRequest &request);
QCborMap toCbor(const EnrollResponse &response);
QCborMap toCbor(const ErrorBody &error);

// Shape errors name the key that is missing or of the wrong type.
template<typename T> struct Decoded {
    std::optional<T> value;
    QString error;
    explicit operator bool() const { return value.has_value(); }
};

Decoded<Row> rowFromCbor(const QCborValue &value);
Decoded<PushRequest> pushRequestFromCbor(const QCborValue &value);
Decoded<PushResponse> pushResponseFromCbor(const QCborValue &value);
Decoded<PullResponse> pullResponseFromCbor(const QCborValue &value);
// Where a CBOR pull answer ends when the server wrote `last` and `more`
// before the rows (servers do): a device can ask for the next page before
// it decodes this one. Nothing when they come after the rows or the bytes
// do not start a CBOR map.
struct PullPosition {
    qint64 last = 0;
    bool more = false;
};
std::optional<PullPosition> pullPositionFromCbor(const QByteArray &bytes);

Decoded<EnrollRequest> enrollRequestFromCbor(const QCborValue &value);
Decoded<EnrollResponse> enrollResponseFromCbor(const QCborValue &value);
Decoded<ErrorBody> errorFromCbor(const QCborValue &value);

// A message as bytes in `format`; JSON is compact UTF-8.
QByteArray encode(const QCborMap &message, Format format);
// The CBOR bytes of toCbor(PushRequest {batchId, deviceId, rows}) for rows
// that are CBOR already, each as toCbor(const Row &) would encode it:
// freezing encodes rows as it reads them and puts them together here.
QByteArray encodePushBody(const QString &batchId, const QString &deviceId,
                          const QList<QByteArray> &encodedRows);
// Bytes back to a CBOR value; an invalid value and `error` set when the
// bytes are not well-formed CBOR/JSON.
QCborValue decode(const QByteArray &bytes, Format format, QString *error = nullptr);

// Checks a row against the catalog: known table, known columns of the right
// types, every column present on a live row, a non-empty id and origin.
// Returns the rejection, or nothing when the row is valid.
std::optional<RowRejection> validateRow(const Row &row, const Catalog &catalog = Catalog::v1());

} // namespace pd::sync
