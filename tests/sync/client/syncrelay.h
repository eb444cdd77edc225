#pragma once

// A man in the middle between a device and the real phongdich-server, for
// the fault tests: it forwards each HTTP request on a connection of its own
// and then, as the test's policy says, passes the answer on, drops it (the
// server did the work, the device never hears), cuts it after some bytes, or
// kills the server once the request is on its way. It runs on the test's
// thread: SyncTransport's local event loop serves it while a cycle runs.
#include "gzip.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

struct RelayedExchange {
    QByteArray method;
    QString path; // without the query
    QByteArray requestBody; // decompressed
    QByteArray responseBody; // decompressed; empty when none came back
    int status = 0;
};

class SyncRelay : public QObject {
public:
    enum class Action {
        Forward,
        DropResponse, // the server answers, the device's connection is aborted
        CutResponse, // only cutAfterBytes of the answer reach the device
        KillServer, // onKill() right after the request went out
    };
    struct Decision {
        Action action = Action::Forward;
        qsizetype cutAfterBytes = 0;
    };
    // `index` counts the requests of this method and path, from 0.
    using Policy =
        std::function<Decision(const QByteArray &method, const QString &path, int index)>;

    SyncRelay()
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *client = m_listener.nextPendingConnection())
                acceptClient(client);
        });
    }
    ~SyncRelay() override
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->disconnect(this);
        for (QTcpSocket *socket : m_listener.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
    }
    void setTarget(const QUrl &server) { m_target = server; }
    void setPolicy(Policy policy) { m_policy = std::move(policy); }
    void setOnKill(std::function<void()> onKill) { m_onKill = std::move(onKill); }
    void forwardEverything() { m_policy = {}; }

    const QList<RelayedExchange> &exchanges() const { return m_exchanges; }
    QList<RelayedExchange> exchanges(const QString &path) const
    {
        QList<RelayedExchange> matching;
        for (const RelayedExchange &exchange : m_exchanges) {
            if (exchange.path == path)
                matching.append(exchange);
        }
        return matching;
    }
    void clear()
    {
        m_exchanges.clear();
        m_counts.clear();
    }

private:
    struct Message {
        QByteArray head; // up to and including the blank line
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };

    // A complete message at the start of `buffer` (removed from it), or
    // nothing yet.
    static std::optional<Message> takeMessage(QByteArray &buffer, bool untilClose)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        Message message;
        message.head = buffer.left(headEnd + 4);
        for (const QByteArray &line : message.head.split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                message.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        qsizetype length = -1;
        if (message.headers.contains("content-length"))
            length = message.headers.value("content-length").toLongLong();
        if (length < 0 && !untilClose)
            length = 0;
        if (length >= 0) {
            if (buffer.size() < headEnd + 4 + length)
                return std::nullopt;
            message.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
        } else {
            message.body = buffer.mid(headEnd + 4);
            buffer.clear();
        }
        return message;
    }

    static QByteArray plain(const Message &message)
    {
        if (message.headers.value("content-encoding") == "gzip")
            return pd::sync::gzipDecompress(message.body, 256 << 20).value_or(QByteArray());
        return message.body;
    }

    void acceptClient(QTcpSocket *client)
    {
        QObject::connect(client, &QTcpSocket::disconnected, this, [this, client]() {
            m_clientBuffers.remove(client);
            client->deleteLater();
        });
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client]() {
            QByteArray &buffer = m_clientBuffers[client];
            buffer.append(client->readAll());
            // Qt sends one request at a time on a connection.
            std::optional<Message> request = takeMessage(buffer, false);
            if (request)
                forward(client, *request);
        });
    }

    void forward(QTcpSocket *client, const Message &request)
    {
        const QList<QByteArray> requestLine =
            request.head.left(request.head.indexOf('\r')).split(' ');
        RelayedExchange exchange;
        exchange.method = requestLine.value(0);
        exchange.path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
        exchange.requestBody = plain(request);
        const QString key = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.path;
        const int index = m_counts[key]++;
        const Decision decision =
            m_policy ? m_policy(exchange.method, exchange.path, index) : Decision {};
        const qsizetype exchangeIndex = m_exchanges.size();
        m_exchanges.append(exchange);

        // One upstream connection per request, closed by the server after
        // its answer, so the answer's end is never in doubt.
        QByteArray head = request.head;
        head.replace("Connection: Keep-Alive", "Connection: close");
        head.replace("Connection: keep-alive", "Connection: close");
        auto *upstream = new QTcpSocket(this);
        struct Pending {
            QByteArray answer;
            bool done = false;
        };
        auto pending = std::make_shared<Pending>();
        QPointer<QTcpSocket> device(client);
        const auto finish = [this, upstream, pending, device, decision, exchangeIndex]() {
            if (pending->done)
                return;
            pending->done = true;
            QByteArray bytes = pending->answer;
            if (std::optional<Message> response = takeMessage(bytes, true)) {
                m_exchanges[exchangeIndex].status = response->head.split(' ').value(1).toInt();
                m_exchanges[exchangeIndex].responseBody = plain(*response);
            }
            deliver(device, pending->answer, decision);
            upstream->deleteLater();
        };
        QObject::connect(upstream, &QTcpSocket::connected, this,
                         [this, upstream, head, request, decision]() {
                             upstream->write(head + request.body);
                             if (decision.action == Action::KillServer) {
                                 upstream->flush();
                                 upstream->waitForBytesWritten(5000);
                                 if (m_onKill)
                                     m_onKill();
                             }
                         });
        QObject::connect(upstream, &QTcpSocket::readyRead, this, [upstream, pending, finish]() {
            if (pending->done)
                return;
            pending->answer.append(upstream->readAll());
            QByteArray copy = pending->answer;
            const std::optional<Message> response = takeMessage(copy, false);
            if (response && response->headers.contains("content-length"))
                finish();
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, this, finish);
        QObject::connect(upstream, &QTcpSocket::errorOccurred, this,
                         [finish](QAbstractSocket::SocketError) { finish(); });
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
    }

    void deliver(const QPointer<QTcpSocket> &client, const QByteArray &answer,
                 const Decision &decision)
    {
        if (!client)
            return;
        switch (decision.action) {
        case Action::Forward:
            if (answer.isEmpty())
                client->abort();
            else
                client->write(answer);
            return;
        case Action::CutResponse:
            client->write(answer.left(decision.cutAfterBytes));
            client->flush();
            client->disconnectFromHost();
            return;
        case Action::DropResponse:
        case Action::KillServer:
            client->abort();
            return;
        }
    }

    QTcpServer m_listener;
    QUrl m_target;
    Policy m_policy;
    std::function<void()> m_onKill;
    QList<RelayedExchange> m_exchanges;
    QHash<QString, int> m_counts;
    QHash<QTcpSocket *, QByteArray> m_clientBuffers;
};
