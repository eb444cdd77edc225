// EU Digital COVID Certificates: Base45 (RFC 9285 examples), trust list
// parsing, the public dgc-testdata vectors as a reference-file test (one
// row per file, every expectation in it checked), and damaged codes
// (truncated, mutated text, mutated signatures) that must never verify.

#include "base45.h"
#include "cboritem.h"
#include "cosesign1.h"
#include "dccverifier.h"
#include "zlibdecompressor.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using pd::core::Base45;
using pd::core::CoseSign1;
using pd::core::DccResult;
using pd::core::DccSigner;
using pd::core::DccTrustList;
using pd::core::DccVerifier;
using pd::core::ZlibDecompressor;

namespace {

// The folders of eu-digital-green-certificates/dgc-testdata that
// shared/testdata/dcc holds; each must contribute vectors.
const QStringList kVectorFolders = {u"common"_s, u"NL"_s, u"DE"_s, u"AT"_s, u"FR"_s};

// Vectors for the unit and robustness tests: ES256 and PS256 (RSA 2048 and
// 3072), all decoding and verifying at their validation clock.
const QString kEs256Vector = u"common/2DCode/raw/CO3.json"_s;
const QString kPs256Vector = u"common/2DCode/raw/CO1.json"_s;
const QString kPs256LongVector = u"common/2DCode/raw/CO2.json"_s;
constexpr auto kEs256Kid = "ac3690ee8361cc96"; // SHA-256 of CO3's certificate, first 8 bytes

constexpr quint32 kFuzzSeed = 20210503;
constexpr int kTextMutations = 400;
constexpr int kEnvelopeMutations = 150;
constexpr int kTimingRounds = 200;

QString vectorDir()
{
    QString sourceDir = qEnvironmentVariable("PD_SOURCE_DIR");
    if (sourceDir.isEmpty())
        sourceDir = QStringLiteral(PD_SOURCE_DIR_AT_BUILD);
    return QDir::cleanPath(sourceDir + u"/../shared/testdata/dcc"_s);
}

QJsonObject readVector(const QString &relativePath)
{
    QFile file(vectorDir() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray prefixOf(const QJsonObject &vector)
{
    return vector.value("PREFIX"_L1).toString().toUtf8();
}

QDateTime clockOf(const QJsonObject &vector)
{
    return QDateTime::fromString(
        vector.value("TESTCTX"_L1).toObject().value("VALIDATIONCLOCK"_L1).toString(),
        Qt::ISODateWithMs);
}

QString certificateOf(const QJsonObject &vector)
{
    return vector.value("TESTCTX"_L1).toObject().value("CERTIFICATE"_L1).toString();
}

// The trust list a vector is checked against: its one signer certificate,
// through the same JSON path a real trust list takes.
QByteArray trustListJson(const QJsonArray &entries)
{
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

DccTrustList trustListFor(const QJsonObject &vector)
{
    auto list = DccTrustList::fromJson(
        trustListJson({QJsonObject {{u"rawData"_s, certificateOf(vector)}}}));
    return list ? *std::move(list) : DccTrustList();
}

QByteArray fromHexField(const QJsonObject &vector, QLatin1StringView key)
{
    return QByteArray::fromHex(vector.value(key).toString().toLatin1());
}

// "HC1:" + Base45(zlib(cose)); qCompress() writes a 4-byte length and then
// a plain zlib stream.
QByteArray encodeHc1(const QByteArray &cose)
{
    return "HC1:" + Base45::encode(qCompress(cose).mid(4));
}

QByteArray coseOf(const QByteArray &hc1)
{
    if (!hc1.startsWith("HC1:"))
        return {};
    const auto compressed = Base45::decode(QByteArrayView(hc1).sliced(4));
    if (!compressed)
        return {};
    const auto cose = ZlibDecompressor::decompress(*compressed);
    return cose ? *cose : QByteArray();
}

// A COSE_Sign1 around `payload` with the given headers and a signature of
// zeros: enough to reach every decoding step and the signature check.
QByteArray signedMessage(const QByteArray &payload, const QCborMap &protectedHeader,
                         const QCborMap &unprotectedHeader = {})
{
    const QCborArray parts {QCborValue(protectedHeader).toCbor(), unprotectedHeader, payload,
                            QByteArray(64, '\0')};
    return QCborValue(QCborTag(18), parts).toCbor();
}

// For QVERIFY2's message, which Qt 6.4 evaluates even when the check
// passes: error() must not be read from a Result that holds a value.
template<typename T> QByteArray errorText(const pd::core::Result<T> &result)
{
    return result ? QByteArray()
                  : QString(result.error().code + u": "_s + result.error().message).toUtf8();
}

// The failing steps before a COSE message exists, in pipeline order.
const QStringList kEarlySteps = {u"dcc.prefix"_s, u"dcc.base45"_s, u"dcc.zlib"_s};

bool failedBefore(const DccResult &result, const QString &step)
{
    const qsizetype failing = kEarlySteps.indexOf(result.failureCode);
    return failing >= 0 && failing < kEarlySteps.indexOf(step);
}

QByteArray describe(const DccResult &result)
{
    const auto optionalText = [](std::optional<bool> value) {
        return value ? (*value ? "true" : "false") : "null";
    };
    return "decoded=" + QByteArray(result.decoded ? "true" : "false")
        + " signature=" + DccResult::signatureName(result.signature).toLatin1() + " expired="
        + optionalText(result.expired) + " notYetValid=" + optionalText(result.notYetValid)
        + " keyUsageOk=" + optionalText(result.keyUsageOk) + " failure=\""
        + result.failureCode.toLatin1() + "\"";
}

} // namespace

class TestDcc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void base45Encode_data();
    void base45Encode();
    void base45Decode_data();
    void base45Decode();
    void base45Invalid_data();
    void base45Invalid();
    void zlibLimits();

    void trustList_data();
    void trustList();
    void trustListKid();
    void trustListFile();
    void sharedKidTriesEverySigner();

    void scannedText_data();
    void scannedText();
    void noTrustList();
    void clockSkewTolerated_data();
    void clockSkewTolerated();
    void coseWithTrailingBytes();
    void claims_data();
    void claims();
    void envelopeHeaders_data();
    void envelopeHeaders();

    void vectors_data();
    void vectors();

    void truncated_data();
    void truncated();
    void mutatedText_data();
    void mutatedText();
    void mutatedEnvelope_data();
    void mutatedEnvelope();

    void timing();

private:
    QMap<QString, int> m_checkedExpectations;
    qint64 m_vectorNanoseconds = 0;
    int m_vectorVerifications = 0;
};

void TestDcc::initTestCase()
{
    const QString dir = vectorDir();
    for (const QString &folder : kVectorFolders) {
        const QDir raw(dir + u'/' + folder + u"/2DCode/raw"_s);
        QVERIFY2(
            !raw.entryList({u"*.json"_s}, QDir::Files).isEmpty(),
            qPrintable(u"No EU DCC test vectors in %1. They are the shared test data "
                       "(dgc-testdata) that must sit beside the repository as "
                       "../shared/testdata/dcc; CI clones shared/ next to it."_s.arg(raw.path())));
    }
}

void TestDcc::cleanupTestCase()
{
    for (auto it = m_checkedExpectations.cbegin(); it != m_checkedExpectations.cend(); ++it)
        qInfo("%s checked in %d vectors", qPrintable(it.key()), it.value());
    if (m_vectorVerifications > 0)
        qInfo("%d vectors verified, %.3f ms per verification", m_vectorVerifications,
              double(m_vectorNanoseconds) / m_vectorVerifications / 1e6);
}

// RFC 9285 sections 4.3 and 4.4 examples, and the edges of the byte range.
void TestDcc::base45Encode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("AB") << "AB"_ba
                        << "BB8"_ba;
    QTest::newRow("Hello!!") << "Hello!!"_ba
                             << "%69 VD92EX0"_ba;
    QTest::newRow("base-45") << "base-45"_ba
                             << "UJCLQE7W581"_ba;
    QTest::newRow("ietf!") << "ietf!"_ba
                           << "QED8WEX0"_ba;
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one zero byte") << QByteArray(1, '\0') << "00"_ba;
    QTest::newRow("0xff") << "\xff"_ba
                          << "U5"_ba;
    QTest::newRow("0xffff") << "\xff\xff"_ba
                            << "FGW"_ba;
    QTest::newRow("two zero bytes") << QByteArray(2, '\0') << "000"_ba;
}

void TestDcc::base45Encode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base45::encode(bytes), text);
}

