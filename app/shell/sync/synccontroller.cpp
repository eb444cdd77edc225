#include "synccontroller.h"

#include "backgroundjob.h"
#include "corecontext.h"
#include "synccycle.h"
#include "syncerrors.h"
#include "syncschedule.h"
#include "syncstatestore.h"

#include <QNetworkInformation>
#include <QNetworkReply>

#include <memory>

namespace pd::app {

SyncController::SyncController(core::CoreContext &core, QObject *parent)
    : QObject(parent), m_core(core), m_random(std::random_device {}())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { syncNow(Trigger::Retry); });
    m_nightlyTimer.setSingleShot(true);
    connect(&m_nightlyTimer, &QTimer::timeout, this, [this] {
        syncNow(Trigger::Nightly);
        scheduleNightly();
    });
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncController::probeOnce);

    m_hasReachability =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
        && QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
    if (m_hasReachability)
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncController::onReachabilityChanged);
    scheduleNightly();
}

SyncController::~SyncController()
{
    if (m_job)
        m_job->cancel(); // the job's destructor (a child of this) waits for the worker
}

bool SyncController::isEnrolled() const
{
    auto state = sync::SyncStateStore(m_core.database()).load();
    return state && state->enrolled();
}

QDateTime SyncController::nextAutomaticRun() const
{
    QDateTime next;
    for (const QTimer *timer : {&m_retryTimer, &m_nightlyTimer}) {
        if (!timer->isActive())
            continue;
        const QDateTime at = QDateTime::currentDateTime().addMSecs(timer->remainingTime());
        if (!next.isValid() || at < next)
            next = at;
    }
    return next;
}

bool SyncController::syncNow(Trigger trigger)
{
    if (m_job)
        return false;
    if (!isEnrolled()) {
        if (trigger == Trigger::Manual) {
            m_lastOutcome = sync::SyncErrors::notEnrolled().message;
            Q_EMIT finished(false, m_lastOutcome);
        }
        return false;
    }
    m_retryTimer.stop();
    m_progressDone = m_progressTotal = 0;
    m_progressLabel.clear();

    auto summary = std::make_shared<sync::SyncSummary>();
    auto *job = new core::BackgroundJob(
        m_core,
        [summary](core::CoreContext &core, core::JobControl &control) -> core::Status {
            auto result = sync::SyncCycle(core, &control).run();
            if (!result)
                return std::unexpected(result.error());
            *summary = *result;
            return {};
        },
        this);
    connect(job, &core::BackgroundJob::progress, this,
            [this](qint64 done, qint64 total, const QString &label) {
                m_progressDone = done;
                m_progressTotal = total;
                m_progressLabel = label;
                Q_EMIT progress(done, total, label);
            });
    connect(job, &core::BackgroundJob::finished, this, [this, summary] {
        const core::Status status = m_job->status();
        m_job->deleteLater();
        m_job = nullptr;
        if (status) {
            m_consecutiveFailures = 0;
            m_lastFailureWasNetwork = false;
            m_probeTimer.stop();
            m_lastOutcome = tr("Synced: %n change(s) sent", nullptr, summary->pushed)
                + QStringLiteral(", ") + tr("%n received", nullptr, summary->pulled);
            if (summary->rejected > 0)
                m_lastOutcome += QStringLiteral(", ")
                    + tr("%n refused (see the Sync page)", nullptr, summary->rejected);
            if (summary->conflicts > 0)
                m_lastOutcome += QStringLiteral(", ")
                    + tr("%n conflict(s) to review", nullptr, summary->conflicts);
            Q_EMIT finished(true, m_lastOutcome);
            return;
        }
        onCycleFailed(status.error().code);
        m_lastOutcome = status.error().message;
        Q_EMIT finished(false, m_lastOutcome);
    });
    m_job = job;
    Q_EMIT started(trigger);
    job->start();
    return true;
}

void SyncController::onCycleFailed(const QString &code)
{
    // Retry later unless retrying cannot help.
    const bool permanent = code == QLatin1String(sync::errc::unauthorized)
        || code == QLatin1String(sync::errc::revoked)
        || code == QLatin1String(sync::errc::notEnrolled)
        || code == QLatin1String(sync::errc::cancelled);
    if (permanent)
        return;
    ++m_consecutiveFailures;
    m_lastFailureWasNetwork =
        code == QLatin1String(sync::errc::network) || code == QLatin1String(sync::errc::timeout);
    scheduleRetry();
    if (m_lastFailureWasNetwork && !m_hasReachability)
        startProbing();
}

void SyncController::cancel()
{
    m_retryTimer.stop();
    if (m_job)
        m_job->cancel();
}

void SyncController::scheduleRetry()
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const qint64 delay =
        syncschedule::retryDelayMs(m_consecutiveFailures, [&] { return unit(m_random); });
    m_retryTimer.start(int(delay));
}

void SyncController::reschedule()
{
    scheduleNightly();
}

void SyncController::scheduleNightly()
{
    m_nightlyTimer.stop();
    const QString text =
        m_core.settings().value(nightlySettingKey(), defaultNightlyTime()).value_or(QString());
    const QTime at = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!at.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    m_nightlyTimer.start(int(now.msecsTo(syncschedule::nextDaily(now, at))));
}

void SyncController::onReachabilityChanged()
{
    const auto reachability = QNetworkInformation::instance()->reachability();
    if (reachability == QNetworkInformation::Reachability::Online && m_consecutiveFailures > 0)
        syncNow(Trigger::NetworkBack);
}

void SyncController::startProbing()
{
    if (!m_probeTimer.isActive())
        m_probeTimer.start(probeIntervalMs);
}

void SyncController::probeOnce()
{
    if (m_job || m_consecutiveFailures == 0) {
        m_probeTimer.stop();
        return;
    }
    auto state = sync::SyncStateStore(m_core.database()).load();
    if (!state || !state->enrolled())
        return;
    QNetworkRequest request(QUrl(state->url).resolved(QUrl(QStringLiteral("v1/health"))));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_probeNetwork.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            syncNow(Trigger::NetworkBack);
    });
}

} // namespace pd::app
