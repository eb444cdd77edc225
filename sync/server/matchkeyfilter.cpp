#include "matchkeyfilter.h"

#include <QHashFunctions>

#include <algorithm>

namespace pd::sync::server {

MatchKeyFilter::MatchKeyFilter(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1024))
{
    m_bits = quint64(m_capacity) * kBitsPerKey;
    m_words.assign((m_bits + 63) / 64, 0);
    m_bits = m_words.size() * 64;
}

template<typename Visit>
bool MatchKeyFilter::forEachBit(QStringView table, QStringView key, Visit visit) const
{
    // Only ever in memory, so any Qt version's qHash will do.
    const quint64 hash = quint64(qHash(key, qHash(table)));
    const quint64 first = hash & 0xffffffffu;
    const quint64 step = (hash >> 32) | 1;
    for (int probe = 0; probe < kProbes; ++probe) {
        const quint64 bit = (first + quint64(probe) * step) % m_bits;
        if (!visit(bit / 64, quint64(1) << (bit % 64)))
            return false;
    }
    return true;
}

void MatchKeyFilter::add(QStringView table, QStringView key)
{
    bool setBit = false;
    forEachBit(table, key, [this, &setBit](quint64 word, quint64 mask) {
        setBit = setBit || (m_words[word] & mask) == 0;
        m_words[word] |= mask;
        return true;
    });
    if (setBit)
        ++m_size;
}

bool MatchKeyFilter::mayContain(QStringView table, QStringView key) const
{
    return forEachBit(table, key,
                      [this](quint64 word, quint64 mask) { return (m_words[word] & mask) != 0; });
}

} // namespace pd::sync::server
