#pragma once

#include "wire.h" // errorcode

#include <QHttpServerResponder>
#include <QString>

#include <expected>

namespace pd::sync::server {

// A request the server answers with an error body {"error", "message"}.
struct ApiError {
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::BadRequest;
    QString code;
    QString message;
};

template<typename T> using ApiResult = std::expected<T, ApiError>;

inline std::unexpected<ApiError> apiError(QHttpServerResponder::StatusCode status, const char *code,
                                          QString message)
{
    return std::unexpected(ApiError {status, QLatin1String(code), std::move(message)});
}

} // namespace pd::sync::server
