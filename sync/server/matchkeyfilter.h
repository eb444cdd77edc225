#pragma once

#include <QStringView>

#include <vector>

namespace pd::sync::server {

// Which (table, match key) pairs may be stored: a Bloom filter. A push asks
// the database only for the keys it may contain. For a key that is not
// stored it answers "maybe" fewer than once in 250 times; for one that was
// added, always. It holds 12 bits per key of its capacity: up to 24 MB for
// a province of eight million people, built with room for twice as many.
class MatchKeyFilter {
public:
    // Room for `capacity` keys at the rate above; more may be added, at a
    // rising rate of false "maybe"s (full() says when to rebuild).
    explicit MatchKeyFilter(qsizetype capacity);

    // Counts the key only when it set a bit: a key added again (a person
    // updated) does not make the filter full.
    void add(QStringView table, QStringView key);
    bool mayContain(QStringView table, QStringView key) const;

    qsizetype size() const { return m_size; }
    bool full() const { return m_size > m_capacity; }

private:
    static constexpr int kBitsPerKey = 12;
    static constexpr int kProbes = 6;

    // The bit positions of a key: Kirsch and Mitzenmacher's two hashes,
    // from the halves of one 64-bit hash.
    template<typename Visit> bool forEachBit(QStringView table, QStringView key, Visit visit) const;

    std::vector<quint64> m_words;
    quint64 m_bits = 0;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
};

} // namespace pd::sync::server
