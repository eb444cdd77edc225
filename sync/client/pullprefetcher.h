#pragma once

#include "error.h"
#include "jobcontrol.h"
#include "preparedpage.h"
#include "synctransport.h"
#include "wire.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <memory>

class QThread;

namespace pd::sync {

// Pull pages fetched ahead on a thread of its own: while the caller writes
// one page, the next ones are requested, received, inflated, decoded and
// prepared for writing (preparePage). Decoding alone was a fifth of a pull
// when it waited for the writes. The
// thread has its own connection (SyncTransport is bound to the thread that
// made it) and stops at the last page, at the first error, or when the
// prefetcher is destroyed.
class PullPrefetcher {
public:
    // Pages after `cursor` of at most `limit` rows, prepared for `tables`
    // (which must outlive the prefetcher); `ahead` pages at most wait for
    // the caller.
    PullPrefetcher(SyncTransport::Options options, const LocalTables &tables, qint64 cursor,
                   int limit, int ahead = 2);
    ~PullPrefetcher(); // stops the thread: a request on its way is aborted
    PullPrefetcher(const PullPrefetcher &) = delete;
    PullPrefetcher &operator=(const PullPrefetcher &) = delete;

    // The next page in order, or the error that stopped fetching; waits
    // for it in a local event loop. A cancel of `control` ends the wait
    // with SyncErrors::cancelled.
    core::Result<PreparedPage> next(const core::JobControl *control);
    // Hands a written page back: it is freed on the prefetch thread, which
    // waits more than the writing one (freeing 5,000 decoded rows was
    // about a twentieth of the writing thread's time).
    void recycle(PreparedPage page);

private:
    void fetch(SyncTransport::Options options, qint64 cursor, int limit);
    // Queues a page or an error; false once the prefetcher is stopping.
    bool deliver(core::Result<PreparedPage> page);

    const std::size_t m_ahead;
    core::JobControl m_stop; // the thread's transport aborts when cancelled
    QMutex m_mutex;
    QWaitCondition m_changed; // a page taken, or stopping
    const LocalTables &m_tables;
    std::deque<core::Result<PreparedPage>> m_pages; // guarded by m_mutex
    std::deque<PreparedPage> m_spent; // guarded by m_mutex
    std::unique_ptr<QThread> m_thread;
};

} // namespace pd::sync