void TestDcc::base45Decode_data()
{
    base45Encode_data();
}

void TestDcc::base45Decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    const auto decoded = Base45::decode(text);
    QVERIFY2(decoded, errorText(decoded).constData());
    QCOMPARE(*decoded, bytes);
}

void TestDcc::base45Invalid_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("lower case") << "bb8"_ba;
    QTest::newRow("one character") << "B"_ba;
    QTest::newRow("length 3n+1") << "BB8B"_ba;
    QTest::newRow("group 65536") << "GGW"_ba;
    QTest::newRow("group 91124") << ":::"_ba;
    QTest::newRow("pair 256") << "V5"_ba;
    QTest::newRow("pair 1610") << "ZZ"_ba;
    QTest::newRow("tilde") << "BB~"_ba;
    QTest::newRow("equals (base64 padding)") << "BB8=="_ba;
    QTest::newRow("line feed inside") << "BB\nBB8"_ba;
    QTest::newRow("NUL") << QByteArray("BB\0", 3);
    QTest::newRow("UTF-8 letter") << "\xc3\x89"_ba;
    QTest::newRow("0xff byte") << "BB\xff"_ba;
}

void TestDcc::base45Invalid()
{
    QFETCH(QByteArray, text);
    const auto decoded = Base45::decode(text);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, u"dcc.base45"_s);
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestDcc::zlibLimits()
{
    const QByteArray cose = coseOf(prefixOf(readVector(kEs256Vector)));
    QVERIFY(!cose.isEmpty());
    const QByteArray stream = qCompress(cose).mid(4);

    // A bomb: 1 MiB of zeros compresses to ~1 KiB.
    const auto bomb = ZlibDecompressor::decompress(qCompress(QByteArray(1024 * 1024, '\0')).mid(4));
    QVERIFY(!bomb);
    QCOMPARE(bomb.error().code, u"dcc.zlib"_s);

    const auto trailing = ZlibDecompressor::decompress(QByteArray(stream + "\x00"_ba));
    QVERIFY(!trailing);
    const auto cut = ZlibDecompressor::decompress(stream.chopped(1));
    QVERIFY(!cut);
    QVERIFY(!ZlibDecompressor::decompress(QByteArray()));
    // Raw COSE without zlib (vector common/Z2) is refused.
    QVERIFY(!ZlibDecompressor::decompress(cose));
    const auto whole = ZlibDecompressor::decompress(stream);
    QVERIFY(whole);
    QCOMPARE(*whole, cose);

    const DccResult result = DccVerifier::verify(QByteArray(encodeHc1(cose) + "00"), nullptr,
                                                 QDateTime::currentDateTimeUtc());
    QCOMPARE(result.failureCode, u"dcc.zlib"_s);
}

