#include "wire.h"

#include "cborreader.h"
#include "cborwriter.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVarLengthArray>

namespace pd::sync {

namespace {

// Reads typed keys of one CBOR map and remembers the first that is missing
// or of the wrong type, so a decoder reads straight through and checks once.
class MapReader {
public:
    MapReader(const QCborValue &value, QString context) : m_context(std::move(context))
    {
        if (!value.isMap())
            m_error = QStringLiteral("%1: expected a map").arg(m_context);
        else
            m_map = value.toMap();
    }

    QString text(const char *key, bool required = true)
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (required || !value.isUndefined())
            wrong(key, "text");
        return {};
    }

    qint64 integer(const char *key, bool required = true)
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isInteger())
            return value.toInteger();
        if (required || !value.isUndefined())
            wrong(key, "an integer");
        return 0;
    }

    bool boolean(const char *key, bool required = true)
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isBool())
            return value.toBool();
        if (required || !value.isUndefined())
            wrong(key, "true or false");
        return false;
    }

    QCborArray array(const char *key)
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isArray())
            return value.toArray();
        wrong(key, "an array");
        return {};
    }

    QCborMap map(const char *key, bool required = true)
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isMap())
            return value.toMap();
        if (required || !value.isUndefined())
            wrong(key, "a map");
        return {};
    }

    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }
    const QString &error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

private:
    void wrong(const char *key, const char *expected)
    {
        fail(QStringLiteral("%1.%2: expected %3")
                 .arg(m_context, QLatin1String(key), QLatin1String(expected)));
    }

    QString m_context;
    QCborMap m_map;
    QString m_error;
};

template<typename T> Decoded<T> result(const MapReader &reader, T value)
{
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    return {std::move(value), {}};
}

QCborMap toCbor(const RowRejection &rejection)
{
    return {{QStringLiteral("table"), rejection.table},
            {QStringLiteral("id"), rejection.id},
            {QStringLiteral("code"), rejection.code},
            {QStringLiteral("message"), rejection.message}};
}

template<typename T, typename Decode>
QList<T> decodeList(MapReader &reader, const char *key, Decode decodeOne)
{
    QList<T> items;
    const QCborArray array = reader.array(key);
    items.reserve(array.size());
    for (const QCborValue &value : array) {
        Decoded<T> item = decodeOne(value);
        if (!item) {
            reader.fail(item.error);
            return {};
        }
        items.append(std::move(*item.value));
    }
    return items;
}

} // namespace

QByteArray contentType(Format format)
{
    return format == Format::Cbor ? QByteArrayLiteral("application/cbor")
                                  : QByteArrayLiteral("application/json");
}

std::optional<Format> formatOf(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "application/cbor")
        return Format::Cbor;
    if (type == "application/json")
        return Format::Json;
    return std::nullopt;
}

QCborMap toCbor(const Row &row)
{
    QCborMap map {{QStringLiteral("table"), row.table},     {QStringLiteral("id"), row.id},
                  {QStringLiteral("hlc"), row.hlc},         {QStringLiteral("origin"), row.origin},
                  {QStringLiteral("deleted"), row.deleted}, {QStringLiteral("values"), row.values}};
    if (row.seq > 0)
        map.insert(QStringLiteral("seq"), row.seq);
    return map;
}

QCborMap toCbor(const PushRequest &request)
{
    QCborArray rows;
    for (const Row &row : request.rows)
        rows.append(toCbor(row));
    return {{QStringLiteral("v"), protocolVersion},
            {QStringLiteral("batch"), request.batchId},
            {QStringLiteral("device"), request.deviceId},
            {QStringLiteral("rows"), rows}};
}

QCborMap toCbor(const PushResponse &response)
{
    QCborArray rejected;
    for (const RowRejection &rejection : response.rejected)
        rejected.append(toCbor(rejection));
    return {{QStringLiteral("batch"), response.batchId},
            {QStringLiteral("applied"), response.applied},
            {QStringLiteral("unchanged"), response.unchanged},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("conflicts"), response.conflicts},
            {QStringLiteral("serverHlc"), response.serverHlc},
            {QStringLiteral("replayed"), response.replayed}};
}

QCborMap toCbor(const PullResponse &response)
{
    QCborArray rows;
    for (const Row &row : response.rows)
        rows.append(toCbor(row));
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("last"), response.last},
            {QStringLiteral("more"), response.more},
            {QStringLiteral("serverHlc"), response.serverHlc}};
}

