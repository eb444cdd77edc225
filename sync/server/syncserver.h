#pragma once

#include "error.h"
#include "metrics.h"
#include "pushworker.h"
#include "retentionpurger.h"
#include "synchttpapi.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QTimer>

namespace pd::sync::server {

class ServerContext;

struct ListenOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port
    QString tlsCertificatePath;
    QString tlsKeyPath;
    int retentionDays = 30;
};

// `phongdich-server serve`: the HTTP(S) server on one address with the
// routes of SyncHttpApi, request metrics, the push worker, and the
// retention purge at start and every hour.
class SyncServer {
public:
    static constexpr int purgeIntervalMs = 60 * 60 * 1000;

    SyncServer(ServerContext &context, const ListenOptions &options);

    // Purges, sets up TLS and listens; the address and port listened on.
    core::Result<QString> start();

private:
    template<typename Handler>
    void addRoute(const char *path, QHttpServerRequest::Method method, Handler handler);
    // A route whose handler answers later, through a callback.
    template<typename Handler>
    void addDeferredRoute(const char *path, QHttpServerRequest::Method method, Handler handler);
    void purge();

    ServerContext &m_context;
    ListenOptions m_options;
    Metrics m_metrics;
    SyncHttpApi m_api;
    RetentionPurger m_purger;
    QHttpServer m_http;
    QTimer m_purgeTimer;
    // Declared after m_http: stopped first, so no answer reaches a server
    // that is gone.
    PushWorker m_pushes;
};

} // namespace pd::sync::server