void TestDcc::trustList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<qsizetype>("size");

    const QString certificate = certificateOf(readVector(kEs256Vector));
    const QString otherCertificate = certificateOf(readVector(kPs256Vector));
    const QString kid = QString::fromLatin1(QByteArray::fromHex(kEs256Kid).toBase64());
    const auto entry = [&](const QJsonObject &fields) {
        return trustListJson({fields});
    };

    QTest::newRow("empty array") << "[]"_ba << QString() << qsizetype(0);
    QTest::newRow("rawData only") << entry({{u"rawData"_s, certificate}}) << QString()
                                  << qsizetype(1);
    QTest::newRow("gateway entry") << entry({{u"kid"_s, kid},
                                             {u"country"_s, u"AT"_s},
                                             {u"certificateType"_s, u"DSC"_s},
                                             {u"rawData"_s, certificate}})
                                   << QString() << qsizetype(1);
    QTest::newRow("two signers") << trustListJson(
        {QJsonObject {{u"rawData"_s, certificate}}, QJsonObject {{u"rawData"_s, otherCertificate}}})
                                 << QString() << qsizetype(2);
    QTest::newRow("same certificate twice") << trustListJson(
        {QJsonObject {{u"rawData"_s, certificate}}, QJsonObject {{u"rawData"_s, certificate}}})
                                            << QString() << qsizetype(1);
    QTest::newRow("CSCA left out")
        << entry({{u"certificateType"_s, u"CSCA"_s}, {u"rawData"_s, certificate}}) << QString()
        << qsizetype(0);

    QTest::newRow("object, not array") << "{}"_ba << u"dcc.trustlist.format"_s << qsizetype(0);
    QTest::newRow("not JSON") << "[{"_ba << u"dcc.trustlist.format"_s << qsizetype(0);
    QTest::newRow("empty input") << QByteArray() << u"dcc.trustlist.format"_s << qsizetype(0);
    QTest::newRow("entry not object") << "[1]"_ba << u"dcc.trustlist.format"_s << qsizetype(0);
    QTest::newRow("no rawData") << entry({{u"kid"_s, kid}}) << u"dcc.trustlist.certificate"_s
                                << qsizetype(0);
    QTest::newRow("rawData not a string")
        << entry({{u"rawData"_s, 42}}) << u"dcc.trustlist.certificate"_s << qsizetype(0);
    QTest::newRow("rawData bad base64")
        << entry({{u"rawData"_s, u"MIIB@@@"_s}}) << u"dcc.trustlist.base64"_s << qsizetype(0);
    QTest::newRow("rawData not a certificate")
        << entry({{u"rawData"_s, u"AAECAwQ="_s}}) << u"dcc.trustlist.certificate"_s << qsizetype(0);
    QTest::newRow("certificate with trailing bytes")
        << entry(
               {{u"rawData"_s,
                 QString::fromLatin1(
                     QByteArray(QByteArray::fromBase64(certificate.toLatin1()) + "x").toBase64())}})
        << u"dcc.trustlist.certificate"_s << qsizetype(0);
    QTest::newRow("kid mismatch") << entry(
        {{u"kid"_s, u"AAAAAAAAAAA="_s}, {u"rawData"_s, certificate}})
                                  << u"dcc.trustlist.kid_mismatch"_s << qsizetype(0);
    QTest::newRow("kid of another certificate")
        << entry({{u"kid"_s, kid}, {u"rawData"_s, otherCertificate}})
        << u"dcc.trustlist.kid_mismatch"_s << qsizetype(0);
    QTest::newRow("kid bad base64") << entry({{u"kid"_s, u"!!"_s}, {u"rawData"_s, certificate}})
                                    << u"dcc.trustlist.base64"_s << qsizetype(0);
    QTest::newRow("kid not a string") << entry({{u"kid"_s, 7}, {u"rawData"_s, certificate}})
                                      << u"dcc.trustlist.base64"_s << qsizetype(0);
    QTest::newRow("second entry bad") << trustListJson(
        {QJsonObject {{u"rawData"_s, certificate}}, QJsonObject {{u"rawData"_s, u"%%%"_s}}})
                                      << u"dcc.trustlist.base64"_s << qsizetype(0);
}

void TestDcc::trustList()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorCode);
    QFETCH(qsizetype, size);

    const auto list = DccTrustList::fromJson(json);
    if (errorCode.isEmpty()) {
        QVERIFY2(list, errorText(list).constData());
        QCOMPARE(list->size(), size);
    } else {
        QVERIFY(!list);
        QCOMPARE(list.error().code, errorCode);
        QVERIFY(!list.error().message.isEmpty());
    }
}

void TestDcc::trustListKid()
{
    const QJsonObject vector = readVector(kEs256Vector);
    const QByteArray der = QByteArray::fromBase64(certificateOf(vector).toLatin1());
    const QByteArray kid = QByteArray::fromHex(kEs256Kid);
    QCOMPARE(DccTrustList::kidFor(der), kid);

    const DccTrustList list = trustListFor(vector);
    QCOMPARE(list.size(), 1);
    const DccSigner *signer = list.find(kid);
    QVERIFY(signer);
    QCOMPARE(signer->certificateDer, der);
    QVERIFY(!list.find(QByteArray(8, '\0')));
    QVERIFY(list.findAll(QByteArray(8, '\0')).isEmpty());

    // add() computes a missing kid.
    DccTrustList added;
    added.add(DccSigner {{}, u"AT"_s, der});
    QVERIFY(added.find(kid));
    QCOMPARE(added.find(kid)->country, u"AT"_s);
}

void TestDcc::trustListFile()
{
    const auto missing = DccTrustList::fromFile(vectorDir() + u"/no-such-trust-list.json"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"dcc.trustlist.file"_s);
    // A vector file is a JSON object, not a trust list.
    const auto wrongShape = DccTrustList::fromFile(vectorDir() + u'/' + kEs256Vector);
    QVERIFY(!wrongShape);
    QCOMPARE(wrongShape.error().code, u"dcc.trustlist.format"_s);
}

