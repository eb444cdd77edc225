#include "hlc.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {
// When the counter is exhausted within one millisecond the clock borrows the
// next millisecond instead of wrapping, which keeps the order.
qint64 bump(qint64 ms, qint64 counter)
{
    if (counter > Hlc::counterMask)
        return Hlc::pack(ms + 1, 0);
    return Hlc::pack(ms, counter);
}
} // namespace

qint64 Hlc::tick(qint64 last, qint64 physicalMs)
{
    const qint64 lastMs = ms(last);
    if (physicalMs > lastMs)
        return pack(physicalMs, 0);
    return bump(lastMs, counter(last) + 1);
}

qint64 Hlc::merge(qint64 last, qint64 remote, qint64 physicalMs)
{
    const qint64 lastMs = ms(last);
    const qint64 remoteMs = ms(remote);
    const qint64 maxMs = std::max({lastMs, remoteMs, physicalMs});
    if (maxMs == lastMs && maxMs == remoteMs)
        return bump(maxMs, std::max(counter(last), counter(remote)) + 1);
    if (maxMs == lastMs)
        return bump(maxMs, counter(last) + 1);
    if (maxMs == remoteMs)
        return bump(maxMs, counter(remote) + 1);
    return pack(maxMs, 0);
}

HybridLogicalClock::HybridLogicalClock(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Status HybridLogicalClock::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT value FROM hlc_state WHERE id = 1")))
        return fail(QStringLiteral("hlc.load"), query.lastError().text());
    QMutexLocker lock(&m_mutex);
    m_last = query.next() ? query.value(0).toLongLong() : 0;
    return {};
}

Result<qint64> HybridLogicalClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 next = Hlc::tick(m_last, m_clock.nowMs());
    auto stored = persist(next);
    if (!stored)
        return std::unexpected(stored.error());
    m_last = *stored;
    return *stored;
}

Result<qint64> HybridLogicalClock::receive(qint64 remoteHlc)
{
    const qint64 physicalMs = m_clock.nowMs();
    if (Hlc::ms(remoteHlc) > physicalMs + maxRemoteAheadMs)
        return fail(
            QStringLiteral("hlc.remote_ahead"),
            QCoreApplication::translate("pd::core::HybridLogicalClock",
                                        "A timestamp from another device is more than a day "
                                        "ahead of this computer's clock; check the date and "
                                        "time on both."));
    QMutexLocker lock(&m_mutex);
    const qint64 next = Hlc::merge(m_last, remoteHlc, physicalMs);
    auto stored = persist(next);
    if (!stored)
        return std::unexpected(stored.error());
    m_last = *stored;
    return *stored;
}

qint64 HybridLogicalClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

Result<qint64> HybridLogicalClock::persist(qint64 value)
{
    // Another connection to the same file (a background import on its own
    // thread) may have issued later timestamps than this one has seen: the
    // stored value wins then, one tick on, in the same statement that takes
    // the write lock, so no two writers ever issue the same or a lower value.
    if (!m_persist) {
        m_persist.emplace(m_database.connection());
        if (!m_persist->prepare(
                QStringLiteral("INSERT INTO hlc_state(id, value) VALUES(1, ?) "
                               "ON CONFLICT(id) DO UPDATE SET value = max(excluded.value, "
                               "value + 1) RETURNING value"))) {
            const QString error = m_persist->lastError().text();
            m_persist.reset();
            return fail(QStringLiteral("hlc.persist"), error);
        }
    }
    QSqlQuery &query = *m_persist;
    query.bindValue(0, value);
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("hlc.persist"), query.lastError().text());
    const qint64 stored = query.value(0).toLongLong();
    query.finish();
    return stored;
}

} // namespace pd::core
