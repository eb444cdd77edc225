#include "dccverifier.h"

#include "base45.h"
#include "cboritem.h"
#include "cosesign1.h"
#include "signercertificate.h"
#include "zlibdecompressor.h"

#include <QCborMap>
#include <QCborValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {

// The context identifier of an EU DCC QR code (hcert spec., "Transport
// Encodings"): exact and upper case; "HC2:", "HL0:" or no prefix at all are
// refused (vectors common/H1, H2, H3).
constexpr QByteArrayView kPrefix = "HC1:";

// CWT claim keys (RFC 8392 section 3.1) and the hcert claim (hcert spec.,
// "CWT Claims"): -260 → {1: the EU DCC}.
constexpr qint64 kClaimIssuer = 1;
constexpr qint64 kClaimExpiration = 4;
constexpr qint64 kClaimIssuedAt = 6;
constexpr qint64 kClaimHcert = -260;
constexpr qint64 kHcertEuDcc = 1;

struct Claims {
    QString issuer;
    QDateTime issuedAt; // invalid when the claim is absent
    QDateTime expiresAt;
    QCborMap certificate;
};

// A NumericDate (RFC 8392 section 2): seconds since the epoch, an integer
// or a floating-point number. False when the claim is there but is neither
// or lies outside what QDateTime holds; *time stays invalid when it is
// absent.
bool readNumericDate(const QCborValue &value, QDateTime *time)
{
    if (value.isUndefined())
        return true;
    qint64 seconds = 0;
    if (value.isInteger()) {
        seconds = value.toInteger();
    } else {
        // Within ±2^53 a double still holds whole seconds and fits a qint64.
        constexpr double kLimit = 9007199254740992.0;
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || std::abs(number) >= kLimit)
            return false;
        seconds = qint64(std::floor(number));
    }
    *time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return time->isValid();
}

std::optional<Claims> parseClaims(const QByteArray &payload)
{
    const std::optional<QCborValue> decoded = decodeCborItem(payload);
    if (!decoded || !decoded->isMap())
        return std::nullopt;
    const QCborMap map = decoded->toMap();

    Claims claims;
    const QCborValue issuer = map.value(kClaimIssuer);
    if (!issuer.isUndefined() && !issuer.isString())
        return std::nullopt;
    claims.issuer = issuer.toString();

    if (!readNumericDate(map.value(kClaimIssuedAt), &claims.issuedAt)
        || !readNumericDate(map.value(kClaimExpiration), &claims.expiresAt))
        return std::nullopt;

    // The DCC itself must be a map (vector common/CBO1 has a byte string).
    const QCborValue hcert = map.value(kClaimHcert);
    if (!hcert.isMap())
        return std::nullopt;
    const QCborValue certificate = hcert.toMap().value(kHcertEuDcc);
    if (!certificate.isMap())
        return std::nullopt;
    claims.certificate = certificate.toMap();
    return claims;
}

// Which kinds of certificate the DCC holds: its "t", "v" and "r" entries.
DccTypes typesOf(const QCborMap &certificate)
{
    DccTypes types;
    if (certificate.contains("t"_L1))
        types |= DccType::Test;
    if (certificate.contains("v"_L1))
        types |= DccType::Vaccination;
    if (certificate.contains("r"_L1))
        types |= DccType::Recovery;
    return types;
}

DccResult failed(DccResult result, QString code, QString reason)
{
    result.failureCode = std::move(code);
    result.reason = std::move(reason);
    return result;
}

} // namespace

bool DccResult::isValid() const
{
    return decoded && signature == Signature::Valid && keyUsageOk != false && expired != true
        && notYetValid != true;
}

QString DccResult::signatureName(Signature signature)
{
    switch (signature) {
    case Signature::Valid:
        return u"valid"_s;
    case Signature::Invalid:
        return u"invalid"_s;
    case Signature::UnknownKey:
        return u"unknown-key"_s;
    case Signature::NotChecked:
        break;
    }
    return u"not-checked"_s;
}

