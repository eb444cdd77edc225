#include "synctransport.h"

#include "gzip.h"
#include "jobcontrol.h"
#include "syncerrors.h"
#include "synclog.h"
#include "wire.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace pd::sync {

namespace {
// How often a running request looks at JobControl::isCancelled().
constexpr int kCancelPollMs = 100;

core::Error errorForStatus(int status, const QByteArray &body, const QByteArray &contentType)
{
    const Format format = formatOf(contentType).value_or(Format::Cbor);
    const Decoded<ErrorBody> error = errorFromCbor(decode(body, format));
    const QString code = error ? error.value->code : QString();
    if (status == 401)
        return SyncErrors::unauthorized();
    if (status == 403) {
        if (code == QLatin1String(errorcode::deviceRevoked))
            return SyncErrors::revoked();
        if (code == QLatin1String(errorcode::enrollCodeInvalid))
            return SyncErrors::enrollCodeInvalid();
        if (code == QLatin1String(errorcode::deviceMismatch))
            return SyncErrors::deviceMismatch();
        return SyncErrors::unauthorized();
    }
    if (status >= 500)
        return SyncErrors::server(status);
    // 400 malformed, 413 too large, 415, a redirect: the two sides disagree
    // about the protocol; the server's message names the key.
    return SyncErrors::protocol(QStringLiteral("HTTP %1 %2 %3")
                                    .arg(status)
                                    .arg(code, error ? error.value->message : QString())
                                    .trimmed());
}
} // namespace

SyncTransport::SyncTransport(Options options)
    : m_options(std::move(options)), m_network(std::make_unique<QNetworkAccessManager>())
{
}

SyncTransport::~SyncTransport() = default;

std::optional<QUrl> SyncTransport::serverUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return std::nullopt;
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool SyncTransport::isCertificate(const QString &pem)
{
#if QT_CONFIG(ssl)
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    return !certificates.isEmpty() && !certificates.first().isNull();
#else
    Q_UNUSED(pem)
    return false;
#endif
}

QNetworkRequest SyncTransport::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_options.server;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    // A redirect would turn a push into something else; the address given
    // at enrolment is the one to use.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType(Format::Cbor));
    request.setRawHeader("Accept", contentType(Format::Cbor));
    // Asked for here, so Qt leaves the answer compressed and send() can
    // tell a truncated body from a complete one (Qt 6.4 inflates a gzip
    // answer cut short into an empty body without an error).
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PhongDich"));
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
#if QT_CONFIG(ssl)
    if (!m_options.caCertificate.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(
            QSslCertificate::fromData(m_options.caCertificate.toUtf8(), QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
#endif
    return request;
}

SyncTransport::Pending::Pending() = default;
SyncTransport::Pending::~Pending() = default;

core::Result<QCborValue> SyncTransport::post(const QString &path, const QByteArray &cbor)
{
    return finish(*startPost(path, cbor));
}

std::unique_ptr<SyncTransport::Pending> SyncTransport::startPost(const QString &path,
                                                                 const QByteArray &cbor)
{
    return startPostGzip(path, gzipCompress(cbor));
}

std::unique_ptr<SyncTransport::Pending> SyncTransport::startPostGzip(const QString &path,
                                                                     const QByteArray &gzipped)
{
    QNetworkRequest request = this->request(path, {});
    request.setRawHeader("Content-Encoding", "gzip");
    return start(request, &gzipped);
}

std::unique_ptr<SyncTransport::Pending> SyncTransport::startGet(const QString &path,
                                                                const QUrlQuery &query)
{
    return start(request(path, query), nullptr);
}

std::unique_ptr<SyncTransport::Pending> SyncTransport::start(const QNetworkRequest &request,
                                                             const QByteArray *body)
{
    auto pending = std::make_unique<Pending>();
    core::JobControl *control = m_options.control;
    if (control && control->isCancelled()) {
        pending->cancelled = true;
        return pending;
    }
    pending->reply.reset(body ? m_network->post(request, *body) : m_network->get(request));
    QNetworkReply *reply = pending->reply.get();
    Pending *state = pending.get();
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [state](const QList<QSslError> &errors) {
                         for (const QSslError &error : errors)
                             state->sslProblems.append(error.errorString());
                     });
#endif
    if (body) {
        // Qt's network thread asks this thread for the body piece by piece:
        // it must be handed over before this thread goes off to other work.
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                         [state](qint64 sent, qint64 total) {
                             if (total > 0 && sent >= total)
                                 state->sent = true;
                         });
        await(*pending, true);
    } else {
        // The reply starts itself with a queued call; deliver it now.
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    }
    return pending;
}

