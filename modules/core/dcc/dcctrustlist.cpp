#include "dccverifier.h"
#include "signercertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {
constexpr qsizetype kKidBytes = 8;
// A trust list file is a few MiB (the EU gateway held ~5,000 DSCs); the cap
// keeps a wrong file from being read whole into memory.
constexpr qint64 kMaxTrustListFileBytes = 64 * 1024 * 1024;

std::optional<QByteArray> fromStrictBase64(const QString &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
} // namespace

QByteArray DccTrustList::kidFor(QByteArrayView certificateDer)
{
    return QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256).left(kKidBytes);
}

Result<DccTrustList> DccTrustList::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return fail(u"dcc.trustlist.format"_s,
                    tr("The trust list is not a JSON array of signer certificates."));

    DccTrustList list;
    const QJsonArray entries = document.array();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const int entryNumber = int(qMin<qsizetype>(index + 1, INT_MAX));
        const QJsonValue entryValue = entries.at(index);
        if (!entryValue.isObject())
            return fail(u"dcc.trustlist.format"_s,
                        tr("Trust list entry %1 is not a JSON object.").arg(entryNumber));
        const QJsonObject entry = entryValue.toObject();

        const QJsonValue type = entry.value("certificateType"_L1);
        if (!type.isUndefined() && type.toString() != "DSC"_L1)
            continue; // CSCA, UPLOAD, AUTHENTICATION: they sign no certificates

        const QJsonValue rawData = entry.value("rawData"_L1);
        if (!rawData.isString() || rawData.toString().isEmpty())
            return fail(u"dcc.trustlist.certificate"_s,
                        tr("Trust list entry %1 has no certificate (rawData).").arg(entryNumber));
        const std::optional<QByteArray> der = fromStrictBase64(rawData.toString());
        if (!der || der->isEmpty())
            return fail(
                u"dcc.trustlist.base64"_s,
                tr("The certificate of trust list entry %1 is not valid Base64.").arg(entryNumber));
        if (!SignerCertificate::fromDer(*der))
            return fail(u"dcc.trustlist.certificate"_s,
                        tr("The certificate of trust list entry %1 is not an X.509 certificate.")
                            .arg(entryNumber));

        DccSigner signer;
        signer.certificateDer = *der;
        signer.kid = kidFor(*der);
        signer.country = entry.value("country"_L1).toString();

        const QJsonValue kid = entry.value("kid"_L1);
        if (!kid.isUndefined()) {
            const std::optional<QByteArray> givenKid =
                kid.isString() ? fromStrictBase64(kid.toString()) : std::nullopt;
            if (!givenKid)
                return fail(
                    u"dcc.trustlist.base64"_s,
                    tr("The kid of trust list entry %1 is not valid Base64.").arg(entryNumber));
            if (*givenKid != signer.kid)
                return fail(u"dcc.trustlist.kid_mismatch"_s,
                            tr("The kid of trust list entry %1 does not belong to its "
                               "certificate.")
                                .arg(entryNumber));
        }
        list.add(std::move(signer));
    }
    return list;
}

Result<DccTrustList> DccTrustList::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"dcc.trustlist.file"_s,
                    tr("The trust list file could not be opened: %1").arg(file.errorString()));
    if (file.size() > kMaxTrustListFileBytes)
        return fail(u"dcc.trustlist.file"_s, tr("The trust list file is too large."));
    return fromJson(file.readAll());
}

void DccTrustList::add(DccSigner signer)
{
    if (signer.kid.isEmpty())
        signer.kid = kidFor(signer.certificateDer);
    for (const DccSigner *held : findAll(signer.kid)) {
        if (held->certificateDer == signer.certificateDer)
            return;
    }
    m_signers.insert(signer.kid, std::move(signer));
}

const DccSigner *DccTrustList::find(const QByteArray &kid) const
{
    const auto it = m_signers.constFind(kid);
    return it == m_signers.cend() ? nullptr : &it.value();
}

QList<const DccSigner *> DccTrustList::findAll(const QByteArray &kid) const
{
    QList<const DccSigner *> signers;
    for (auto [it, end] = m_signers.equal_range(kid); it != end; ++it)
        signers.append(&it.value());
    return signers;
}

} // namespace pd::core
