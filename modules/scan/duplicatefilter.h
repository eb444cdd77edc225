#pragma once

#include "clock.h"

#include <QByteArray>
#include <QHash>

namespace pd::scan {

// Suppresses a code seen again soon: a phone held in front of the camera is
// in thirty frames a second, and a volunteer may pull a handheld scanner's
// trigger twice. A payload is new when it was not seen within the last
// windowMs; every sighting restarts its window, so a code that stays in view
// is reported once however long it stays. Payloads are forgotten once their
// window has passed (they are personal data).
class DuplicateFilter {
public:
    static constexpr qint64 defaultWindowMs = 10'000;

    explicit DuplicateFilter(const core::Clock &clock, qint64 windowMs = defaultWindowMs);

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 windowMs);

    // True when `payload` is new (and remembers it); false for a repeat.
    bool accept(const QByteArray &payload);
    // Forgets every payload, e.g. when the checkpoint screen is left.
    void clear() { m_lastSeenMs.clear(); }
    qsizetype rememberedCount() const { return m_lastSeenMs.size(); }

private:
    bool withinWindow(qint64 lastSeenMs, qint64 nowMs) const;
    void forgetExpired(qint64 nowMs);

    const core::Clock &m_clock;
    qint64 m_windowMs;
    QHash<QByteArray, qint64> m_lastSeenMs;
};

} // namespace pd::scan
