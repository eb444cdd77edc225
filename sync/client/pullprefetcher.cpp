#include "pullprefetcher.h"

#include "syncerrors.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace pd::sync {

namespace {
// How often a caller waiting for a page looks for it and at its JobControl.
constexpr int kWaitSliceMs = 5;
} // namespace

PullPrefetcher::PullPrefetcher(SyncTransport::Options options, const LocalTables &tables,
                               qint64 cursor, int limit, int ahead)
    : m_ahead(std::size_t(qMax(1, ahead))), m_tables(tables)
{
    options.control = &m_stop;
    m_thread.reset(QThread::create(
        [this, options = std::move(options), cursor, limit]() { fetch(options, cursor, limit); }));
    m_thread->setObjectName(QStringLiteral("pull prefetch"));
    m_thread->start();
}

PullPrefetcher::~PullPrefetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop.cancel();
        m_changed.wakeAll();
    }
    m_thread->wait();
}

void PullPrefetcher::fetch(SyncTransport::Options options, qint64 cursor, int limit)
{
    SyncTransport transport(std::move(options));
    auto pageAfter = [&transport, limit](qint64 after) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(after));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return transport.startGet(QStringLiteral("/v1/pull"), query);
    };
    auto fail = [this](core::Error error) {
        deliver(std::unexpected(std::move(error)));
    };
    auto request = pageAfter(cursor);
    for (;;) {
        auto answer = transport.receive(*request);
        if (!answer)
            return fail(answer.error());
        // The server works on the next page while this one is decoded.
        std::unique_ptr<SyncTransport::Pending> nextRequest;
        if (answer->format == Format::Cbor) {
            const auto position = pullPositionFromCbor(answer->body);
            if (position && position->more && position->last > cursor)
                nextRequest = pageAfter(position->last);
        }
        std::optional<PreparedPage> prepared;
        if (answer->format == Format::Cbor)
            prepared = preparePageFromCbor(m_tables, answer->body);
        if (!prepared) {
            // JSON, or a page that does not decode: decoded whole, which
            // says what is wrong with it.
            const auto value = SyncTransport::decoded(*answer);
            if (!value)
                return fail(value.error());
            Decoded<PullResponse> page = pullResponseFromCbor(*value);
            if (!page)
                return fail(SyncErrors::protocol(page.error));
            prepared = preparePage(m_tables, std::move(*page.value));
        }
        // A page that claims more but does not move on would loop forever.
        const PullResponse &page = prepared->response;
        if (page.more && page.last <= cursor)
            return fail(SyncErrors::protocol(
                QStringLiteral("pull after %1 answered more without moving on").arg(cursor)));
        const bool more = page.more;
        cursor = page.last;
        if (!deliver(std::move(*prepared)) || !more)
            return;
        request = nextRequest ? std::move(nextRequest) : pageAfter(cursor);
    }
}

bool PullPrefetcher::deliver(core::Result<PreparedPage> page)
{
    std::deque<PreparedPage> spent; // freed when this returns, not under the lock
    QMutexLocker lock(&m_mutex);
    while (m_pages.size() >= m_ahead && !m_stop.isCancelled())
        m_changed.wait(&m_mutex);
    spent.swap(m_spent);
    if (m_stop.isCancelled())
        return false;
    m_pages.push_back(std::move(page));
    m_changed.wakeAll();
    return true;
}

void PullPrefetcher::recycle(PreparedPage page)
{
    QMutexLocker lock(&m_mutex);
    m_spent.push_back(std::move(page));
}

core::Result<PreparedPage> PullPrefetcher::next(const core::JobControl *control)
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pages.empty()) {
                core::Result<PreparedPage> page = std::move(m_pages.front());
                m_pages.pop_front();
                m_changed.wakeAll();
                return page;
            }
        }
        if (control && control->isCancelled())
            return std::unexpected(SyncErrors::cancelled());
        // This thread's own events keep flowing while it waits, as they do
        // while SyncTransport waits (a server or timers living here).
        QEventLoop loop;
        QTimer look;
        look.setInterval(kWaitSliceMs);
        QObject::connect(&look, &QTimer::timeout, &loop, [this, &loop, control]() {
            QMutexLocker lock(&m_mutex);
            if (!m_pages.empty() || (control && control->isCancelled()))
                loop.quit();
        });
        look.start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace pd::sync