QCborMap toCbor(const EnrollRequest &request)
{
    return {{QStringLiteral("code"), request.code},
            {QStringLiteral("device"), request.deviceId},
            {QStringLiteral("name"), request.deviceName}};
}

QCborMap toCbor(const EnrollResponse &response)
{
    return {{QStringLiteral("device"), response.deviceId},
            {QStringLiteral("token"), response.token},
            {QStringLiteral("scope"), response.scopeCode},
            {QStringLiteral("scopeLevel"), response.scopeLevel},
            {QStringLiteral("serverHlc"), response.serverHlc}};
}

QCborMap toCbor(const ErrorBody &error)
{
    return {{QStringLiteral("error"), error.code}, {QStringLiteral("message"), error.message}};
}

Decoded<Row> rowFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("row"));
    Row row;
    row.table = reader.text("table");
    row.id = reader.text("id");
    row.hlc = reader.integer("hlc");
    row.origin = reader.text("origin");
    row.deleted = reader.boolean("deleted");
    row.values = reader.map("values");
    row.seq = reader.integer("seq", false);
    return result(reader, std::move(row));
}

Decoded<PushRequest> pushRequestFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("push"));
    PushRequest request;
    if (reader.integer("v") != protocolVersion && reader.ok())
        reader.fail(QStringLiteral("push.v: this server speaks version %1").arg(protocolVersion));
    request.batchId = reader.text("batch");
    request.deviceId = reader.text("device");
    request.rows = decodeList<Row>(reader, "rows", rowFromCbor);
    if (reader.ok() && request.batchId.isEmpty())
        reader.fail(QStringLiteral("push.batch: empty"));
    if (reader.ok() && request.rows.size() > maxBatchRows)
        reader.fail(QStringLiteral("push.rows: more than %1 rows").arg(maxBatchRows));
    return result(reader, std::move(request));
}

Decoded<PushResponse> pushResponseFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("push response"));
    PushResponse response;
    response.batchId = reader.text("batch");
    response.applied = int(reader.integer("applied"));
    response.unchanged = int(reader.integer("unchanged"));
    response.rejected = decodeList<RowRejection>(reader, "rejected", [](const QCborValue &v) {
        MapReader item(v, QStringLiteral("rejected"));
        RowRejection rejection {item.text("table"), item.text("id"), item.text("code"),
                                item.text("message")};
        return result(item, std::move(rejection));
    });
    response.conflicts = int(reader.integer("conflicts"));
    response.serverHlc = reader.integer("serverHlc");
    response.replayed = reader.boolean("replayed");
    return result(reader, std::move(response));
}

Decoded<PullResponse> pullResponseFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("pull response"));
    PullResponse response;
    response.rows = decodeList<Row>(reader, "rows", rowFromCbor);
    response.last = reader.integer("last");
    response.more = reader.boolean("more");
    response.serverHlc = reader.integer("serverHlc");
    return result(reader, std::move(response));
}

std::optional<PullPosition> pullPositionFromCbor(const QByteArray &bytes)
{
    CborReader reader(bytes);
    if (!reader.isMap() || !reader.enterContainer())
        return {};
    std::optional<qint64> last;
    std::optional<bool> more;
    while (reader.hasNext() && !(last && more)) {
        QByteArrayView key;
        if (!reader.readText(key) || key == "rows")
            return {};
        if (key == "last" && reader.isInteger())
            last = reader.toInteger();
        else if (key == "more" && reader.isBool())
            more = reader.toBool();
        if (!reader.next())
            return {};
    }
    if (!last || !more)
        return {};
    return PullPosition {*last, *more};
}

Decoded<EnrollRequest> enrollRequestFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("enroll"));
    EnrollRequest request {reader.text("code"), reader.text("device"), reader.text("name", false)};
    if (reader.ok() && (request.code.isEmpty() || request.deviceId.isEmpty()))
        reader.fail(QStringLiteral("enroll: code and device must not be empty"));
    return result(reader, std::move(request));
}

Decoded<EnrollResponse> enrollResponseFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("enroll response"));
    EnrollResponse response;
    response.deviceId = reader.text("device");
    response.token = reader.text("token");
    response.scopeCode = reader.text("scope");
    response.scopeLevel = int(reader.integer("scopeLevel"));
    response.serverHlc = reader.integer("serverHlc");
    return result(reader, std::move(response));
}

Decoded<ErrorBody> errorFromCbor(const QCborValue &value)
{
    MapReader reader(value, QStringLiteral("error"));
    ErrorBody error {reader.text("error"), reader.text("message")};
    return result(reader, std::move(error));
}