// A kid is 8 bytes of a hash and the EU list has held collisions: every
// signer with the kid is tried, whatever the order.
void TestDcc::sharedKidTriesEverySigner()
{
    const QJsonObject vector = readVector(kEs256Vector);
    const QByteArray kid = QByteArray::fromHex(kEs256Kid);
    const QByteArray right = QByteArray::fromBase64(certificateOf(vector).toLatin1());
    const QByteArray wrong =
        QByteArray::fromBase64(certificateOf(readVector(kPs256Vector)).toLatin1());

    for (bool rightFirst : {true, false}) {
        DccTrustList list;
        list.add(DccSigner {kid, u"XX"_s, rightFirst ? right : wrong});
        list.add(DccSigner {kid, u"XX"_s, rightFirst ? wrong : right});
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.findAll(kid).size(), 2);
        const DccResult result = DccVerifier::verify(prefixOf(vector), &list, clockOf(vector));
        QVERIFY2(result.isValid(), describe(result));
    }

    DccTrustList onlyWrong;
    onlyWrong.add(DccSigner {kid, u"XX"_s, wrong});
    const DccResult result = DccVerifier::verify(prefixOf(vector), &onlyWrong, clockOf(vector));
    QCOMPARE(result.signature, DccResult::Signature::Invalid);
    QCOMPARE(result.failureCode, u"dcc.signature"_s);
}

void TestDcc::scannedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("failureCode");

    const QByteArray hc1 = prefixOf(readVector(kEs256Vector));
    QVERIFY(hc1.startsWith("HC1:"));
    QTest::newRow("as scanned") << hc1 << QString();
    QTest::newRow("CR LF") << hc1 + "\r\n" << QString();
    QTest::newRow("LF") << hc1 + "\n" << QString();
    QTest::newRow("CR") << hc1 + "\r" << QString();
    QTest::newRow("lower-case prefix") << "hc1:" + hc1.mid(4) << u"dcc.prefix"_s;
    QTest::newRow("leading space") << " " + hc1 << u"dcc.prefix"_s;
    QTest::newRow("leading LF") << "\n" + hc1 << u"dcc.prefix"_s;
    QTest::newRow("HC2") << "HC2:" + hc1.mid(4) << u"dcc.prefix"_s;
    QTest::newRow("no prefix") << hc1.mid(4) << u"dcc.prefix"_s;
    QTest::newRow("empty") << QByteArray() << u"dcc.prefix"_s;
    QTest::newRow("prefix only") << "HC1:"_ba << u"dcc.zlib"_s;
    QTest::newRow("trailing tab") << hc1 + "\t" << u"dcc.base45"_s;
    QTest::newRow("CR LF inside") << hc1.left(20) + "\r\n" + hc1.mid(20) << u"dcc.base45"_s;
}

void TestDcc::scannedText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, failureCode);

    const QJsonObject vector = readVector(kEs256Vector);
    const DccTrustList list = trustListFor(vector);
    const DccResult result = DccVerifier::verify(text, &list, clockOf(vector));
    QCOMPARE(result.failureCode, failureCode);
    QCOMPARE(result.isValid(), failureCode.isEmpty());
    QCOMPARE(result.reason.isEmpty(), failureCode.isEmpty());
    if (failureCode.isEmpty()) {
        QCOMPARE(result.signature, DccResult::Signature::Valid);
        QCOMPARE(result.kid, QByteArray::fromHex(kEs256Kid));
        QCOMPARE(result.issuer, u"AT"_s);
        QCOMPARE(result.issuedAt, QDateTime::fromSecsSinceEpoch(1620064800, Qt::UTC));
        QCOMPARE(result.expiresAt, QDateTime::fromSecsSinceEpoch(1620237600, Qt::UTC));
        QCOMPARE(result.expired, false);
        QCOMPARE(result.notYetValid, false);
        QVERIFY(result.certificate.contains("v"_L1));
    } else {
        QVERIFY(!result.decoded);
        QCOMPARE(result.signature, DccResult::Signature::NotChecked);
        QVERIFY(!result.expired.has_value());
        QVERIFY(!result.keyUsageOk.has_value());
        QVERIFY(result.certificate.isEmpty());
    }
}

void TestDcc::clockSkewTolerated_data()
{
    QTest::addColumn<qint64>("secondsBeforeIssue");
    QTest::addColumn<bool>("notYetValid");
    QTest::newRow("issued an hour after this clock") << qint64(3600) << false;
    QTest::newRow("issued a day after this clock") << DccVerifier::clockSkewSeconds << false;
    QTest::newRow("issued a day and a minute after") << DccVerifier::clockSkewSeconds + 60 << true;
}

void TestDcc::clockSkewTolerated()
{
    // A laptop whose clock lags must still accept a certificate issued this
    // morning elsewhere; beyond a day it is refused as not yet valid.
    QFETCH(qint64, secondsBeforeIssue);
    QFETCH(bool, notYetValid);
    const QJsonObject vector = readVector(kEs256Vector);
    const DccTrustList list = trustListFor(vector);
    const DccResult probe = DccVerifier::verify(prefixOf(vector), &list, clockOf(vector));
    QVERIFY(probe.issuedAt.isValid());
    const DccResult result =
        DccVerifier::verify(prefixOf(vector), &list, probe.issuedAt.addSecs(-secondsBeforeIssue));
    QCOMPARE(result.notYetValid, notYetValid);
    QCOMPARE(result.isValid(), !notYetValid);
}

