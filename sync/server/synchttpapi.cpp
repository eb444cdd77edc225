#include "synchttpapi.h"

#include "bodycodec.h"
#include "metrics.h"
#include "pushworker.h"
#include "servercontext.h"
#include "serverlog.h"

#include <QUrlQuery>

namespace pd::sync::server {

namespace {
using Status = QHttpServerResponse::StatusCode;

// A query parameter as a whole number in [minimum, maximum]; `fallback`
// when absent.
ApiResult<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   qint64 minimum, qint64 maximum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return apiError(Status::BadRequest, errorcode::malformed,
                        QStringLiteral("pull.%1: expected a whole number from %2 to %3")
                            .arg(name)
                            .arg(minimum)
                            .arg(maximum));
    return value;
}
} // namespace

SyncHttpApi::SyncHttpApi(ServerContext &context, Metrics &metrics, PushWorker &pushes,
                         QObject *httpThreadObject)
    : m_context(context), m_metrics(metrics), m_pushes(pushes), m_httpThreadObject(httpThreadObject)
{
}

QHttpServerResponse SyncHttpApi::storageFailure(const QHttpServerRequest &request,
                                                const QString &route, const QString &code,
                                                const QString &message)
{
    // Perhaps the connection is gone: the next request finds a new one.
    (void)m_context.database().recover();
    return storageFailure(BodyCodec::answerForm(request), route, code, message);
}

QHttpServerResponse SyncHttpApi::storageFailure(const BodyCodec::AnswerForm &form,
                                                const QString &route, const QString &code,
                                                const QString &message)
{
    // The driver's primary message names constraints and states, not values.
    qCWarning(lcServer).noquote() << route << "failed:" << code << message;
    return BodyCodec::error(form,
                            {Status::InternalServerError, QLatin1String(errorcode::internal),
                             QStringLiteral("The server could not store or read rows; "
                                            "try again later.")});
}

ApiResult<Device> SyncHttpApi::authenticate(const QHttpServerRequest &request)
{
    const QByteArray authorization = BodyCodec::header(request, "Authorization").trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!authorization.toLower().startsWith(scheme))
        return apiError(Status::Unauthorized, errorcode::unauthorized,
                        QStringLiteral("Send Authorization: Bearer TOKEN."));
    const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
    auto device = m_context.devices().findByToken(token);
    if (!device) {
        qCWarning(lcServer).noquote() << "device lookup failed:" << device.error().message;
        (void)m_context.database().recover();
        return apiError(Status::ServiceUnavailable, errorcode::databaseUnavailable,
                        QStringLiteral("The database does not answer; try again later."));
    }
    if (!*device)
        return apiError(Status::Unauthorized, errorcode::unauthorized,
                        QStringLiteral("The token is not known; enrol again."));
    if ((*device)->revokedAtMs)
        return apiError(Status::Forbidden, errorcode::deviceRevoked,
                        QStringLiteral("This device was revoked."));
    if (!(*device)->scope.isValid())
        return apiError(Status::Forbidden, errorcode::deviceRevoked,
                        QStringLiteral("This device's unit is no longer known; enrol again."));
    if (auto touched = m_context.devices().touch(**device); !touched)
        qCWarning(lcServer).noquote() << "last_seen not updated:" << touched.error().message;
    return std::move(**device);
}

QHttpServerResponse SyncHttpApi::health(const QHttpServerRequest &request)
{
    // A proxy or monitor takes "ok" to mean pushes will work: ask the
    // database, not just the process.
    if (!m_context.database().recover())
        return BodyCodec::error(request,
                                {QHttpServerResponder::StatusCode::ServiceUnavailable,
                                 QLatin1String(errorcode::databaseUnavailable),
                                 QStringLiteral("the database does not answer")});
    return BodyCodec::respond(request,
                              QCborMap {{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("version"), protocolVersion},
                                        {QStringLiteral("db"), m_context.database().dialectName()},
                                        {QStringLiteral("serverHlc"), m_context.clock().now()}});
}

QHttpServerResponse SyncHttpApi::enroll(const QHttpServerRequest &request)
{
    auto body = BodyCodec::readBody(request);
    if (!body)
        return BodyCodec::error(request, body.error());
    Decoded<EnrollRequest> decoded = enrollRequestFromCbor(*body);
    if (!decoded)
        return BodyCodec::error(
            request, {Status::BadRequest, QLatin1String(errorcode::malformed), decoded.error});
    const EnrollRequest &enrollRequest = *decoded.value;
    auto enrolment = m_context.devices().enroll(enrollRequest.code, enrollRequest.deviceId,
                                                enrollRequest.deviceName);
    if (!enrolment) {
        const QString &code = enrolment.error().code;
        if (code == QLatin1String(errorcode::enrollCodeInvalid)
            || code == QLatin1String(errorcode::deviceRevoked))
            return BodyCodec::error(request, {Status::Forbidden, code, enrolment.error().message});
        if (code == QLatin1String(errorcode::malformed))
            return BodyCodec::error(request, {Status::BadRequest, code, enrolment.error().message});
        return storageFailure(request, QStringLiteral("/v1/enroll"), code,
                              enrolment.error().message);
    }
    qCInfo(lcServer).noquote() << "enrolled a device for unit" << enrolment->scope.code;
    EnrollResponse response {enrolment->deviceId, enrolment->token, enrolment->scope.code,
                             enrolment->scope.level, m_context.clock().now()};
    return BodyCodec::respond(request, toCbor(response));
}

