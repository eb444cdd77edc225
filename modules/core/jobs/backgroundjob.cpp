#include "backgroundjob.h"

#include "corecontext.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcJobs, "pd.core.jobs")

namespace pd::core {

BackgroundJob::BackgroundJob(CoreContext &caller, Work work, QObject *parent)
    : BackgroundJob(caller.database().path(), caller.database().modules(), caller.clock(),
                    std::move(work), parent)
{
    setActor(caller.audit().actorId(), caller.audit().actorName());
}

BackgroundJob::BackgroundJob(QString databasePath, QList<ModuleSchema> modules, const Clock &clock,
                             Work work, QObject *parent)
    : QObject(parent),
      m_databasePath(std::move(databasePath)),
      m_modules(std::move(modules)),
      m_clock(clock),
      m_work(std::move(work))
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BackgroundJob::reportProgress);
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_control.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::setActor(const QString &userId, const QString &username)
{
    m_actorId = userId;
    m_actorName = username;
}

void BackgroundJob::start()
{
    if (m_thread || m_finished)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("pd-job"));
    // Emitted on the worker thread; queued to this object's thread.
    connect(m_thread, &QThread::finished, this, &BackgroundJob::onThreadFinished,
            Qt::QueuedConnection);
    m_progressTimer.start();
    m_thread->start();
}

bool BackgroundJob::isRunning() const
{
    return m_thread && !m_finished;
}

void BackgroundJob::cancel()
{
    m_control.cancel();
}

bool BackgroundJob::wait(int timeoutMs)
{
    if (!m_thread)
        return m_finished;
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                        : QDeadlineTimer(timeoutMs));
}

void BackgroundJob::run()
{
    // Everything SQL lives and dies on this thread.
    auto context = CoreContext::open(m_databasePath, m_modules, m_clock);
    if (!context) {
        m_status = std::unexpected(context.error());
        return;
    }
    (*context)->audit().setActor(m_actorId, m_actorName);
    if (m_control.isCancelled()) {
        m_status = std::unexpected(JobControl::cancelledError());
        return;
    }
    m_status = m_work(**context, m_control);
    if (!m_status && !JobControl::isCancelledError(m_status.error()))
        qCWarning(lcJobs) << "background job failed:" << m_status.error().code;
}

void BackgroundJob::reportProgress()
{
    const qint64 done = m_control.done();
    const qint64 total = m_control.total();
    const QString label = m_control.label();
    if (done == m_reportedDone && total == m_reportedTotal && label == m_reportedLabel)
        return;
    m_reportedDone = done;
    m_reportedTotal = total;
    m_reportedLabel = label;
    Q_EMIT progress(done, total, label);
}

void BackgroundJob::onThreadFinished()
{
    if (m_finished)
        return;
    m_progressTimer.stop();
    reportProgress();
    m_finished = true;
    Q_EMIT finished();
}

} // namespace pd::core
