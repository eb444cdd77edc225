#include "serverclock.h"

#include "hlc.h"

namespace pd::sync::server {

ServerClock::ServerClock(const core::Clock &wallClock) : m_wallClock(wallClock) { }

void ServerClock::seed(qint64 hlc)
{
    QMutexLocker lock(&m_mutex);
    m_last = std::max(m_last, hlc);
}

qint64 ServerClock::now()
{
    QMutexLocker lock(&m_mutex);
    m_last = core::Hlc::tick(m_last, m_wallClock.nowMs());
    return m_last;
}

void ServerClock::observe(qint64 remoteHlc)
{
    QMutexLocker lock(&m_mutex);
    if (remoteHlc > m_last)
        m_last = core::Hlc::merge(m_last, remoteHlc, m_wallClock.nowMs());
}

} // namespace pd::sync::server