void SyncHttpApi::push(const QHttpServerRequest &request, const Respond &respond)
{
    auto device = authenticate(request);
    if (!device)
        return respond(BodyCodec::error(request, device.error()));
    auto body = BodyCodec::readBytes(request);
    if (!body)
        return respond(BodyCodec::error(request, body.error()));
    // Checked and laid out here, not on the push thread.
    const qint64 nowMs = m_context.clock().wallMs();
    const Dialect dialect = m_context.database().dialect();
    std::optional<PreparedPush> batch;
    if (body->format == Format::Cbor)
        batch = PushApplier::prepareFromCbor(*device, body->bytes, nowMs, dialect);
    if (!batch) {
        // JSON, or a body the fast reader leaves to the whole decoder,
        // which says what is wrong with it.
        auto value = BodyCodec::decodeBody(*body);
        if (!value)
            return respond(BodyCodec::error(request, value.error()));
        Decoded<PushRequest> decoded = pushRequestFromCbor(*value);
        if (!decoded)
            return respond(BodyCodec::error(
                request, {Status::BadRequest, QLatin1String(errorcode::malformed), decoded.error}));
        if (decoded.value->deviceId != device->id)
            return respond(
                BodyCodec::error(request,
                                 {Status::Forbidden, QLatin1String(errorcode::deviceMismatch),
                                  QStringLiteral("push.device is not this token's device")}));
        batch = PushApplier::prepare(*device, *decoded.value, nowMs, dialect);
    }
    body->bytes = {}; // the batch holds copies of what it keeps
    // The worker writes the answer's rows; the request is gone by then.
    const BodyCodec::AnswerForm form = BodyCodec::answerForm(request);
    m_pushes.apply(
        std::move(*device), std::move(*batch), m_httpThreadObject,
        [this, form, respond](core::Result<PushResponse> applied) {
            if (!applied) {
                if (applied.error().code == QLatin1String(PushApplier::batchOfOtherDevice))
                    return respond(
                        BodyCodec::error(form,
                                         {Status::BadRequest, QLatin1String(errorcode::malformed),
                                          applied.error().message}));
                return respond(storageFailure(form, QStringLiteral("/v1/push"),
                                              applied.error().code, applied.error().message));
            }
            if (!applied->replayed)
                m_metrics.addRows(applied->applied, applied->rejected.size(), applied->conflicts);
            respond(BodyCodec::respond(form, toCbor(*applied)));
        });
}

QHttpServerResponse SyncHttpApi::pull(const QHttpServerRequest &request)
{
    auto device = authenticate(request);
    if (!device)
        return BodyCodec::error(request, device.error());
    const QUrlQuery query = request.query();
    auto after =
        integerParameter(query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return BodyCodec::error(request, after.error());
    auto limit = integerParameter(query, QStringLiteral("limit"), PullReader::defaultLimit, 1,
                                  PullReader::maxLimit);
    if (!limit)
        return BodyCodec::error(request, limit.error());
    auto page = m_context.pulls().read(*device, *after, int(*limit));
    if (!page)
        return storageFailure(request, QStringLiteral("/v1/pull"), page.error().code,
                              page.error().message);
    const qint64 serverHlc = m_context.clock().now();
    const Format format = BodyCodec::responseFormat(request);
    return BodyCodec::respond(request,
                              format == Format::Cbor ? PullReader::encodeCbor(*page, serverHlc)
                                                     : PullReader::encodeJson(*page, serverHlc),
                              contentType(format));
}

QHttpServerResponse SyncHttpApi::metrics(const QHttpServerRequest &request)
{
    return BodyCodec::respond(request, m_metrics.render(),
                              QByteArrayLiteral("text/plain; version=0.0.4"));
}

QHttpServerResponse SyncHttpApi::notFound(const QHttpServerRequest &request)
{
    return BodyCodec::error(request,
                            {Status::NotFound, QLatin1String(errorcode::notFound),
                             QStringLiteral("No such endpoint; see docs/SYNC.md.")});
}

} // namespace pd::sync::server
