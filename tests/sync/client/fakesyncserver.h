#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for the engine's unit tests: it
// records each request (method, path, headers, gunzipped body) and answers
// with whatever the test queued, or cuts the connection. It runs on the
// test's thread; SyncTransport's local event loop serves it.
#include "gzip.h"
#include "wire.h"

#include <QCborValue>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

struct FakeRequest {
    QByteArray method;
    QString path; // without the query
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray rawBody; // as sent (gzip when Content-Encoding says so)
    QByteArray body; // decompressed
};

struct FakeAnswer {
    int status = 200;
    QByteArray body; // CBOR
    bool cut = false; // close the connection without answering
    // Send only this many bytes of the answer, then close (-1: all).
    qsizetype cutAfterBytes = -1;
    bool silent = false; // never answer, keep the connection open

    static FakeAnswer cbor(const QCborMap &map, int status = 200)
    {
        return FakeAnswer {status, map.toCborValue().toCbor(), false, -1, false};
    }
    static FakeAnswer error(int status, const char *code)
    {
        return cbor(QCborMap {{QStringLiteral("error"), QString::fromLatin1(code)},
                              {QStringLiteral("message"), QStringLiteral("test")}},
                    status);
    }
    static FakeAnswer dropped() { return FakeAnswer {0, {}, true, -1, false}; }
    static FakeAnswer never() { return FakeAnswer {0, {}, false, -1, true}; }
};

class FakeSyncServer : public QObject {
public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    FakeSyncServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    ~FakeSyncServer() override
    {
        // Sockets die with m_server; their signals must not reach this
        // half-destroyed object.
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requests(const QString &path) const
    {
        QList<FakeRequest> matching;
        for (const FakeRequest &request : m_requests) {
            if (request.path == path)
                matching.append(request);
        }
        return matching;
    }
    void clear() { m_requests.clear(); }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
            QByteArray *buffer = &m_buffers[socket];
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                FakeRequest request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.url = QUrl(QString::fromLatin1(first.value(1)));
                request.path = request.url.path();
                for (const QByteArray &line : lines.mid(1)) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        request.headers.insert(line.left(colon).trimmed().toLower(),
                                               line.mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.rawBody = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                request.body = request.headers.value("content-encoding") == "gzip"
                    ? pd::sync::gzipDecompress(request.rawBody, 64 << 20).value_or(QByteArray())
                    : request.rawBody;
                m_requests.append(request);
                const FakeAnswer answer = m_handler ? m_handler(request) : FakeAnswer::dropped();
                if (answer.silent)
                    return;
                if (answer.cut) {
                    socket->abort();
                    return;
                }
                QByteArray bytes = "HTTP/1.1 " + QByteArray::number(answer.status)
                    + " Test\r\nContent-Type: application/cbor\r\nContent-Length: "
                    + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
                if (answer.cutAfterBytes >= 0) {
                    socket->write(bytes.left(answer.cutAfterBytes));
                    socket->flush();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(bytes);
            }
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