void SyncTransport::await(Pending &pending, bool untilSent) const
{
    QNetworkReply *reply = pending.reply.get();
    if (reply->isFinished() || (untilSent && pending.sent))
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (untilSent) {
        QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&]() {
            if (pending.sent)
                loop.quit();
        });
    }
    QTimer cancelPoll;
    if (core::JobControl *control = m_options.control) {
        cancelPoll.setInterval(kCancelPollMs);
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&pending, control, reply]() {
            if (control->isCancelled() && !reply->isFinished()) {
                pending.cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start();
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

core::Result<QCborValue> SyncTransport::finish(Pending &pending)
{
    auto answer = receive(pending);
    if (!answer)
        return std::unexpected(answer.error());
    return decoded(*answer);
}

core::Result<QCborValue> SyncTransport::decoded(const Answer &answer)
{
    QString decodeError;
    QCborValue value = decode(answer.body, answer.format, &decodeError);
    if (value.isInvalid())
        return std::unexpected(SyncErrors::protocol(decodeError));
    return value;
}

core::Result<SyncTransport::Answer> SyncTransport::receive(Pending &pending)
{
    if (pending.cancelled && !pending.reply)
        return std::unexpected(SyncErrors::cancelled());
    await(pending, false);
    QNetworkReply *reply = pending.reply.get();
    const QNetworkRequest request = reply->request();
    const QStringList &sslProblems = pending.sslProblems;
    const bool cancelled = pending.cancelled;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    // An aborted reply (timeout, cancel) is closed and has nothing to read.
    QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QVariant announcedLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    qCDebug(lcSync) << request.url().path() << "HTTP" << status << "error" << networkError
                    << "bytes" << bytes.size();

    if (cancelled)
        return std::unexpected(SyncErrors::cancelled());
    if (status == 0) {
        switch (networkError) {
        case QNetworkReply::SslHandshakeFailedError:
            return std::unexpected(SyncErrors::tls(
                sslProblems.isEmpty() ? reply->errorString() : sslProblems.join(u"; ")));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // Nothing here aborts a request but a cancel (handled above):
            // this is the transfer timeout.
            return std::unexpected(SyncErrors::timeout(m_options.timeoutMs));
        default:
            return std::unexpected(SyncErrors::network(reply->errorString()));
        }
    }
    if (announcedLength.isValid() && bytes.size() < announcedLength.toLongLong())
        return std::unexpected(SyncErrors::network(tr("The answer broke off after %1 of %2 bytes.")
                                                       .arg(bytes.size())
                                                       .arg(announcedLength.toLongLong())));
    if (encoding == "gzip") {
        std::optional<QByteArray> inflated = gzipDecompress(bytes, maxDeviceInflatedBytes);
        if (!inflated)
            return std::unexpected(
                SyncErrors::network(tr("The answer arrived incomplete or damaged.")));
        bytes = std::move(*inflated);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return std::unexpected(SyncErrors::protocol(
            QStringLiteral("unknown Content-Encoding %1").arg(QString::fromLatin1(encoding))));
    }
    if (status < 200 || status >= 300)
        return std::unexpected(errorForStatus(status, bytes, type));
    if (networkError != QNetworkReply::NoError) {
        // The answer began and then broke off.
        if (networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError)
            return std::unexpected(SyncErrors::timeout(m_options.timeoutMs));
        return std::unexpected(SyncErrors::network(reply->errorString()));
    }
    return Answer {std::move(bytes), formatOf(type).value_or(Format::Cbor)};
}

} // namespace pd::sync
