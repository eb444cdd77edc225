#pragma once

#include "apierror.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace pd::sync::server {

struct Device;
class Metrics;
class ServerContext;

// The /v1/ endpoints of docs/SYNC.md and /metrics: each handler turns one
// request into one answer on the calling thread. Requests are handled one
// at a time, which costs nothing in throughput: pushes serialize on the
// sequence counter anyway, and a pull is one indexed query.
class SyncHttpApi {
public:
    SyncHttpApi(ServerContext &context, Metrics &metrics);

    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    QHttpServerResponse metrics(const QHttpServerRequest &request);
    QHttpServerResponse notFound(const QHttpServerRequest &request);

private:
    // The device behind the request's bearer token, not revoked.
    ApiResult<Device> authenticate(const QHttpServerRequest &request);
    QHttpServerResponse storageFailure(const QHttpServerRequest &request, const QString &route,
                                       const QString &code, const QString &message);

    ServerContext &m_context;
    Metrics &m_metrics;
};

} // namespace pd::sync::server