void TestDcc::noTrustList()
{
    const QJsonObject vector = readVector(kEs256Vector);
    const DccResult result = DccVerifier::verify(prefixOf(vector), nullptr, clockOf(vector));
    QVERIFY(result.decoded);
    QCOMPARE(result.signature, DccResult::Signature::NotChecked);
    QCOMPARE(result.failureCode, u"dcc.no_trust_list"_s);
    QVERIFY(!result.isValid());
    QVERIFY(!result.keyUsageOk.has_value());
    QCOMPARE(result.expired, false);

    // Once expired, the signature failure is still the one reported first.
    const DccResult late =
        DccVerifier::verify(prefixOf(vector), nullptr, clockOf(vector).addYears(1));
    QCOMPARE(late.expired, true);
    QCOMPARE(late.failureCode, u"dcc.no_trust_list"_s);

    const DccTrustList list = trustListFor(vector);
    const DccResult expired =
        DccVerifier::verify(prefixOf(vector), &list, clockOf(vector).addYears(1));
    QCOMPARE(expired.signature, DccResult::Signature::Valid);
    QCOMPARE(expired.failureCode, u"dcc.expired"_s);
    QVERIFY(!expired.isValid());

    QCOMPARE(DccResult::signatureName(DccResult::Signature::Valid), u"valid"_s);
    QCOMPARE(DccResult::signatureName(DccResult::Signature::Invalid), u"invalid"_s);
    QCOMPARE(DccResult::signatureName(DccResult::Signature::UnknownKey), u"unknown-key"_s);
    QCOMPARE(DccResult::signatureName(DccResult::Signature::NotChecked), u"not-checked"_s);
}

void TestDcc::coseWithTrailingBytes()
{
    const QJsonObject vector = readVector(kEs256Vector);
    const DccTrustList list = trustListFor(vector);
    const QByteArray cose = coseOf(prefixOf(vector));
    QVERIFY(!cose.isEmpty());
    QVERIFY(DccVerifier::verify(encodeHc1(cose), &list, clockOf(vector)).isValid());

    const DccResult trailing =
        DccVerifier::verify(encodeHc1(QByteArray(cose + '\0')), &list, clockOf(vector));
    QCOMPARE(trailing.failureCode, u"dcc.cose"_s);
    QVERIFY(!CoseSign1::fromCbor(cose.chopped(1)));
    QVERIFY(!CoseSign1::fromCbor(QByteArray()));
}

// The CWT claims a DCC must have in shape: numeric dates that QDateTime
// holds, a text issuer, the hcert map under -260/1.
void TestDcc::claims_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("decoded");

    const QCborMap dcc {{u"ver"_s, u"1.3.0"_s}, {u"v"_s, QCborArray {QCborMap()}}};
    const QCborMap hcert {{1, dcc}};
    const auto cwt = [&](std::initializer_list<std::pair<QCborValue, QCborValue>> claims) {
        QCborMap map {{-260, hcert}};
        for (const auto &[key, value] : claims)
            map.insert(key, value);
        return QCborValue(map).toCbor();
    };
    constexpr qint64 kIssued = 1'620'000'000;

    QTest::newRow("iss exp iat") << cwt({{1, u"VN"_s}, {4, kIssued + 1000}, {6, kIssued}}) << true;
    QTest::newRow("no iss exp iat") << cwt({}) << true;
    QTest::newRow("exp as double") << cwt({{4, 1.7e9}}) << true;
    QTest::newRow("exp as big integer") << cwt({{4, std::numeric_limits<qint64>::max()}}) << false;
    QTest::newRow("exp most negative") << cwt({{4, std::numeric_limits<qint64>::min()}}) << false;
    QTest::newRow("exp NaN") << cwt({{4, qQNaN()}}) << false;
    QTest::newRow("exp 1e300") << cwt({{4, 1e300}}) << false;
    QTest::newRow("exp as text") << cwt({{4, u"2022-01-01"_s}}) << false;
    QTest::newRow("iat as text") << cwt({{6, u"2021-01-01"_s}}) << false;
    QTest::newRow("iss as integer") << cwt({{1, 704}}) << false;
    QTest::newRow("no hcert") << QCborValue(QCborMap {{1, u"VN"_s}}).toCbor() << false;
    QTest::newRow("hcert not a map") << QCborValue(QCborMap {{-260, u"x"_s}}).toCbor() << false;
    QTest::newRow("hcert without 1")
        << QCborValue(QCborMap {{-260, QCborMap {{2, dcc}}}}).toCbor() << false;
    QTest::newRow("DCC an array")
        << QCborValue(QCborMap {{-260, QCborMap {{1, QCborArray {dcc}}}}}).toCbor() << false;
    QTest::newRow("DCC a byte string (CBO1)")
        << QCborValue(QCborMap {{-260, QCborMap {{1, QCborValue(dcc).toCbor()}}}}).toCbor()
        << false;
    QTest::newRow("payload an array") << QCborValue(QCborArray {hcert}).toCbor() << false;
    QTest::newRow("payload empty") << QByteArray() << false;
    QTest::newRow("payload with trailing byte") << QByteArray(cwt({}) + '\0') << false;
    // Qt refuses nesting deeper than 1,024 instead of recursing into it.
    QTest::newRow("nesting bomb") << QByteArray(QByteArray(60'000, char(0x81)) + '\0') << false;
}

void TestDcc::claims()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, decoded);

    const QCborMap protectedHeader {{CoseSign1::headerAlgorithm, CoseSign1::algorithmEs256},
                                    {CoseSign1::headerKid, QByteArray(8, 'k')}};
    const DccResult result = DccVerifier::verify(encodeHc1(signedMessage(payload, protectedHeader)),
                                                 nullptr, QDateTime::currentDateTimeUtc());
    QCOMPARE(result.decoded, decoded);
    QCOMPARE(result.failureCode, decoded ? u"dcc.no_trust_list"_s : u"dcc.cbor"_s);
    if (decoded)
        QVERIFY(result.certificate.contains("v"_L1));
    else
        QVERIFY(!result.expired.has_value() && result.certificate.isEmpty());
}

