#pragma once

#include "error.h"
#include "wire.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace pd::core {
class JobControl;
}

namespace pd::sync {

// HTTP(S) to the sync server, synchronously on the calling thread: each
// request runs a local QEventLoop, so the command line calls it directly
// and the desktop app from a worker thread. Bodies go as gzip CBOR; an
// answer other than 2xx becomes a core::Error with a sync.* code
// (syncerrors.h).
class SyncTransport {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::SyncTransport)

public:
    static constexpr int defaultTimeoutMs = 30'000;

    struct Options {
        QUrl server; // base address; /v1/... is appended to its path
        QString token; // empty: no Authorization header (enrolment)
        QString caCertificate; // PEM; when set, the only authority trusted
        int timeoutMs = defaultTimeoutMs; // without progress, per request
        core::JobControl *control = nullptr; // cancel() aborts the request
    };

    explicit SyncTransport(Options options);
    ~SyncTransport();
    SyncTransport(const SyncTransport &) = delete;
    SyncTransport &operator=(const SyncTransport &) = delete;

    // A request on its way; its answer is collected with finish().
    class Pending {
    public:
        Pending();
        ~Pending(); // aborts a request still running
        Pending(const Pending &) = delete;
        Pending &operator=(const Pending &) = delete;

    private:
        friend class SyncTransport;
        std::unique_ptr<QNetworkReply> reply;
        QStringList sslProblems;
        bool sent = false; // the whole body is with the network thread
        bool cancelled = false;
    };

    const Options &options() const { return m_options; }

    // `cbor` is the encoded request body; it is sent gzip-compressed.
    core::Result<QCborValue> post(const QString &path, const QByteArray &cbor);

    // The same requests in two steps, so the caller can work while the
    // server does: start returns once the request has been handed to Qt's
    // network thread, body included; finish waits for the answer (dropping
    // a Pending aborts its request).
    std::unique_ptr<Pending> startPost(const QString &path, const QByteArray &cbor);
    // The same with a body that is gzip-compressed CBOR already.
    std::unique_ptr<Pending> startPostGzip(const QString &path, const QByteArray &gzipped);
    std::unique_ptr<Pending> startGet(const QString &path, const QUrlQuery &query = {});
    core::Result<QCborValue> finish(Pending &pending);

    // A 2xx answer's body, inflated, and the format it is in.
    struct Answer {
        QByteArray body;
        Format format = Format::Cbor;
    };
    // finish() in two steps, for a caller that reads part of the body
    // before decoding it.
    core::Result<Answer> receive(Pending &pending);
    static core::Result<QCborValue> decoded(const Answer &answer);

    // The base address of `text`, or nothing when it is not an http(s) URL
    // with a host.
    static std::optional<QUrl> serverUrl(const QString &text);
    // Whether `pem` holds at least one certificate.
    static bool isCertificate(const QString &pem);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    std::unique_ptr<Pending> start(const QNetworkRequest &request, const QByteArray *body);
    // Runs an event loop until the request finished, or (untilSent) until
    // its body is with the network thread; a cancel aborts it.
    void await(Pending &pending, bool untilSent) const;

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace pd::sync
