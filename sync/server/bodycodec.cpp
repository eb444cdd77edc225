#include "bodycodec.h"

#include "gzip.h"

#include <array>
#include <zlib.h>

namespace pd::sync::server {

namespace {
// Responses are compressed fast rather than small: a pull page is mostly
// short strings, where level 1 gets most of the gain for a fraction of the
// time of the default 6.
constexpr int kResponseGzipLevel = 1;

// gzipDecompress() says only that inflating failed; this tells whether the
// output would have passed `limit` (a 413) or the data is corrupt (a 400).
// Streams into a scratch buffer, so a bomb costs time but no memory.
bool inflatesBeyond(const QByteArray &data, qsizetype limit)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return false;
    std::array<Bytef, 64 * 1024> scratch {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK && qsizetype(stream.total_out) <= limit) {
        stream.next_out = scratch.data();
        stream.avail_out = uInt(scratch.size());
        result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break;
    }
    const bool beyond = qsizetype(stream.total_out) > limit;
    inflateEnd(&stream);
    return beyond;
}

bool contains(const QByteArray &header, const char *token)
{
    return header.toLower().contains(token);
}

QHttpServerResponse answer(bool gzip, QByteArray body, const QByteArray &mimeType,
                           QHttpServerResponse::StatusCode status)
{
    if (gzip)
        body = gzipCompress(body, kResponseGzipLevel);
    QHttpServerResponse response(mimeType, std::move(body), status);
    if (gzip)
        response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    return response;
}
} // namespace

QByteArray BodyCodec::header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Format BodyCodec::responseFormat(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Post) {
        if (const auto format = formatOf(header(request, "Content-Type")))
            return *format;
    }
    const QByteArray accept = header(request, "Accept");
    if (contains(accept, "application/json") && !contains(accept, "application/cbor"))
        return Format::Json;
    return Format::Cbor;
}

ApiResult<BodyCodec::Body> BodyCodec::readBytes(const QHttpServerRequest &request)
{
    using Status = QHttpServerResponse::StatusCode;
    QByteArray body = request.body();
    if (body.size() > maxWireBytes)
        return apiError(Status::PayloadTooLarge, errorcode::tooLarge,
                        QStringLiteral("The body is over %1 bytes.").arg(maxWireBytes));
    const std::optional<Format> format = formatOf(header(request, "Content-Type"));
    if (!format)
        return apiError(Status::UnsupportedMediaType, errorcode::unsupportedMediaType,
                        QStringLiteral("Send application/cbor or application/json."));
    const QByteArray encoding = header(request, "Content-Encoding").trimmed().toLower();
    if (encoding == "gzip") {
        std::optional<QByteArray> inflated = gzipDecompress(body, maxInflatedBytes);
        if (!inflated) {
            if (inflatesBeyond(body, maxInflatedBytes))
                return apiError(Status::PayloadTooLarge, errorcode::tooLarge,
                                QStringLiteral("The body is over %1 bytes once gunzipped.")
                                    .arg(maxInflatedBytes));
            return apiError(Status::BadRequest, errorcode::malformed,
                            QStringLiteral("Content-Encoding: the body is not valid gzip."));
        }
        body = std::move(*inflated);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return apiError(Status::UnsupportedMediaType, errorcode::unsupportedMediaType,
                        QStringLiteral("Content-Encoding: only gzip is understood."));
    }
    return Body {std::move(body), *format};
}

ApiResult<QCborValue> BodyCodec::readBody(const QHttpServerRequest &request)
{
    auto body = readBytes(request);
    if (!body)
        return std::unexpected(body.error());
    return decodeBody(*body);
}

ApiResult<QCborValue> BodyCodec::decodeBody(const Body &body)
{
    QString parseError;
    QCborValue value = decode(body.bytes, body.format, &parseError);
    if (value.isInvalid())
        return apiError(QHttpServerResponse::StatusCode::BadRequest, errorcode::malformed,
                        parseError);
    return value;
}

BodyCodec::AnswerForm BodyCodec::answerForm(const QHttpServerRequest &request)
{
    return {responseFormat(request), contains(header(request, "Accept-Encoding"), "gzip")};
}

QHttpServerResponse BodyCodec::respond(const QHttpServerRequest &request, QByteArray body,
                                       const QByteArray &mimeType,
                                       QHttpServerResponse::StatusCode status)
{
    return answer(answerForm(request).gzip, std::move(body), mimeType, status);
}

QHttpServerResponse BodyCodec::respond(const QHttpServerRequest &request, const QCborMap &message,
                                       QHttpServerResponse::StatusCode status)
{
    return respond(answerForm(request), message, status);
}

QHttpServerResponse BodyCodec::respond(const AnswerForm &form, const QCborMap &message,
                                       QHttpServerResponse::StatusCode status)
{
    return answer(form.gzip, encode(message, form.format), contentType(form.format), status);
}

QHttpServerResponse BodyCodec::error(const QHttpServerRequest &request, const ApiError &error)
{
    return BodyCodec::error(answerForm(request), error);
}

QHttpServerResponse BodyCodec::error(const AnswerForm &form, const ApiError &error)
{
    return respond(form, toCbor(ErrorBody {error.code, error.message}), error.status);
}

} // namespace pd::sync::server
