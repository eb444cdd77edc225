#include "duplicatefilter.h"

namespace pd::scan {

DuplicateFilter::DuplicateFilter(const core::Clock &clock, qint64 windowMs)
    : m_clock(clock), m_windowMs(qMax<qint64>(0, windowMs))
{
}

void DuplicateFilter::setWindowMs(qint64 windowMs)
{
    m_windowMs = qMax<qint64>(0, windowMs);
}

bool DuplicateFilter::withinWindow(qint64 lastSeenMs, qint64 nowMs) const
{
    // The wall clock can be set back (a laptop without network fixing its
    // time): a sighting "in the future" counts by its distance, so a
    // small step back still suppresses and a large one starts afresh.
    return qAbs(nowMs - lastSeenMs) < m_windowMs;
}

void DuplicateFilter::forgetExpired(qint64 nowMs)
{
    for (auto it = m_lastSeenMs.begin(); it != m_lastSeenMs.end();) {
        if (withinWindow(it.value(), nowMs))
            ++it;
        else
            it = m_lastSeenMs.erase(it);
    }
}

bool DuplicateFilter::accept(const QByteArray &payload)
{
    const qint64 nowMs = m_clock.nowMs();
    forgetExpired(nowMs);
    const auto it = m_lastSeenMs.find(payload);
    const bool isNew = it == m_lastSeenMs.end();
    m_lastSeenMs.insert(payload, nowMs);
    return isNew;
}

} // namespace pd::scan