DccResult DccVerifier::verify(QByteArrayView scannedText, const DccTrustList *trustList,
                              const QDateTime &at)
{
    DccResult result;

    // Keyboard-wedge scanners end the text with CR, LF or both. Nothing else
    // is trimmed: a space is a Base45 character.
    QByteArrayView text = scannedText;
    while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r'))
        text.chop(1);

    if (!text.startsWith(kPrefix))
        return failed(std::move(result), u"dcc.prefix"_s,
                      tr("This is not an EU Digital COVID Certificate: the code does not start "
                         "with \"HC1:\"."));
    const Result<QByteArray> compressed = Base45::decode(text.sliced(kPrefix.size()));
    if (!compressed)
        return failed(std::move(result), u"dcc.base45"_s,
                      tr("The certificate text is damaged: it is not valid Base45."));
    // Uncompressed COSE is refused too: the spec says the data SHALL be
    // compressed, and vector common/Z2 ("Not compressed") expects this step
    // to fail.
    const Result<QByteArray> coseBytes = ZlibDecompressor::decompress(*compressed);
    if (!coseBytes)
        return failed(std::move(result), u"dcc.zlib"_s,
                      tr("The certificate data is damaged: it could not be decompressed."));
    const Result<CoseSign1> cose = CoseSign1::fromCbor(*coseBytes);
    if (!cose)
        return failed(std::move(result), u"dcc.cose"_s,
                      tr("The certificate's signed envelope (COSE) is malformed."));
    const std::optional<Claims> claims = parseClaims(cose->payload());
    if (!claims)
        return failed(std::move(result), u"dcc.cbor"_s,
                      tr("The certificate's contents (CWT claims and health certificate) are "
                         "malformed."));

    result.decoded = true;
    result.kid = cose->kid();
    result.issuer = claims->issuer;
    result.issuedAt = claims->issuedAt;
    result.expiresAt = claims->expiresAt;
    result.certificate = claims->certificate.toJsonObject();
    if (at.isValid()) {
        if (result.expiresAt.isValid())
            result.expired = at > result.expiresAt;
        if (result.issuedAt.isValid())
            result.notYetValid = at.addSecs(DccVerifier::clockSkewSeconds) < result.issuedAt;
    }

    // Each step below can fail on its own; failureCode names the first in
    // this order: signature, key usage, validity period.
    QString signatureCode;
    QString signatureReason;
    const std::optional<qint64> algorithm = cose->algorithm();
    if (!trustList) {
        result.signature = DccResult::Signature::NotChecked;
        signatureCode = u"dcc.no_trust_list"_s;
        signatureReason = tr("The signature was not checked: no trust list is loaded.");
    } else if (result.kid.isEmpty()) {
        result.signature = DccResult::Signature::UnknownKey;
        signatureCode = u"dcc.no_kid"_s;
        signatureReason = tr("The certificate does not name the key that signed it.");
    } else if (const QList<const DccSigner *> signers = trustList->findAll(result.kid);
               signers.isEmpty()) {
        result.signature = DccResult::Signature::UnknownKey;
        signatureCode = u"dcc.unknown_key"_s;
        signatureReason = tr("The certificate was signed with a key that is not in the trust "
                             "list.");
    } else if (algorithm != CoseSign1::algorithmEs256 && algorithm != CoseSign1::algorithmPs256) {
        result.signature = DccResult::Signature::Invalid;
        signatureCode = u"dcc.algorithm"_s;
        signatureReason = tr("The certificate uses a signature algorithm that is not supported.");
    } else {
        // Several signers can share a kid; the signature is valid when one
        // of them made it, and that one's key usage counts.
        const QByteArray toBeSigned = cose->toBeSigned();
        std::optional<SignerCertificate> usageSource;
        bool readAny = false;
        result.signature = DccResult::Signature::Invalid;
        for (const DccSigner *signer : signers) {
            Result<SignerCertificate> certificate =
                SignerCertificate::fromDer(signer->certificateDer);
            if (!certificate)
                continue;
            readAny = true;
            if (certificate->verify(*algorithm, toBeSigned, cose->signature())) {
                result.signature = DccResult::Signature::Valid;
                usageSource = *std::move(certificate);
                break;
            }
            if (!usageSource)
                usageSource = *std::move(certificate);
        }
        if (usageSource) {
            if (const std::optional<DccTypes> permitted = usageSource->permittedTypes()) {
                const DccTypes types = typesOf(claims->certificate);
                result.keyUsageOk = types && !(types & ~*permitted);
            }
        }
        if (!readAny) {
            signatureCode = u"dcc.certificate"_s;
            signatureReason = tr("The trusted signer's certificate could not be read.");
        } else if (result.signature != DccResult::Signature::Valid) {
            signatureCode = u"dcc.signature"_s;
            signatureReason = tr("The signature does not match: the certificate was altered or "
                                 "not signed by a trusted issuer.");
        }
    }

    if (!signatureCode.isEmpty())
        return failed(std::move(result), signatureCode, signatureReason);
    if (result.keyUsageOk == false)
        return failed(std::move(result), u"dcc.key_usage"_s,
                      tr("The signer may not issue this kind of certificate (test, vaccination "
                         "or recovery)."));
    if (result.notYetValid == true)
        return failed(std::move(result), u"dcc.not_yet_valid"_s,
                      tr("The certificate's issue time is in the future; check this computer's "
                         "clock."));
    if (result.expired == true)
        return failed(std::move(result), u"dcc.expired"_s, tr("The certificate has expired."));
    return result;
}

} // namespace pd::core
