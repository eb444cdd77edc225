#include "latestframeslot.h"

#include <QMutexLocker>

#include <utility>

namespace pd::scan {

bool LatestFrameSlot::put(PendingFrame frame)
{
    PendingFrame replaced;
    bool wake = false;
    {
        QMutexLocker locker(&m_mutex);
        if (m_frame) {
            ++m_dropped;
            replaced = std::move(*m_frame);
        }
        m_frame = std::move(frame);
        wake = !std::exchange(m_wakePending, true);
    }
    // `replaced` (possibly a camera buffer) is released outside the lock.
    return wake;
}

std::optional<PendingFrame> LatestFrameSlot::take()
{
    QMutexLocker locker(&m_mutex);
    if (!m_frame) {
        m_wakePending = false;
        return std::nullopt;
    }
    return std::exchange(m_frame, std::nullopt);
}

quint64 LatestFrameSlot::droppedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

} // namespace pd::scan
