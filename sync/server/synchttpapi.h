#pragma once

#include "apierror.h"
#include "bodycodec.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

namespace pd::sync::server {

struct Device;
class Metrics;
class PushWorker;
class ServerContext;

// The /v1/ endpoints of docs/SYNC.md and /metrics: each handler turns one
// request into one answer on the HTTP thread, except that a push's rows
// are written on the push worker's thread. Checking, inflating and decoding
// the next batch, pulls and health checks go on meanwhile; the writes
// themselves serialize on the sequence counter anyway.
class SyncHttpApi {
public:
    using Respond = std::function<void(QHttpServerResponse &&)>;

    // Answers from `pushes` are delivered on `httpThreadObject`'s thread.
    SyncHttpApi(ServerContext &context, Metrics &metrics, PushWorker &pushes,
                QObject *httpThreadObject);

    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    // Calls `respond` once, at once for a refused request and later for a
    // batch handed to the push worker.
    void push(const QHttpServerRequest &request, const Respond &respond);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    QHttpServerResponse metrics(const QHttpServerRequest &request);
    QHttpServerResponse notFound(const QHttpServerRequest &request);

private:
    // The device behind the request's bearer token, not revoked.
    ApiResult<Device> authenticate(const QHttpServerRequest &request);
    QHttpServerResponse storageFailure(const QHttpServerRequest &request, const QString &route,
                                       const QString &code, const QString &message);

    QHttpServerResponse storageFailure(const BodyCodec::AnswerForm &form, const QString &route,
                                       const QString &code, const QString &message);

    ServerContext &m_context;
    Metrics &m_metrics;
    PushWorker &m_pushes;
    QObject *m_httpThreadObject;
};

} // namespace pd::sync::server
