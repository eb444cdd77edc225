#pragma once

#include "clock.h"

#include <QMutex>

namespace pd::sync::server {

// The server's hybrid logical clock (modules/core/hlc.h), kept in memory:
// seeded at start from the newest stored row, advanced by every timestamp
// the server accepts, and sent as serverHlc so devices' clocks never fall
// behind what they have seen. The wall clock is also what push checks
// "clock_ahead" against.
class ServerClock {
public:
    explicit ServerClock(const core::Clock &wallClock = core::Clock::system());

    void seed(qint64 hlc);
    // A new timestamp after everything seen.
    qint64 now();
    // Takes in a timestamp from a device.
    void observe(qint64 remoteHlc);
    qint64 wallMs() const { return m_wallClock.nowMs(); }

private:
    const core::Clock &m_wallClock;
    QMutex m_mutex;
    qint64 m_last = 0;
};

} // namespace pd::sync::server
