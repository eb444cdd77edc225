#pragma once

#include "error.h"

#include <QCoreApplication>

namespace pd::sync {

// Stable codes of the errors sync operations return (core::Error::code).
// sync_state.last_error keeps the code of the last failed cycle, so the
// status bar can say why later with describe().
namespace errc {
inline constexpr auto notEnrolled = "sync.not_enrolled";
inline constexpr auto network = "sync.network";
inline constexpr auto timeout = "sync.timeout";
inline constexpr auto server = "sync.server";
inline constexpr auto unauthorized = "sync.unauthorized";
inline constexpr auto revoked = "sync.revoked";
inline constexpr auto deviceMismatch = "sync.device_mismatch";
inline constexpr auto enrollCodeInvalid = "sync.enroll_code_invalid";
inline constexpr auto tls = "sync.tls";
inline constexpr auto cancelled = "sync.cancelled";
inline constexpr auto protocol = "sync.protocol";
inline constexpr auto badUrl = "sync.bad_url";
inline constexpr auto caInvalid = "sync.ca_invalid";
inline constexpr auto packageWrite = "sync.package_write";
} // namespace errc

// The errors themselves: each message says what went wrong and what to do,
// translated, with no personal data (they are logged).
class SyncErrors {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::SyncErrors)

public:
    static core::Error notEnrolled();
    // `detail` is Qt's description of the socket error.
    static core::Error network(const QString &detail);
    static core::Error timeout(int timeoutMs);
    static core::Error server(int httpStatus);
    static core::Error unauthorized();
    static core::Error revoked();
    static core::Error deviceMismatch();
    static core::Error enrollCodeInvalid();
    static core::Error tls(const QString &detail);
    static core::Error cancelled();
    // The server and this device do not understand each other (a bad
    // answer, or a request the server calls malformed): an update is due.
    static core::Error protocol(const QString &detail);
    static core::Error badUrl(const QString &url);
    static core::Error caInvalid();
    static core::Error packageWrite(const QString &path, const QString &detail);

    // One sentence for a stored code (sync_state.last_error); empty for a
    // code that is not a sync error.
    static QString describe(const QString &code);
};

} // namespace pd::sync