// What the signature step reports for each kind of header trouble, on a
// real payload whose signer is in the trust list.
void TestDcc::envelopeHeaders_data()
{
    QTest::addColumn<QCborMap>("protectedHeader");
    QTest::addColumn<QCborMap>("unprotectedHeader");
    QTest::addColumn<int>("signature");
    QTest::addColumn<QString>("failureCode");

    const QByteArray kid = QByteArray::fromHex(kEs256Kid);
    constexpr qint64 kEdDsa = -8;
    const auto invalid = int(DccResult::Signature::Invalid);
    const auto unknown = int(DccResult::Signature::UnknownKey);

    QTest::newRow("EdDSA") << QCborMap {{CoseSign1::headerAlgorithm, kEdDsa},
                                        {CoseSign1::headerKid, kid}}
                           << QCborMap() << invalid << u"dcc.algorithm"_s;
    QTest::newRow("no alg") << QCborMap {{CoseSign1::headerKid, kid}} << QCborMap() << invalid
                            << u"dcc.algorithm"_s;
    QTest::newRow("alg as text") << QCborMap {{CoseSign1::headerAlgorithm, u"ES256"_s},
                                              {CoseSign1::headerKid, kid}}
                                 << QCborMap() << invalid << u"dcc.algorithm"_s;
    QTest::newRow("PS256 with an EC key")
        << QCborMap {{CoseSign1::headerAlgorithm, CoseSign1::algorithmPs256},
                     {CoseSign1::headerKid, kid}}
        << QCborMap() << invalid << u"dcc.signature"_s;
    QTest::newRow("zero signature")
        << QCborMap {{CoseSign1::headerAlgorithm, CoseSign1::algorithmEs256},
                     {CoseSign1::headerKid, kid}}
        << QCborMap() << invalid << u"dcc.signature"_s;
    QTest::newRow("no kid") << QCborMap {{CoseSign1::headerAlgorithm, CoseSign1::algorithmEs256}}
                            << QCborMap() << unknown << u"dcc.no_kid"_s;
    QTest::newRow("unknown kid") << QCborMap {{CoseSign1::headerAlgorithm,
                                               CoseSign1::algorithmEs256},
                                              {CoseSign1::headerKid, QByteArray(8, '\0')}}
                                 << QCborMap {{CoseSign1::headerKid, kid}} << unknown
                                 << u"dcc.unknown_key"_s;
    QTest::newRow("kid unprotected")
        << QCborMap {{CoseSign1::headerAlgorithm, CoseSign1::algorithmEs256}}
        << QCborMap {{CoseSign1::headerKid, kid}} << invalid << u"dcc.signature"_s;
}

void TestDcc::envelopeHeaders()
{
    QFETCH(QCborMap, protectedHeader);
    QFETCH(QCborMap, unprotectedHeader);
    QFETCH(int, signature);
    QFETCH(QString, failureCode);

    const QJsonObject vector = readVector(kEs256Vector);
    const DccTrustList list = trustListFor(vector);
    const auto cose = CoseSign1::fromCbor(coseOf(prefixOf(vector)));
    QVERIFY(cose);
    const DccResult result = DccVerifier::verify(
        encodeHc1(signedMessage(cose->payload(), protectedHeader, unprotectedHeader)), &list,
        clockOf(vector));
    QVERIFY(result.decoded);
    QCOMPARE(int(result.signature), signature);
    QCOMPARE(result.failureCode, failureCode);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY(!result.isValid());
}

// One row per file of shared/testdata/dcc/*/2DCode/raw (kitinerary's
// extractortest pattern): the vector's own certificate is the whole trust
// list, its PREFIX is verified at its VALIDATIONCLOCK, and every
// EXPECTEDRESULTS key it has must hold.
void TestDcc::vectors_data()
{
    QTest::addColumn<QString>("path");

    const QDir root(vectorDir());
    QStringList paths;
    QDirIterator it(root.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        if (path.contains(u"/2DCode/raw/"_s))
            paths.append(path);
    }
    paths.sort();
    QVERIFY2(!paths.isEmpty(), "no test vectors found");
    for (const QString &path : std::as_const(paths)) {
        QString name = path;
        name.remove(u"2DCode/raw/"_s).chop(int(qstrlen(".json")));
        QTest::newRow(qPrintable(name)) << path;
    }
}

