#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>

namespace pd::core {

// What long work and whoever waits for it share: how far it has got, what
// it is doing, and whether it should stop. Every member may be called from
// any thread; the work calls setTotal()/advance() and checks isCancelled()
// between units (rows), the caller reads the progress and calls cancel().
class JobControl {
    Q_DECLARE_TR_FUNCTIONS(pd::core::JobControl)

public:
    void setTotal(qint64 total) { m_total.store(total); }
    void advance(qint64 units = 1)
    {
        const qint64 done = m_done.fetch_add(units) + units;
        if (const qint64 at = m_cancelAt.load(); at > 0 && done >= at)
            m_cancelled.store(true);
    }
    void setDone(qint64 done) { m_done.store(done); }
    // What is being done, for people ("Reading the file", "Saving").
    void setLabel(const QString &label);

    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }
    QString label() const;

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    // Cancels as soon as advance() brings done() to `done` (0: never): a
    // cancel at an exact point, which tests use to show that work cancelled
    // half-way leaves nothing behind.
    void cancelAt(qint64 done) { m_cancelAt.store(done); }

    // The error work returns when it stops because it was cancelled
    // (code "job.cancelled"); its transaction rolls back.
    static Error cancelledError();
    static bool isCancelledError(const Error &error);

private:
    std::atomic<qint64> m_total {0};
    std::atomic<qint64> m_done {0};
    std::atomic<bool> m_cancelled {false};
    std::atomic<qint64> m_cancelAt {0};
    mutable QMutex m_labelMutex;
    QString m_label;
};

} // namespace pd::core
