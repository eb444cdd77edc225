#include "syncerrors.h"

namespace pd::sync {

namespace {
core::Error make(const char *code, QString message)
{
    return core::Error {QString::fromLatin1(code), std::move(message)};
}
} // namespace

QString SyncErrors::describe(const QString &code)
{
    const auto is = [&code](const char *known) {
        return code == QLatin1String(known);
    };
    if (is(errc::notEnrolled))
        return tr("This device is not enrolled with a sync server. Ask the provincial "
                  "administrator for an enrolment code and enrol the device first.");
    if (is(errc::network))
        return tr("The sync server could not be reached. Check the network connection and the "
                  "server address, then try again; changes stay on this device until then.");
    if (is(errc::timeout))
        return tr("The sync server did not answer in time. The connection may be slow or "
                  "down; try again later. Nothing was lost.");
    if (is(errc::server))
        return tr("The sync server had an internal error. Try again later; if it keeps "
                  "happening, tell the provincial administrator.");
    if (is(errc::unauthorized))
        return tr("The sync server no longer accepts this device's credentials. Ask the "
                  "provincial administrator for a new enrolment code and enrol again.");
    if (is(errc::revoked))
        return tr("The provincial administrator has revoked this device; it may no longer "
                  "sync. Contact them if this is a mistake.");
    if (is(errc::deviceMismatch))
        return tr("The sync server registered these credentials for another device. Enrol "
                  "this device again with a new code.");
    if (is(errc::enrollCodeInvalid))
        return tr("The enrolment code is wrong, already used or expired. Check it, or ask the "
                  "provincial administrator for a new one.");
    if (is(errc::tls))
        return tr("The secure connection to the sync server failed: its certificate is not "
                  "trusted. Check the server address and the certificate authority file.");
    if (is(errc::cancelled))
        return tr("Sync was cancelled. What was already sent or received is kept; the rest "
                  "follows at the next sync.");
    if (is(errc::protocol))
        return tr("The sync server's answer was not understood. This device or the server "
                  "may need an update; tell the provincial administrator.");
    if (is(errc::badUrl))
        return tr("The sync server address is not valid. Use an address such as "
                  "https://sync.example.gov.vn.");
    if (is(errc::caInvalid))
        return tr("The certificate authority file is not a PEM certificate.");
    if (is(errc::packageWrite))
        return tr("The offline package could not be written.");
    return {};
}

core::Error SyncErrors::notEnrolled()
{
    return make(errc::notEnrolled, describe(QString::fromLatin1(errc::notEnrolled)));
}

core::Error SyncErrors::network(const QString &detail)
{
    return make(errc::network,
                describe(QString::fromLatin1(errc::network)) + QLatin1Char(' ')
                    + tr("(Network error: %1)").arg(detail));
}

core::Error SyncErrors::timeout(int timeoutMs)
{
    return make(errc::timeout,
                tr("The sync server did not answer within %n second(s). The connection may be "
                   "slow or down; try again later. Nothing was lost.",
                   nullptr, timeoutMs / 1000));
}

core::Error SyncErrors::server(int httpStatus)
{
    return make(errc::server,
                describe(QString::fromLatin1(errc::server)) + QLatin1Char(' ')
                    + tr("(HTTP status %1)").arg(httpStatus));
}

core::Error SyncErrors::unauthorized()
{
    return make(errc::unauthorized, describe(QString::fromLatin1(errc::unauthorized)));
}

core::Error SyncErrors::revoked()
{
    return make(errc::revoked, describe(QString::fromLatin1(errc::revoked)));
}

core::Error SyncErrors::deviceMismatch()
{
    return make(errc::deviceMismatch, describe(QString::fromLatin1(errc::deviceMismatch)));
}

core::Error SyncErrors::enrollCodeInvalid()
{
    return make(errc::enrollCodeInvalid, describe(QString::fromLatin1(errc::enrollCodeInvalid)));
}

core::Error SyncErrors::tls(const QString &detail)
{
    return make(errc::tls,
                describe(QString::fromLatin1(errc::tls)) + QLatin1Char(' ')
                    + tr("(TLS error: %1)").arg(detail));
}

core::Error SyncErrors::cancelled()
{
    return make(errc::cancelled, describe(QString::fromLatin1(errc::cancelled)));
}

core::Error SyncErrors::protocol(const QString &detail)
{
    return make(errc::protocol,
                describe(QString::fromLatin1(errc::protocol)) + QLatin1Char(' ')
                    + tr("(Detail: %1)").arg(detail));
}

core::Error SyncErrors::badUrl(const QString &url)
{
    return make(errc::badUrl,
                tr("\"%1\" is not a valid sync server address. Use an address such as "
                   "https://sync.example.gov.vn.")
                    .arg(url));
}

core::Error SyncErrors::caInvalid()
{
    return make(errc::caInvalid, describe(QString::fromLatin1(errc::caInvalid)));
}

core::Error SyncErrors::packageWrite(const QString &path, const QString &detail)
{
    return make(errc::packageWrite,
                tr("The offline package %1 could not be written: %2. Check that the folder "
                   "exists and there is free space.")
                    .arg(path, detail));
}

} // namespace pd::sync
