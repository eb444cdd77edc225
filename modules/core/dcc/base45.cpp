#include "base45.h"

#include <array>
#include <climits>
#include <string_view>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {

constexpr int kRadix = 45;
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
static_assert(kAlphabet.size() == kRadix);

// Character → value, -1 for characters outside the alphabet.
constexpr std::array<qint8, 256> makeDecodeTable()
{
    std::array<qint8, 256> table {};
    table.fill(-1);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return table;
}
constexpr std::array<qint8, 256> kDecodeTable = makeDecodeTable();

} // namespace

QByteArray Base45::encode(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() / 2 * 3 + data.size() % 2 * 2);
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2) {
        uint value = uint(uchar(data[i])) << 8 | uchar(data[i + 1]);
        for (int digit = 0; digit < 3; ++digit) {
            out.append(kAlphabet[value % kRadix]);
            value /= kRadix;
        }
    }
    if (i < data.size()) {
        const uint value = uchar(data[i]);
        out.append(kAlphabet[value % kRadix]);
        out.append(kAlphabet[value / kRadix]);
    }
    return out;
}

Result<QByteArray> Base45::decode(QByteArrayView text)
{
    if (text.size() % 3 == 1)
        return fail(u"dcc.base45"_s,
                    tr("The Base45 text has %n character(s); no length of the form 3n+1 is "
                       "possible.",
                       nullptr, int(qMin<qsizetype>(text.size(), INT_MAX))));
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + (text.size() % 3 == 2 ? 1 : 0));
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype groupSize = qMin<qsizetype>(3, text.size() - i);
        uint value = 0;
        uint weight = 1;
        for (qsizetype k = 0; k < groupSize; ++k) {
            const qint8 digit = kDecodeTable[uchar(text[i + k])];
            if (digit < 0)
                return fail(u"dcc.base45"_s,
                            tr("The Base45 text has a character outside the alphabet at "
                               "position %1.")
                                .arg(i + k + 1));
            value += uint(digit) * weight;
            weight *= kRadix;
        }
        if (groupSize == 3) {
            if (value > 0xffff)
                return fail(
                    u"dcc.base45"_s,
                    tr("The Base45 group at position %1 is larger than two bytes.").arg(i + 1));
            out.append(char(value >> 8));
            out.append(char(value & 0xff));
        } else {
            if (value > 0xff)
                return fail(
                    u"dcc.base45"_s,
                    tr("The final Base45 pair at position %1 is larger than one byte.").arg(i + 1));
            out.append(char(value));
        }
    }
    return out;
}

} // namespace pd::core
