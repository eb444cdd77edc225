#include "cborwriter.h"

#include <QtEndian>

#include <cstring>

namespace pd::sync {

void CborWriter::head(quint8 majorType, quint64 value)
{
    // Put together first and appended once: a head is up to 9 bytes, and
    // a row has some forty of them.
    char bytes[9];
    qsizetype size = 1;
    const char major = char(majorType << 5);
    if (value < 24) {
        bytes[0] = char(major | char(value));
    } else if (value <= 0xff) {
        bytes[0] = char(major | 24);
        bytes[1] = char(value);
        size = 2;
    } else if (value <= 0xffff) {
        bytes[0] = char(major | 25);
        qToBigEndian(quint16(value), bytes + 1);
        size = 3;
    } else if (value <= 0xffffffffu) {
        bytes[0] = char(major | 26);
        qToBigEndian(quint32(value), bytes + 1);
        size = 5;
    } else {
        bytes[0] = char(major | 27);
        qToBigEndian(value, bytes + 1);
        size = 9;
    }
    m_out.append(bytes, size);
}

void CborWriter::text(QLatin1StringView text)
{
    // Keys are ASCII, which is UTF-8 as it stands.
    head(3, quint64(text.size()));
    m_out.append(text.data(), text.size());
}

void CborWriter::text(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    head(3, quint64(utf8.size()));
    m_out.append(utf8);
}

void CborWriter::utf8Text(QByteArrayView utf8)
{
    head(3, quint64(utf8.size()));
    m_out.append(utf8);
}

void CborWriter::integer(qint64 value)
{
    if (value >= 0)
        head(0, quint64(value));
    else
        head(1, quint64(-1 - value));
}

void CborWriter::boolean(bool value)
{
    m_out.append(char(value ? 0xf5 : 0xf4));
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p != end) {
        // ASCII, most of the ids, codes and names, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar lead = *p++;
        if (lead < 0x80)
            continue;
        int continuation = 0;
        // The smallest second byte each lead allows, and the largest: this
        // is what rules out overlong forms, surrogates and > U+10FFFF.
        uchar low = 0x80;
        uchar high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuation = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuation = 2;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuation = 3;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (end - p < continuation || *p < low || *p > high)
            return false;
        ++p;
        for (int i = 1; i < continuation; ++i, ++p) {
            if ((*p & 0xc0) != 0x80)
                return false;
        }
    }
    return true;
}

} // namespace pd::sync