void TestDcc::vectors()
{
    QFETCH(QString, path);
    const QJsonObject vector = readVector(path);
    QVERIFY2(!vector.isEmpty(), "unreadable vector file");
    const QJsonObject expected = vector.value("EXPECTEDRESULTS"_L1).toObject();
    const QDateTime at = clockOf(vector);
    QVERIFY(at.isValid());

    const auto list = DccTrustList::fromJson(
        trustListJson({QJsonObject {{u"rawData"_s, certificateOf(vector)}}}));
    QVERIFY2(list, errorText(list).constData());
    QCOMPARE(list->size(), 1);

    QElapsedTimer timer;
    timer.start();
    const DccResult result = DccVerifier::verify(prefixOf(vector), &*list, at);
    m_vectorNanoseconds += timer.nsecsElapsed();
    ++m_vectorVerifications;
    const QByteArray state = describe(result);

    const bool hasJson = vector.value("JSON"_L1).isObject();
    const QJsonObject json = vector.value("JSON"_L1).toObject();

    for (auto entry = expected.begin(); entry != expected.end(); ++entry) {
        const QString key = entry.key();
        QVERIFY2(entry.value().isBool(), qPrintable(key + u" is not a boolean"_s));
        const bool want = entry.value().toBool();
        const QByteArray message = key.toLatin1() + (want ? "=true" : "=false") + ": " + state;

        if (key == "EXPECTEDSCHEMAVALIDATION"_L1) {
            // Not checked: PhongDich does not ship the DCC JSON schema; the
            // verifier reports what is signed, the schema is the rules' job.
            continue;
        }
        if (key == "EXPECTEDPICTUREDECODE"_L1) {
            // Not checked here: it is about reading the 2DCODE PNG, which is
            // the scan module's ZXing decoding, not this verifier's input.
            continue;
        }
        ++m_checkedExpectations[key];

        if (key == "EXPECTEDUNPREFIX"_L1) {
            QVERIFY2((result.failureCode == u"dcc.prefix"_s) != want, message);
        } else if (key == "EXPECTEDB45DECODE"_L1) {
            if (want) {
                QVERIFY2(!failedBefore(result, u"dcc.zlib"_s), message);
                // The intermediate fields agree with each step.
                if (vector.contains("BASE45"_L1) && vector.contains("COMPRESSED"_L1)) {
                    const auto decoded =
                        Base45::decode(vector.value("BASE45"_L1).toString().toLatin1());
                    QVERIFY(decoded);
                    QCOMPARE(*decoded, fromHexField(vector, "COMPRESSED"_L1));
                }
            } else {
                QVERIFY2(result.failureCode == u"dcc.base45"_s, message);
            }
        } else if (key == "EXPECTEDCOMPRESSION"_L1) {
            if (want) {
                QVERIFY2(!kEarlySteps.contains(result.failureCode), message);
                if (vector.contains("COMPRESSED"_L1) && vector.contains("COSE"_L1)) {
                    const auto inflated =
                        ZlibDecompressor::decompress(fromHexField(vector, "COMPRESSED"_L1));
                    QVERIFY(inflated);
                    QCOMPARE(*inflated, fromHexField(vector, "COSE"_L1));
                }
            } else {
                QVERIFY2(result.failureCode == u"dcc.zlib"_s, message);
            }
        } else if (key == "EXPECTEDDECODE"_L1) {
            if (want) {
                QVERIFY2(result.decoded, message);
                // CBOR is the CWT payload in DE, FR and NL, the hcert alone
                // (re-encoded, other key order) in AT and common.
                if (vector.contains("COSE"_L1) && vector.contains("CBOR"_L1)) {
                    const QByteArray cbor = fromHexField(vector, "CBOR"_L1);
                    const auto cose = CoseSign1::fromCbor(fromHexField(vector, "COSE"_L1));
                    QVERIFY(cose);
                    const auto item = pd::core::decodeCborItem(cbor);
                    QVERIFY(item);
                    QVERIFY2(cbor == cose->payload()
                                 || item->toMap().toJsonObject() == result.certificate,
                             "the CBOR field is neither the payload nor the hcert");
                }
            } else {
                QVERIFY2(!result.decoded || (hasJson && result.certificate != json), message);
            }
        } else if (key == "EXPECTEDVERIFY"_L1) {
            QVERIFY2((result.signature == DccResult::Signature::Valid) == want, message);
        } else if (key == "EXPECTEDEXPIRATIONCHECK"_L1) {
            if (want)
                QVERIFY2(result.expired == false && result.notYetValid != true, message);
            else
                QVERIFY2(result.expired == true || result.notYetValid == true, message);
        } else if (key == "EXPECTEDKEYUSAGE"_L1) {
            QVERIFY2((result.keyUsageOk != false) == want, message);
        } else if (key == "EXPECTEDVALIDJSON"_L1 || key == "EXPECTEDVALIDOBJECT"_L1) {
            if (!hasJson) {
                QVERIFY2(result.decoded && !result.certificate.isEmpty(), message);
                continue;
            }
            const QByteArray difference = message + "\n   decoded: "
                + QJsonDocument(result.certificate).toJson(QJsonDocument::Compact)
                + "\n   JSON:    " + QJsonDocument(json).toJson(QJsonDocument::Compact);
            QEXPECT_FAIL("FR/test_pcr_ok",
                         "Upstream vector inconsistent: its JSON has t[0].sc/dr at 12:34:56Z / "
                         "12:45:01Z, the signed CBOR at 14:34:56Z / 14:45:01Z (local time "
                         "written as UTC when the JSON was made).",
                         Continue);
            QVERIFY2((result.certificate == json) == want, difference.constData());
        } else if (key == "EXPECTEDENCODE"_L1) {
            // The encoder side: Base45 of COMPRESSED gives BASE45 (zlib
            // output is not unique, so that step is checked by inflating).
            QVERIFY(vector.contains("COMPRESSED"_L1) && vector.contains("BASE45"_L1));
            QCOMPARE(Base45::encode(fromHexField(vector, "COMPRESSED"_L1))
                         == vector.value("BASE45"_L1).toString().toLatin1(),
                     want);
            QCOMPARE("HC1:" + vector.value("BASE45"_L1).toString().toLatin1() == prefixOf(vector),
                     want);
        } else {
            QFAIL(qPrintable(
                u"Unknown expectation %1: decide what it means and check it"_s.arg(key)));
        }
    }
    // Whatever the file expects, a reason accompanies every failure.
    QCOMPARE(result.reason.isEmpty(), result.failureCode.isEmpty());
}

void TestDcc::truncated_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ES256") << kEs256Vector;
    QTest::newRow("PS256") << kPs256Vector;
}

