#pragma once

#include <QtGlobal>

#include <atomic>

namespace pd::core {

// Wall-clock source, injected everywhere time matters so tests can jump it
// forwards and backwards.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    static const Clock &system();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'640'995'200'000) : m_nowMs(startMs) { }
    qint64 nowMs() const override { return m_nowMs.load(); }
    void setMs(qint64 ms) { m_nowMs.store(ms); }
    void advanceMs(qint64 deltaMs) { m_nowMs.fetch_add(deltaMs); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace pd::core
