#pragma once

#include "apierror.h"
#include "wire.h"

#include <QCborValue>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace pd::sync::server {

// How request bodies are read and answers written (docs/SYNC.md
// "Encoding"): CBOR or JSON by Content-Type, gzip either way, and the size
// limits that keep one request from taking the server's memory.
class BodyCodec {
public:
    // How the answer to a request is encoded, taken from the request up
    // front for an answer written after the request is gone.
    struct AnswerForm {
        Format format = Format::Cbor;
        bool gzip = false;
    };

    static constexpr qsizetype maxWireBytes = 8 * 1024 * 1024;
    static constexpr qsizetype maxInflatedBytes = 32 * 1024 * 1024;

    // A request header, matched without regard to case.
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
    // The answer's format: a POST's own Content-Type when it is CBOR or JSON,
    // otherwise what Accept asks for; CBOR unless JSON is asked for.
    static Format responseFormat(const QHttpServerRequest &request);
    static AnswerForm answerForm(const QHttpServerRequest &request);
    // The body's bytes, inflated, and their format: checks size, media type
    // and gzip.
    struct Body {
        QByteArray bytes;
        Format format = Format::Cbor;
    };
    static ApiResult<Body> readBytes(const QHttpServerRequest &request);
    // The body as a CBOR value: readBytes(), decoded.
    static ApiResult<QCborValue> readBody(const QHttpServerRequest &request);
    static ApiResult<QCborValue> decodeBody(const Body &body);

    static QHttpServerResponse
    respond(const QHttpServerRequest &request, QByteArray body, const QByteArray &mimeType,
            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse
    respond(const QHttpServerRequest &request, const QCborMap &message,
            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse
    respond(const AnswerForm &form, const QCborMap &message,
            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse error(const QHttpServerRequest &request, const ApiError &error);
    static QHttpServerResponse error(const AnswerForm &form, const ApiError &error);
};

} // namespace pd::sync::server
