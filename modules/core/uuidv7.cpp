#include "uuidv7.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace pd::core {

namespace {
constexpr quint64 kVersion7 = 0x7000;
constexpr quint64 kVariantBits = 0x8000'0000'0000'0000ULL;
constexpr quint64 kRandBMask = 0x3FFF'FFFF'FFFF'FFFFULL; // 62 bits

QString format(quint64 high, quint64 low)
{
    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}
} // namespace

UuidV7Generator::UuidV7Generator(const Clock &clock) : m_clock(clock) { }

QString UuidV7Generator::next()
{
    const quint64 ms = quint64(m_clock.nowMs()) & 0xFFFF'FFFF'FFFFULL;
    auto *random = QRandomGenerator::global();
    const quint64 randA = random->generate() & 0x0FFF;
    const quint64 randB = random->generate64() & kRandBMask;

    quint64 high = (ms << 16) | kVersion7 | randA;
    quint64 low = kVariantBits | randB;

    QMutexLocker lock(&m_mutex);
    if (high < m_lastHigh || (high == m_lastHigh && low <= m_lastLow)) {
        // Same millisecond or the clock went back: continue from the last id.
        high = m_lastHigh;
        low = m_lastLow;
        if ((low & kRandBMask) == kRandBMask) {
            low = kVariantBits;
            // rand_a is the low 12 bits of high; when it wraps, the carry
            // moves into the timestamp, which keeps the order.
            if ((high & 0x0FFF) == 0x0FFF)
                high = (((high >> 16) + 1) << 16) | kVersion7;
            else
                ++high;
        } else {
            ++low;
        }
    }
    m_lastHigh = high;
    m_lastLow = low;
    return format(high, low);
}

bool UuidV7Generator::isValid(QStringView text)
{
    // Anchored at both ends: a plain "$" also matches before a final "\n".
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    return pattern.match(text.toString()).hasMatch();
}

qint64 UuidV7Generator::timestampMs(QStringView uuid)
{
    QString hex = uuid.left(13).toString();
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace pd::core
