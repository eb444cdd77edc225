#pragma once

#include <QByteArray>
#include <QString>

namespace pd::sync::server {

// Appends CBOR (RFC 8949) items to a byte array. Unlike QCborStreamWriter it
// can splice in bytes that are already CBOR, which is how a pull sends each
// stored values map without decoding it again.
class CborWriter {
public:
    explicit CborWriter(QByteArray &out) : m_out(out) { }

    void mapHeader(quint64 pairs) { head(5, pairs); }
    void arrayHeader(quint64 items) { head(4, items); }
    void text(QLatin1StringView text);
    void text(const QString &text);
    void integer(qint64 value);
    void boolean(bool value);
    // One complete, well-formed CBOR item.
    void encoded(const QByteArray &item) { m_out.append(item); }

private:
    void head(quint8 majorType, quint64 value);

    QByteArray &m_out;
};

} // namespace pd::sync::server
