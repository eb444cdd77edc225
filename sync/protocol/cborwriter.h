#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pd::sync {

// Appends CBOR (RFC 8949) items to a byte array. Unlike QCborStreamWriter it
// can splice in bytes that are already CBOR, which is how a pull sends each
// stored values map without decoding it again and how a push body is put
// together from rows encoded as they were read; and it costs no QIODevice
// call per item.
class CborWriter {
public:
    explicit CborWriter(QByteArray &out) : m_out(out) { }

    void mapHeader(quint64 pairs) { head(5, pairs); }
    void arrayHeader(quint64 items) { head(4, items); }
    void text(QLatin1StringView text);
    void text(const QString &text);
    // Bytes that isValidUtf8() accepted, as they are.
    void utf8Text(QByteArrayView utf8);
    void integer(qint64 value);
    void boolean(bool value);
    void null() { m_out.append(char(0xf6)); }
    // One complete, well-formed CBOR item.
    void encoded(QByteArrayView item) { m_out.append(item); }

private:
    void head(quint8 majorType, quint64 value);

    QByteArray &m_out;
};

// Whether `bytes` is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), which a CBOR text string must be:
// a decoder refuses the whole message otherwise.
bool isValidUtf8(QByteArrayView bytes);

} // namespace pd::sync
