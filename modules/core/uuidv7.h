#pragma once

#include "clock.h"

#include <QMutex>
#include <QString>

namespace pd::core {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then 74 random bits.
// Ids made here are strictly increasing: within one millisecond, or when the
// clock steps back, the next id is the previous one plus one (the RFC's
// "monotonic random" method), so they sort by creation and never repeat.
// Qt 6.4 has no QUuid::createUuidV7.
class UuidV7Generator {
public:
    explicit UuidV7Generator(const Clock &clock = Clock::system());

    QString next();

    static bool isValid(QStringView text);
    static qint64 timestampMs(QStringView uuid);

private:
    const Clock &m_clock;
    QMutex m_mutex;
    quint64 m_lastHigh = 0;
    quint64 m_lastLow = 0;
};

} // namespace pd::core
