#include "syncserver.h"

#include "servercontext.h"
#include "serverlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

namespace pd::sync::server {

namespace {
core::Result<QByteArray> readFile(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(
            QStringLiteral("tls"),
            QStringLiteral("Cannot read the TLS %1 %2.").arg(QLatin1String(what), path));
    return file.readAll();
}
} // namespace

SyncServer::SyncServer(ServerContext &context, const ListenOptions &options)
    : m_context(context),
      m_options(options),
      m_api(context, m_metrics, m_pushes, &m_http),
      m_purger(context.database(), options.retentionDays),
      m_pushes(context.clock())
{
    using Method = QHttpServerRequest::Method;
    addRoute("/v1/health", Method::Get, &SyncHttpApi::health);
    addRoute("/v1/enroll", Method::Post, &SyncHttpApi::enroll);
    addDeferredRoute("/v1/push", Method::Post, &SyncHttpApi::push);
    addRoute("/v1/pull", Method::Get, &SyncHttpApi::pull);
    addRoute("/metrics", Method::Get, &SyncHttpApi::metrics);
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QHttpServerResponse response = m_api.notFound(request);
            m_metrics.recordRequest(QStringLiteral("other"), int(response.statusCode()), 0);
            response.write(std::move(responder));
        });
    m_purgeTimer.setInterval(purgeIntervalMs);
    QObject::connect(&m_purgeTimer, &QTimer::timeout, [this] { purge(); });
}

template<typename Handler>
void SyncServer::addRoute(const char *path, QHttpServerRequest::Method method, Handler handler)
{
    const QString route = QLatin1String(path);
    m_http.route(route, method, [this, route, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        QHttpServerResponse response = (m_api.*handler)(request);
        m_metrics.recordRequest(route, int(response.statusCode()), timer.nsecsElapsed());
        return response;
    });
}

template<typename Handler>
void SyncServer::addDeferredRoute(const char *path, QHttpServerRequest::Method method,
                                  Handler handler)
{
    const QString route = QLatin1String(path);
    m_http.route(route, method,
                 [this, route, handler](const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
                     QElapsedTimer timer;
                     timer.start();
                     // The device may hang up before the answer is ready;
                     // its socket is deleted then.
                     QPointer<QTcpSocket> socket = responder.socket();
                     auto waiting = std::make_shared<QHttpServerResponder>(std::move(responder));
                     (m_api.*handler)(
                         request,
                         [this, route, timer, socket, waiting](QHttpServerResponse &&response) {
                             m_metrics.recordRequest(route, int(response.statusCode()),
                                                     timer.nsecsElapsed());
                             if (socket)
                                 response.write(std::move(*waiting));
                         });
                 });
}

void SyncServer::purge()
{
    auto purged = m_purger.purge(m_context.clock().wallMs());
    if (!purged)
        qCWarning(lcServer).noquote() << "retention purge failed:" << purged.error().message;
}

core::Result<QString> SyncServer::start()
{
    if (auto started = m_pushes.start(m_context.database().spec()); !started)
        return std::unexpected(started.error());
    purge();
    m_purgeTimer.start();

    if (!m_options.tlsCertificatePath.isEmpty() || !m_options.tlsKeyPath.isEmpty()) {
        if (m_options.tlsCertificatePath.isEmpty() || m_options.tlsKeyPath.isEmpty())
            return core::fail(QStringLiteral("usage"),
                              QStringLiteral("Give both --tls-cert and --tls-key."));
        auto certificateBytes = readFile(m_options.tlsCertificatePath, "certificate");
        if (!certificateBytes)
            return std::unexpected(certificateBytes.error());
        auto keyBytes = readFile(m_options.tlsKeyPath, "key");
        if (!keyBytes)
            return std::unexpected(keyBytes.error());
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(*certificateBytes, QSsl::Pem);
        QSslKey key(*keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyBytes, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return core::fail(QStringLiteral("tls"),
                              QStringLiteral("The TLS certificate or key is not PEM."));
        m_http.sslSetup(chain.first(), key);
    }

    const quint16 port = m_http.listen(m_options.address, m_options.port);
    if (port == 0)
        return core::fail(QStringLiteral("listen"),
                          QStringLiteral("Cannot listen on %1:%2.")
                              .arg(m_options.address.toString())
                              .arg(m_options.port));
    QString address = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        address = QLatin1Char('[') + address + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(port);
}

} // namespace pd::sync::server
