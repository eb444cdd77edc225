#include "enrolment.h"

#include "clockmerge.h"
#include "corecontext.h"
#include "syncerrors.h"
#include "synclog.h"
#include "wire.h"

namespace pd::sync {

core::Result<Enrolment> enrol(core::CoreContext &core, const QUrl &server, const QString &code,
                              const QString &deviceName, const QString &caPem, int timeoutMs)
{
    const auto url = SyncTransport::serverUrl(server.toString());
    if (!url)
        return std::unexpected(SyncErrors::badUrl(server.toString()));
    const QString pem = caPem.trimmed();
    if (!pem.isEmpty() && !SyncTransport::isCertificate(pem))
        return std::unexpected(SyncErrors::caInvalid());
    if (code.trimmed().isEmpty())
        return std::unexpected(SyncErrors::enrollCodeInvalid());

    SyncTransport transport({*url, {}, pem, timeoutMs, nullptr});
    const EnrollRequest request {code.trimmed(), core.deviceId(), deviceName.trimmed()};
    auto answer =
        transport.post(QStringLiteral("/v1/enroll"), encode(toCbor(request), Format::Cbor));
    if (!answer)
        return std::unexpected(answer.error());
    const Decoded<EnrollResponse> response = enrollResponseFromCbor(*answer);
    if (!response)
        return std::unexpected(SyncErrors::protocol(response.error));
    if (response.value->deviceId != core.deviceId() || response.value->token.isEmpty())
        return std::unexpected(
            SyncErrors::protocol(QStringLiteral("the enrolment answer is for another device")));

    core::Database &database = core.database();
    auto stored = database.transaction([&]() -> core::Status {
        // Rows below the cursor were chosen for the old server and scope.
        if (auto ok = database.exec(
                QStringLiteral("UPDATE sync_state SET pull_cursor = CASE WHEN server_url = ? AND "
                               "scope_code = ? THEN pull_cursor ELSE 0 END WHERE id = 1"),
                {url->toString(), response.value->scopeCode});
            !ok)
            return ok;
        if (auto ok = database.exec(
                QStringLiteral("UPDATE sync_state SET server_url = ?, token = ?, scope_code = ?, "
                               "scope_level = ?, ca_certificate = ?, enrolled_at_ms = ?, "
                               "last_error = '' WHERE id = 1"),
                {url->toString(), response.value->token, response.value->scopeCode,
                 response.value->scopeLevel, pem, core.clock().nowMs()});
            !ok)
            return ok;
        if (auto ok = core.audit().record(QStringLiteral("sync.enrol"), QStringLiteral("device"),
                                          core.deviceId());
            !ok)
            return ok;
        return mergeServerClock(core, response.value->serverHlc);
    });
    if (!stored)
        return std::unexpected(stored.error());
    qCInfo(lcSync) << "enrolled; scope" << response.value->scopeCode;
    return Enrolment {core.deviceId(), response.value->scopeCode, response.value->scopeLevel};
}

} // namespace pd::sync
