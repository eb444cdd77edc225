#pragma once

#include "error.h"
#include "synctransport.h"

#include <QCoreApplication>

namespace pd::core {
class CoreContext;
class JobControl;
} // namespace pd::core

namespace pd::sync {

// What one cycle did.
struct SyncSummary {
    int pushed = 0; // rows the server took (applied, or had already)
    int pulled = 0; // rows from other devices stored here
    int conflicts = 0; // open conflicts that arrived, for a clerk to resolve
    int rejected = 0; // rows the server refused (kept in sync_failure)
    qint64 ms = 0; // how long the cycle took
};

// One sync cycle, synchronously on the calling thread: freeze the outbox,
// push every frozen batch in order, pull until the server has no more.
// phongdich-cli calls run() directly; the desktop app calls it inside
// core::BackgroundJob's work with the job's CoreContext and JobControl
// (progress in rows, labels, cancel). Whatever failed, what was
// acknowledged or applied stays done and the rest is repeated next time.
class SyncCycle {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::SyncCycle)

public:
    static constexpr int defaultPullLimit = 5000;
    // Push requests sent before the first answer is awaited: enough that
    // the server has the next batch decoded when it finishes one, even when
    // this device falls behind for a moment. With three the server's push
    // thread waited 0.50 s of a 4.3 s PostgreSQL push of 200,000 rows for
    // the next batch; with four 0.22–0.26 s, with five 0.16–0.21 s, with
    // six 0.17–0.18 s (bench_sync, time between batches measured in the
    // server). On a slow link with a long round trip more of it is covered.
    // Five leave one of Qt's six connections per server free.
    static constexpr std::size_t pushesInFlight = 5;

    explicit SyncCycle(core::CoreContext &core, core::JobControl *control = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Rows per pull page (1 to 5,000).
    void setPullLimit(int limit) { m_pullLimit = limit; }

    // Records last_attempt_ms, then last_success_ms or last_error (the
    // error's code) in sync_state.
    core::Result<SyncSummary> run();

private:
    core::Status runCycle(SyncTransport &transport, SyncSummary &summary);
    core::Status push(SyncTransport &transport, SyncSummary &summary);
    core::Status pull(SyncTransport &transport, SyncSummary &summary);
    bool cancelled() const;

    core::CoreContext &m_core;
    core::JobControl *m_control;
    int m_timeoutMs = SyncTransport::defaultTimeoutMs;
    int m_pullLimit = defaultPullLimit;
};

} // namespace pd::sync
