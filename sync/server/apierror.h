#pragma once

#include <QHttpServerResponder>
#include <QString>

#include <expected>

namespace pd::sync::server {

// The request-level error codes of docs/SYNC.md ("Request errors",
// "Enrolment"); row-level reasons are pd::sync::reason.
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
