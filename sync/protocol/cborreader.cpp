#include "cborreader.h"

#include <limits>

namespace pd::sync {

namespace {
// QCborValue's limit too: deeper data is refused, not followed.
constexpr qsizetype kMaxDepth = 1024;
constexpr quint8 kByteString = 2;
constexpr quint8 kTag = 6;
constexpr quint8 kSimple = 7;
constexpr quint8 kUntilBreak = 31;
constexpr quint64 kMaxInteger = quint64(std::numeric_limits<qint64>::max());
} // namespace

CborReader::CborReader(QByteArrayView data) : m_data(data)
{
    settle();
}

bool CborReader::fail()
{
    m_valid = false;
    m_hasItem = false;
    return false;
}

bool CborReader::readHead(qsizetype pos, Head &head) const
{
    if (pos >= m_data.size())
        return false;
    const auto *bytes = reinterpret_cast<const quint8 *>(m_data.data());
    head.initial = bytes[pos];
    head.major = head.initial >> 5;
    const quint8 info = head.initial & 0x1f;
    head.indefinite = false;
    head.argument = 0;
    head.size = 1;
    if (info < 24) {
        head.argument = info;
        return true;
    }
    if (info == kUntilBreak) {
        // Strings and containers may come in pieces; 0xff is the break.
        head.indefinite = true;
        return (head.major >= kByteString && head.major <= kMap) || head.initial == kBreak;
    }
    if (info > 27)
        return false; // reserved
    const qsizetype width = qsizetype(1) << (info - 24);
    if (m_data.size() - pos - 1 < width)
        return false;
    for (qsizetype i = 0; i < width; ++i)
        head.argument = (head.argument << 8) | bytes[pos + 1 + i];
    head.size = 1 + width;
    // A simple value below 32 has a one-byte form and no other.
    return !(head.major == kSimple && info == 24 && head.argument < 32);
}

std::optional<CborReader::OpenContainer> CborReader::open(const Head &head,
                                                          qsizetype contentStart) const
{
    if (head.major == kTag)
        return OpenContainer {false, false, 1};
    const bool map = head.major == kMap;
    if (head.indefinite)
        return OpenContainer {true, map, 0};
    // Every item takes a byte at least, so a length the data cannot hold
    // is refused before anything is counted with it.
    const quint64 left = quint64(m_data.size() - contentStart);
    if (head.argument > left || (map && head.argument * 2 > left))
        return std::nullopt;
    return OpenContainer {false, map, map ? head.argument * 2 : head.argument};
}

CborReader::Next CborReader::nextIn(const OpenContainer &container, qsizetype pos) const
{
    if (!container.untilBreak)
        return container.items > 0 ? Next::Item : Next::End;
    if (pos >= m_data.size())
        return Next::Broken;
    if (quint8(m_data[pos]) != kBreak)
        return Next::Item;
    // A key without its value.
    return container.map && container.items % 2 != 0 ? Next::Broken : Next::End;
}

void CborReader::count(OpenContainer &container)
{
    if (container.untilBreak)
        ++container.items;
    else
        --container.items;
}

bool CborReader::settle()
{
    m_hasItem = false;
    if (!m_valid)
        return false;
    if (m_open.isEmpty()) {
        if (m_pos == m_data.size())
            return true;
    } else {
        switch (nextIn(m_open.last(), m_pos)) {
        case Next::End:
            return true;
        case Next::Broken:
            return fail();
        case Next::Item:
            break;
        }
    }
    if (!readHead(m_pos, m_head) || m_head.initial == kBreak)
        return fail();
    m_hasItem = true;
    return true;
}

void CborReader::consumed()
{
    if (!m_open.isEmpty())
        count(m_open.last());
}

bool CborReader::isInteger() const
{
    return m_hasItem && m_head.major <= 1 && m_head.argument <= kMaxInteger;
}

qint64 CborReader::toInteger() const
{
    // Major type 1 is -1 - argument; isInteger() keeps both in range.
    return m_head.major == 0 ? qint64(m_head.argument) : -1 - qint64(m_head.argument);
}

bool CborReader::skipChunks(quint8 major)
{
    for (;;) {
        Head chunk;
        if (!readHead(m_pos, chunk))
            return false;
        m_pos += chunk.size;
        if (chunk.initial == kBreak)
            return true;
        // Each chunk is a string of the same kind, in one piece.
        if (chunk.major != major || chunk.indefinite
            || chunk.argument > quint64(m_data.size() - m_pos))
            return false;
        m_pos += qsizetype(chunk.argument);
    }
}

bool CborReader::skipItem(const Head &first)
{
    // The containers and tags being skipped, innermost last: nesting costs
    // memory here, not stack.
    QVarLengthArray<OpenContainer, 16> skipping;
    Head head = first;
    for (;;) {
        m_pos += head.size;
        switch (head.major) {
        case kByteString:
        case kText:
            if (head.indefinite) {
                if (!skipChunks(head.major))
                    return false;
            } else {
                if (head.argument > quint64(m_data.size() - m_pos))
                    return false;
                m_pos += qsizetype(head.argument);
            }
            break;
        case kArray:
        case kMap:
        case kTag: {
            if (skipping.size() + m_open.size() >= kMaxDepth)
                return false;
            const std::optional<OpenContainer> opened = open(head, m_pos);
            if (!opened)
                return false;
            skipping.append(*opened);
            break;
        }
        default: // integers, simple values and floats: the head is all
            break;
        }
        // On to the next item inside, past the containers that ended.
        for (;;) {
            if (skipping.isEmpty())
                return true;
            const Next next = nextIn(skipping.last(), m_pos);
            if (next == Next::Broken)
                return false;
            if (next == Next::Item) {
                count(skipping.last());
                break;
            }
            if (skipping.last().untilBreak)
                ++m_pos;
            skipping.removeLast();
        }
        if (!readHead(m_pos, head) || head.initial == kBreak)
            return false;
    }
}

bool CborReader::next()
{
    if (!m_hasItem)
        return false;
    if (!skipItem(m_head))
        return fail();
    consumed();
    return settle();
}

bool CborReader::enterContainer()
{
    if (!isMap() && !isArray())
        return false;
    const std::optional<OpenContainer> opened = open(m_head, m_pos + m_head.size);
    if (!opened || m_open.size() >= kMaxDepth)
        return fail();
    m_open.append(*opened);
    m_pos += m_head.size;
    return settle();
}

bool CborReader::leaveContainer()
{
    if (m_open.isEmpty() || m_hasItem || !m_valid)
        return false;
    if (m_open.last().untilBreak)
        ++m_pos; // the break byte settle() found
    m_open.removeLast();
    consumed();
    return settle();
}

bool CborReader::readText(QByteArrayView &text)
{
    if (!isText() || m_head.indefinite)
        return false;
    const qsizetype start = m_pos + m_head.size;
    if (m_head.argument > quint64(m_data.size() - start))
        return fail();
    text = m_data.sliced(start, qsizetype(m_head.argument));
    m_pos = start + qsizetype(m_head.argument);
    consumed();
    return settle();
}

} // namespace pd::sync