QByteArray encode(const QCborMap &message, Format format)
{
    if (format == Format::Cbor)
        return message.toCborValue().toCbor();
    return QJsonDocument(message.toJsonObject()).toJson(QJsonDocument::Compact);
}

QByteArray encodePushBody(const QString &batchId, const QString &deviceId,
                          const QList<QByteArray> &encodedRows)
{
    qsizetype rowBytes = 0;
    for (const QByteArray &row : encodedRows)
        rowBytes += row.size();
    QByteArray body;
    body.reserve(rowBytes + batchId.size() + deviceId.size() + 64);
    // The keys and order of toCbor(const PushRequest &).
    CborWriter out(body);
    out.mapHeader(4);
    out.text(QLatin1StringView("v"));
    out.integer(protocolVersion);
    out.text(QLatin1StringView("batch"));
    out.text(batchId);
    out.text(QLatin1StringView("device"));
    out.text(deviceId);
    out.text(QLatin1StringView("rows"));
    out.arrayHeader(quint64(encodedRows.size()));
    for (const QByteArray &row : encodedRows)
        out.encoded(row);
    return body;
}

QCborValue decode(const QByteArray &bytes, Format format, QString *error)
{
    if (format == Format::Cbor) {
        QCborParserError parseError;
        QCborValue value = QCborValue::fromCbor(bytes, &parseError);
        if (parseError.error != QCborError::NoError) {
            if (error)
                *error = QStringLiteral("CBOR at byte %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString());
            return QCborValue(QCborValue::Invalid);
        }
        return value;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("JSON at byte %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString())
                : QStringLiteral("JSON: expected an object");
        return QCborValue(QCborValue::Invalid);
    }
    return QCborValue::fromJsonValue(document.object());
}

std::optional<RowRejection> validateRow(const Row &row, const Catalog &catalog)
{
    auto reject = [&row](const char *code, QString message) {
        return RowRejection {row.table, row.id, QString::fromLatin1(code), std::move(message)};
    };
    const TableSpec *table = catalog.table(row.table);
    if (!table)
        return reject(reason::unknownTable,
                      QStringLiteral("table %1 is not synced").arg(row.table));
    // U+0000 in what the server stores as text (id, origin, match key):
    // PostgreSQL's text cannot hold it. Refused on both backends, with its
    // reason, rather than failing the whole batch there.
    const QChar nul(u'\0');
    if (row.id.isEmpty() || row.id.size() > 64 || row.id.contains(nul))
        return reject(reason::badId,
                      QStringLiteral("id must be 1 to 64 characters, without U+0000"));
    if (row.origin.isEmpty() || row.origin.size() > 64 || row.origin.contains(nul))
        return reject(reason::badOrigin,
                      QStringLiteral("origin must be 1 to 64 characters, without U+0000"));
    if (row.hlc <= 0)
        return reject(reason::wrongType, QStringLiteral("hlc must be positive"));
    // Which catalog columns the row has, by index: one pass over the values.
    QVarLengthArray<bool, 32> present(table->columns.size(), false);
    for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
        const QString name = it.key().toString();
        const ColumnSpec *column = table->column(name);
        if (!column)
            return reject(reason::unknownColumn,
                          QStringLiteral("%1 has no column %2").arg(row.table, name));
        present[column - table->columns.data()] = true;
        const QCborValue &value = it.value();
        const bool typeOk = value.isNull()
            ? column->nullable
            : (column->type == ColumnType::Text ? value.isString() : value.isInteger());
        if (!typeOk)
            return reject(reason::wrongType,
                          QStringLiteral("%1.%2 must be %3")
                              .arg(row.table, name,
                                   column->type == ColumnType::Text
                                       ? QStringLiteral("text")
                                       : QStringLiteral("an integer")));
        // The match column is also stored as text of its own (the other
        // values only inside the row's CBOR, where U+0000 is fine).
        if (value.isString() && column->name == table->matchColumn
            && value.toString().contains(nul))
            return reject(reason::wrongType,
                          QStringLiteral("%1.%2 must not contain U+0000").arg(row.table, name));
    }
    if (!row.deleted) {
        for (qsizetype i = 0; i < table->columns.size(); ++i) {
            if (!present[i])
                return reject(
                    reason::missingColumn,
                    QStringLiteral("%1.%2 is missing").arg(row.table, table->columns.at(i).name));
        }
    }
    return std::nullopt;
}

} // namespace pd::sync
