#include "pdcodesigner.h"

#include "base45.h"

namespace pd::core {

PdCodeSigner::PdCodeSigner(PdKeyPair keyPair) : m_keyPair(std::move(keyPair)) { }

Result<QString> PdCodeSigner::sign(const PdCodeContent &content) const
{
    const Result<QByteArray> claims = PdCode::encodeClaims(content);
    if (!claims)
        return std::unexpected(claims.error());
    const QByteArray prefix = PdCode::prefix(content.type);
    const QByteArray body = m_keyPair.keyId() + *claims;
    const QByteArray signedMessage = prefix + body;
    const QByteArray signedBody = body + m_keyPair.sign(signedMessage);
    const QByteArray text = prefix + Base45::encode(signedBody);
    if (text.size() > PdCode::maxTextLength)
        return fail(QStringLiteral("pd.length"),
                    tr("The code would be too long for a QR code: shorten the address or name."));
    return QString::fromLatin1(text);
}

} // namespace pd::core
