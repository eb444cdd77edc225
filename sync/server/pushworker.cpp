#include "pushworker.h"

#include "pushapplier.h"
#include "serverdatabase.h"
#include "serverlog.h"

namespace pd::sync::server {

PushWorker::PushWorker(ServerClock &clock) : m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("push"));
    m_freeing.setMaxThreadCount(1);
}

PushWorker::~PushWorker()
{
    if (!m_thread.isRunning())
        return;
    // Runs after the batches already handed over (up to maxWaiting) are
    // written, then closes the connection on the thread that opened it.
    // Answers still queued for the HTTP thread are dropped with it: their
    // devices send those batches again and the journal answers them.
    QMetaObject::invokeMethod(
        m_threadContext,
        [this] {
            m_applier.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

core::Status PushWorker::start(const DatabaseSpec &spec)
{
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
    core::Status opened;
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, &spec, &opened] {
            auto database = ServerDatabase::open(spec);
            if (!database) {
                opened = std::unexpected(database.error());
                return;
            }
            m_database = std::move(*database);
            m_applier = std::make_unique<PushApplier>(*m_database, m_clock);
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void PushWorker::apply(Device device, PreparedPush batch, QObject *receiver, Done done)
{
    m_free.acquire();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, device = std::move(device), batch = std::move(batch), receiver,
         done = std::move(done)]() mutable {
            core::Result<PushResponse> applied = applyHere(device, batch);
            QMetaObject::invokeMethod(
                receiver,
                [applied = std::move(applied), done = std::move(done)]() mutable {
                    done(std::move(applied));
                },
                Qt::QueuedConnection);
            // Freed on a thread of its own, and only then may the next batch
            // wait: its thousands of small allocations took a tenth of the
            // push thread's time.
            m_freeing.start([this, batch = std::move(batch)]() mutable {
                batch = {};
                m_free.release();
            });
        },
        Qt::QueuedConnection);
}

core::Result<PushResponse> PushWorker::applyHere(const Device &device, PreparedPush &batch)
{
    auto applied = m_applier->apply(device, batch);
    if (applied || applied.error().code == QLatin1String(PushApplier::batchOfOtherDevice))
        return applied;
    auto reconnected = m_database->recover();
    if (!reconnected || !*reconnected)
        return applied;
    m_applier->reconnected();
    return m_applier->apply(device, batch);
}

} // namespace pd::sync::server
