#pragma once

#include "clock.h"
#include "error.h"

#include <QMutex>
#include <QSqlQuery>

#include <optional>

namespace pd::core {

class Database;

// Hybrid logical clock (Kulkarni et al. 2014) packed in one 64-bit integer:
// the high 48 bits are wall-clock milliseconds, the low 16 bits a counter
// that orders events within one millisecond or while the wall clock lags
// behind a timestamp already seen. Rows compare by (hlc, origin).
struct Hlc {
    static constexpr int counterBits = 16;
    static constexpr qint64 counterMask = (qint64(1) << counterBits) - 1;

    static constexpr qint64 pack(qint64 ms, qint64 counter)
    {
        return (ms << counterBits) | counter;
    }
    static constexpr qint64 ms(qint64 hlc) { return hlc >> counterBits; }
    static constexpr qint64 counter(qint64 hlc) { return hlc & counterMask; }

    // The next local timestamp after `last` with the wall clock at
    // `physicalMs`; never less than or equal to `last`.
    static qint64 tick(qint64 last, qint64 physicalMs);
    // The next timestamp after both `last` and a `remote` one just received.
    static qint64 merge(qint64 last, qint64 remote, qint64 physicalMs);
};

// The device's clock, persisted in the `hlc_state` table so it stays
// monotonic across restarts even when the wall clock jumps back.
class HybridLogicalClock {
public:
    // A remote timestamp further ahead of this device's wall clock is
    // refused: one device with a wrong date must not drag every clock that
    // syncs with it into the future for good (the server applies the same
    // limit to pushed rows).
    static constexpr qint64 maxRemoteAheadMs = 24 * 60 * 60 * 1000;

    HybridLogicalClock(Database &database, const Clock &clock);

    Status load();
    Result<qint64> now();
    Result<qint64> receive(qint64 remoteHlc);
    qint64 last() const;

private:
    // Stores `value`, or one past the stored value when that is later;
    // returns what was stored.
    Result<qint64> persist(qint64 value);

    Database &m_database;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    qint64 m_last = 0;
    // persist()'s statement, prepared once: every change a clerk saves
    // takes a timestamp.
    std::optional<QSqlQuery> m_persist;
};

} // namespace pd::core