// Every proper prefix of a valid code: nothing crashes, nothing verifies.
void TestDcc::truncated()
{
    QFETCH(QString, path);
    const QJsonObject vector = readVector(path);
    const DccTrustList list = trustListFor(vector);
    const QByteArray hc1 = prefixOf(vector);
    QVERIFY(DccVerifier::verify(hc1, &list, clockOf(vector)).isValid());
    for (qsizetype length = 0; length < hc1.size(); ++length) {
        const DccResult result = DccVerifier::verify(hc1.left(length), &list, clockOf(vector));
        QVERIFY2(!(result.decoded && result.signature == DccResult::Signature::Valid),
                 qPrintable(u"prefix of %1 characters verified"_s.arg(length)));
        QVERIFY(!result.failureCode.isEmpty());
    }
}

void TestDcc::mutatedText_data()
{
    truncated_data();
}

// Random characters replaced (fixed seed). A change can leave the signed
// bytes as they were (deflate's unused final bits); then the same
// certificate verifies. It must never yield another certificate that does.
void TestDcc::mutatedText()
{
    QFETCH(QString, path);
    const QJsonObject vector = readVector(path);
    const DccTrustList list = trustListFor(vector);
    const QByteArray hc1 = prefixOf(vector);
    const DccResult original = DccVerifier::verify(hc1, &list, clockOf(vector));
    QVERIFY(original.isValid());

    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    QRandomGenerator random(kFuzzSeed);
    int verified = 0;
    for (int round = 0; round < kTextMutations; ++round) {
        QByteArray text = hc1;
        const int changes = 1 + random.bounded(3);
        for (int change = 0; change < changes; ++change) {
            const qsizetype position = random.bounded(int(text.size()));
            // Mostly characters a scanner could really read; some raw bytes.
            const char replacement = random.bounded(4) == 0
                ? char(random.bounded(256))
                : kAlphabet[std::size_t(random.bounded(int(kAlphabet.size())))];
            text[position] = replacement;
        }
        const DccResult result = DccVerifier::verify(text, &list, clockOf(vector));
        QCOMPARE(result.failureCode.isEmpty(), result.isValid());
        if (result.decoded && result.signature == DccResult::Signature::Valid) {
            ++verified;
            QCOMPARE(result.certificate, original.certificate);
            QCOMPARE(result.kid, original.kid);
            QCOMPARE(result.issuedAt, original.issuedAt);
            QCOMPARE(result.expiresAt, original.expiresAt);
            QCOMPARE(result.issuer, original.issuer);
        }
    }
    qInfo("%d of %d mutated texts left the signed bytes intact and verified", verified,
          kTextMutations);
}

void TestDcc::mutatedEnvelope_data()
{
    truncated_data();
}

// Bits flipped inside the COSE message (fixed seed), re-compressed and
// re-encoded so they reach the signature check: a changed signature,
// payload or protected header never verifies.
void TestDcc::mutatedEnvelope()
{
    QFETCH(QString, path);
    const QJsonObject vector = readVector(path);
    const DccTrustList list = trustListFor(vector);
    const QDateTime at = clockOf(vector);
    const auto decoded = pd::core::decodeCborItem(coseOf(prefixOf(vector)));
    QVERIFY(decoded && decoded->isTag());
    const QCborArray parts = decoded->taggedValue().toArray();
    QCOMPARE(parts.size(), 4);

    const auto rebuild = [&](qsizetype part, const QByteArray &bytes) {
        QCborArray changed = parts;
        changed[part] = bytes;
        return encodeHc1(QCborValue(decoded->tag(), changed).toCbor());
    };
    // The rebuild itself keeps a valid code valid.
    QVERIFY(DccVerifier::verify(rebuild(3, parts[3].toByteArray()), &list, at).isValid());

    QRandomGenerator random(kFuzzSeed);
    struct Target {
        qsizetype part;
        const char *name;
    };
    for (const Target target :
         {Target {3, "signature"}, Target {2, "payload"}, Target {0, "protected header"}}) {
        const QByteArray bytes = parts[target.part].toByteArray();
        QVERIFY(!bytes.isEmpty());
        for (int round = 0; round < kEnvelopeMutations; ++round) {
            QByteArray mutated = bytes;
            const qsizetype position = random.bounded(int(mutated.size()));
            mutated[position] = char(mutated[position] ^ (1 << random.bounded(8)));
            const DccResult result = DccVerifier::verify(rebuild(target.part, mutated), &list, at);
            QVERIFY2(
                result.signature != DccResult::Signature::Valid,
                qPrintable(u"%1 with byte %2 changed verified"_s.arg(QLatin1StringView(target.name))
                               .arg(position)));
            if (target.part == 3) {
                // Only the signature changed: everything else still decodes.
                QVERIFY(result.decoded);
                QCOMPARE(result.signature, DccResult::Signature::Invalid);
                QCOMPARE(result.failureCode, u"dcc.signature"_s);
            }
        }
    }
    // Signatures of the wrong length.
    const QByteArray signature = parts[3].toByteArray();
    const QByteArrayList wrongLengths = {signature.chopped(1), QByteArray(signature + '\0'),
                                         QByteArray(), "foo"_ba};
    for (const QByteArray &wrongLength : wrongLengths) {
        const DccResult result = DccVerifier::verify(rebuild(3, wrongLength), &list, at);
        QCOMPARE(result.signature, DccResult::Signature::Invalid);
    }
}

void TestDcc::timing()
{
    for (const QString &path : {kEs256Vector, kPs256Vector, kPs256LongVector}) {
        const QJsonObject vector = readVector(path);
        const DccTrustList list = trustListFor(vector);
        const QByteArray hc1 = prefixOf(vector);
        const QDateTime at = clockOf(vector);
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < kTimingRounds; ++round)
            QVERIFY(DccVerifier::verify(hc1, &list, at).isValid());
        qInfo("%s: %.3f ms per verification", qPrintable(path),
              double(timer.nsecsElapsed()) / kTimingRounds / 1e6);
    }
}

QTEST_GUILESS_MAIN(TestDcc)
#include "tst_dcc.moc"
