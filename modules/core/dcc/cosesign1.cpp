#include "cosesign1.h"

#include "cboritem.h"

#include <QCborArray>
#include <QCborValue>

#include <climits>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {
constexpr quint64 kTagCoseSign1 = 18; // RFC 9052 section 4.2
constexpr quint64 kTagCwt = 61; // RFC 8392 section 6
} // namespace

Result<CoseSign1> CoseSign1::fromCbor(const QByteArray &cbor)
{
    const auto malformed = [](const QString &what) {
        return fail(u"dcc.cose"_s, what);
    };

    std::optional<QCborValue> decoded = decodeCborItem(cbor);
    if (!decoded)
        return malformed(tr("The signed message is not well-formed CBOR."));
    QCborValue message = *decoded;
    if (message.isTag() && message.tag() == QCborTag(kTagCwt))
        message = message.taggedValue();
    if (message.isTag() && message.tag() == QCborTag(kTagCoseSign1))
        message = message.taggedValue();
    if (!message.isArray())
        return malformed(tr("The signed message is not a COSE_Sign1 array."));
    const QCborArray parts = message.toArray();
    if (parts.size() != 4)
        return malformed(tr("The signed message has %n part(s) instead of 4.", nullptr,
                            int(qMin<qsizetype>(parts.size(), INT_MAX))));
    if (!parts[0].isByteArray() || !parts[1].isMap() || !parts[2].isByteArray()
        || !parts[3].isByteArray())
        return malformed(tr("A part of the signed message has the wrong type."));

    CoseSign1 sign1;
    sign1.m_protectedBytes = parts[0].toByteArray();
    // A zero-length protected header stands for an empty map (RFC 9052
    // section 3).
    if (!sign1.m_protectedBytes.isEmpty()) {
        const std::optional<QCborValue> header = decodeCborItem(sign1.m_protectedBytes);
        if (!header || !header->isMap())
            return malformed(tr("The protected header is not a CBOR map."));
        sign1.m_protectedHeader = header->toMap();
    }
    sign1.m_unprotectedHeader = parts[1].toMap();
    sign1.m_payload = parts[2].toByteArray();
    sign1.m_signature = parts[3].toByteArray();
    return sign1;
}

QCborValue CoseSign1::headerValue(qint64 label) const
{
    const QCborValue value = m_protectedHeader.value(label);
    return value.isUndefined() ? m_unprotectedHeader.value(label) : value;
}

std::optional<qint64> CoseSign1::algorithm() const
{
    const QCborValue value = headerValue(headerAlgorithm);
    if (!value.isInteger())
        return std::nullopt;
    return value.toInteger();
}

QByteArray CoseSign1::kid() const
{
    return headerValue(headerKid).toByteArray();
}

QByteArray CoseSign1::toBeSigned() const
{
    // Qt writes definite lengths in their shortest form, the deterministic
    // encoding RFC 9052 section 9 asks for.
    const QCborArray structure {u"Signature1"_s, m_protectedBytes, QByteArray(), m_payload};
    return QCborValue(structure).toCbor();
}

} // namespace pd::core
