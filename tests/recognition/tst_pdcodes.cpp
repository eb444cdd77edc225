// PhongDich's own signed codes: Ed25519 known answer, sign/verify round
// trips, forged, altered, cut and malformed codes, key usage, validity, and
// the key store in a real data file.

#include "base45.h"
#include "corecontext.h"
#include "pdcode.h"
#include "pdcodesigner.h"
#include "pdcodeverifier.h"
#include "pdkeystore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::core;
using Kind = Recognition::Kind;
using Verdict = Recognition::Verdict;

Q_DECLARE_METATYPE(PdCodeContent)

namespace {

QDateTime checkTime()
{
    return QDateTime(QDate(2021, 9, 15), QTime(3, 0), Qt::UTC);
}

PdKeyPair seededKey(char fill)
{
    return *PdKeyPair::fromSeed(QByteArray(PdKeyPair::seedBytes, fill));
}

PdTrustedKeys trusting(const PdKeyPair &key, int usages = PdTrustedKey::SignsAll)
{
    PdTrustedKeys keys;
    keys.add({key.publicKey(), QStringLiteral("UBND phường Phúc Xá"), usages});
    return keys;
}

PdCodeContent person()
{
    PdCodeContent content;
    content.issuedAt = checkTime().addDays(-2);
    content.expiresAt = checkTime().addDays(28);
    content.recordId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    content.fullName = QStringLiteral("Võ Thị Sáu");
    content.dateOfBirth = BirthDate::fromDate(QDate(1950, 1, 2));
    content.sex = Sex::Female;
    content.idNumber = QStringLiteral("052150001234");
    content.phone = QStringLiteral("0901234567");
    content.address = QStringLiteral("Thôn 2, Xã Phước Hòa, Huyện Tuy Phước, Bình Định");
    content.unitCode = QStringLiteral("21706");
    return content;
}

PdCodeContent venue()
{
    PdCodeContent content;
    content.type = PdCodeContent::Type::Venue;
    content.issuedAt = checkTime().addDays(-30);
    content.venueName = QStringLiteral("Chốt kiểm dịch Km 5 Quốc lộ 1A");
    content.venueKind = PdCodeContent::VenueKind::Checkpoint;
    content.address = QStringLiteral("Km 5 Quốc lộ 1A, Xã Phước Lộc");
    content.unitCode = QStringLiteral("21706");
    return content;
}

// A code signed by `key` over arbitrary claim bytes, for malformed content
// a correct signer never makes.
QByteArray craft(const PdKeyPair &key, const QByteArray &claims,
                 const QByteArray &prefix = QByteArrayLiteral("PD1:P"))
{
    const QByteArray body = key.keyId() + claims;
    const QByteArray message = prefix + body;
    const QByteArray signedBody = body + key.sign(message);
    return prefix + Base45::encode(signedBody);
}

QByteArray cbor(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

QByteArray personClaims()
{
    return cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("Võ Thị Sáu")}});
}

QByteArray rawOf(const QByteArray &code)
{
    return *Base45::decode(QByteArrayView(code).sliced(5));
}

QByteArray withRaw(const QByteArray &code, const QByteArray &raw)
{
    return code.left(5) + Base45::encode(raw);
}

Recognition verify(const QByteArray &code, const PdTrustedKeys &keys)
{
    return PdCodeVerifier::verify(code, keys, checkTime());
}

} // namespace

class TestPdCodes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ed25519KnownAnswer();
    void keyIds();
    void roundTrip_data();
    void roundTrip();
    void compactEnoughForASmallQr();
    void alteredClaimsAreInvalid();
    void everyFlippedByteIsRefused();
    void typeSwapIsRefused();
    void cutCodesAreRefused();
    void unknownKeyIsUntrusted();
    void keyUsage();
    void validityPeriod();
    void malformed_data();
    void malformed();
    void signerRefuses_data();
    void signerRefuses();
    void keyStore();
};

void TestPdCodes::ed25519KnownAnswer()
{
    QVERIFY(PdKeyPair::selfTest());
}

void TestPdCodes::keyIds()
{
    const PdKeyPair key = seededKey('a');
    QCOMPARE(key.keyId(),
             QCryptographicHash::hash(key.publicKey(), QCryptographicHash::Sha256).left(4));
    QCOMPARE(seededKey('a').publicKey(), key.publicKey());
    QCOMPARE(key.seed(), QByteArray(32, 'a'));
    QVERIFY(seededKey('b').publicKey() != key.publicKey());
    const auto fresh1 = PdKeyPair::generate(), fresh2 = PdKeyPair::generate();
    QVERIFY(fresh1 && fresh2);
    QVERIFY(fresh1->publicKey() != fresh2->publicKey());
    QCOMPARE(PdKeyPair::fromSeed(QByteArray(31, 'a')).error().code, QStringLiteral("pd_key.seed"));
}

void TestPdCodes::roundTrip_data()
{
    QTest::addColumn<PdCodeContent>("content");
    QTest::addColumn<QString>("kind");

    QTest::newRow("person, every field") << person() << QStringLiteral("pd-person");
    PdCodeContent minimal;
    minimal.issuedAt = checkTime();
    minimal.fullName = QStringLiteral("Đinh Thị Ngọc Hà");
    QTest::newRow("person, name only") << minimal << QStringLiteral("pd-person");
    PdCodeContent yearOnly = minimal;
    yearOnly.dateOfBirth = BirthDate::fromYear(1942);
    yearOnly.sex = Sex::Male;
    QTest::newRow("person, year of birth") << yearOnly << QStringLiteral("pd-person");
    QTest::newRow("checkpoint") << venue() << QStringLiteral("pd-venue");
    PdCodeContent shop = venue();
    shop.venueKind = PdCodeContent::VenueKind::Venue;
    shop.venueName = QStringLiteral("Chợ Đầm Nha Trang");
    shop.expiresAt = checkTime().addYears(1);
    QTest::newRow("venue") << shop << QStringLiteral("pd-venue");
}

void TestPdCodes::roundTrip()
{
    QFETCH(PdCodeContent, content);
    QFETCH(QString, kind);

    const PdKeyPair key = seededKey('k');
    const Result<QString> code = PdCodeSigner(key).sign(content);
    QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
    QVERIFY(code->startsWith(QLatin1String(PdCode::prefix(content.type))));

    const Recognition result = verify(code->toLatin1(), trusting(key));
    QVERIFY2(result.isValid(), qPrintable(result.reason));
    QCOMPARE(Recognition::kindName(result.kind), kind);
    QVERIFY(result.checks.decoded);
    QCOMPARE(result.checks.signature, Recognition::Signature::Valid);
    QCOMPARE(result.checks.expired, std::optional<bool>(false));
    QVERIFY(!result.checks.keyUsage); // the key may sign anything
    QCOMPARE(result.keyId, key.keyId());
    QCOMPARE(result.issuedAt, content.issuedAt);
    QCOMPARE(result.expiresAt, content.expiresAt);
    QCOMPARE(result.recordId, content.recordId);
    QCOMPARE(result.fullName, content.fullName);
    QCOMPARE(result.dateOfBirth, content.dateOfBirth);
    QCOMPARE(result.sex, content.sex);
    QCOMPARE(result.idNumber, content.idNumber);
    QCOMPARE(result.phone, content.phone);
    QCOMPARE(result.address, content.address);
    QCOMPARE(result.unitCode, content.unitCode);
    QCOMPARE(result.venueName, content.venueName);
    if (content.type == PdCodeContent::Type::Venue)
        QCOMPARE(result.venueKind,
                 content.venueKind == PdCodeContent::VenueKind::Checkpoint
                     ? QStringLiteral("checkpoint")
                     : QStringLiteral("venue"));

    // Only QR alphanumeric characters, so the code is encoded compactly.
    for (const QChar c : *code)
        QVERIFY2(QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:").contains(c),
                 qPrintable(*code));
}

void TestPdCodes::compactEnoughForASmallQr()
{
    // Every person field filled with realistic Vietnamese values: the text
    // fits a version 12 QR at error correction M (419 alphanumeric
    // characters); a checkpoint poster fits version 10 (311).
    const Result<QString> code = PdCodeSigner(seededKey('k')).sign(person());
    QVERIFY(code);
    QVERIFY2(code->size() < 419, qPrintable(QString::number(code->size())));
    const Result<QString> checkpoint = PdCodeSigner(seededKey('k')).sign(venue());
    QVERIFY(checkpoint);
    QVERIFY2(checkpoint->size() < 311, qPrintable(QString::number(checkpoint->size())));
}

void TestPdCodes::alteredClaimsAreInvalid()
{
    // Someone re-encodes the card with another name and keeps the signature.
    const PdKeyPair key = seededKey('k');
    const QByteArray code = PdCodeSigner(key).sign(person())->toLatin1();
    const QByteArray raw = rawOf(code);
    PdCodeContent altered = person();
    altered.fullName = QStringLiteral("Võ Thị Sau");
    const QByteArray forged = withRaw(
        code, key.keyId() + *PdCode::encodeClaims(altered) + raw.right(PdKeyPair::signatureBytes));

    const Recognition result = verify(forged, trusting(key));
    QCOMPARE(result.verdict, Verdict::Invalid);
    QCOMPARE(result.reasonCode, QStringLiteral("pd.signature"));
    QCOMPARE(result.checks.signature, Recognition::Signature::Invalid);
    QVERIFY(result.checks.decoded);
    QCOMPARE(result.kind, Kind::PdPerson);

    // Expiry pushed back a year.
    altered = person();
    altered.expiresAt = altered.expiresAt.addYears(1);
    const QByteArray extended = withRaw(
        code, key.keyId() + *PdCode::encodeClaims(altered) + raw.right(PdKeyPair::signatureBytes));
    QCOMPARE(verify(extended, trusting(key)).reasonCode, QStringLiteral("pd.signature"));
}

void TestPdCodes::everyFlippedByteIsRefused()
{
    const PdKeyPair key = seededKey('k');
    const QByteArray code = PdCodeSigner(key).sign(person())->toLatin1();
    const QByteArray raw = rawOf(code);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        for (int bit : {0, 7}) {
            QByteArray flipped = raw;
            flipped[i] = char(flipped[i] ^ (1 << bit));
            const Recognition result = verify(withRaw(code, flipped), trusting(key));
            QVERIFY2(result.verdict == Verdict::Invalid || result.verdict == Verdict::Untrusted
                         || result.verdict == Verdict::Unreadable,
                     qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(result.reasonCode)));
            if (i < PdKeyPair::keyIdBytes)
                QCOMPARE(result.reasonCode, QStringLiteral("pd.unknown_key"));
            else if (i >= raw.size() - PdKeyPair::signatureBytes)
                QCOMPARE(result.reasonCode, QStringLiteral("pd.signature"));
        }
    }
}

void TestPdCodes::typeSwapIsRefused()
{
    // A checkpoint poster relabelled as a personal card, and the reverse;
    // the prefix is signed, so neither verifies (or even decodes).
    const PdKeyPair key = seededKey('k');
    const QByteArray venueCode = PdCodeSigner(key).sign(venue())->toLatin1();
    QByteArray asPerson = venueCode;
    asPerson[4] = 'P';
    QVERIFY(!verify(asPerson, trusting(key)).isValid());

    PdCodeContent both = person();
    both.venueName = QStringLiteral("Chợ Bến Thành"); // ignored for a person, still signed
    QByteArray personCode = PdCodeSigner(key).sign(both)->toLatin1();
    const QByteArray withVenueClaims = craft(
        key,
        cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("A")}, {20, QStringLiteral("B")}}));
    QVERIFY(verify(withVenueClaims, trusting(key)).isValid());
    QByteArray swapped = withVenueClaims;
    swapped[4] = 'V';
    const Recognition result = verify(swapped, trusting(key));
    QCOMPARE(result.kind, Kind::PdVenue);
    QCOMPARE(result.reasonCode, QStringLiteral("pd.signature"));
    personCode[4] = 'V';
    QVERIFY(!verify(personCode, trusting(key)).isValid());
}

void TestPdCodes::cutCodesAreRefused()
{
    const PdKeyPair key = seededKey('k');
    for (const PdCodeContent &content : {person(), venue()}) {
        const QByteArray code = PdCodeSigner(key).sign(content)->toLatin1();
        for (qsizetype length = 0; length < code.size(); ++length) {
            const Recognition result = verify(code.left(length), trusting(key));
            QVERIFY2(!result.isValid(), qPrintable(QString::number(length)));
            QVERIFY(!result.reasonCode.isEmpty());
        }
    }
}

void TestPdCodes::unknownKeyIsUntrusted()
{
    const PdKeyPair signer = seededKey('k');
    const QByteArray code = PdCodeSigner(signer).sign(person())->toLatin1();

    for (const PdTrustedKeys &keys : {PdTrustedKeys(), trusting(seededKey('z'))}) {
        const Recognition result = verify(code, keys);
        QCOMPARE(result.verdict, Verdict::Untrusted);
        QCOMPARE(result.reasonCode, QStringLiteral("pd.unknown_key"));
        QCOMPARE(result.checks.signature, Recognition::Signature::UnknownKey);
        QVERIFY(result.checks.decoded);
        QCOMPARE(result.fullName, QStringLiteral("Võ Thị Sáu")); // shown, but not trusted
    }

    // Among several trusted keys the right one is found.
    PdTrustedKeys several = trusting(seededKey('x'));
    several.add({seededKey('y').publicKey(), QStringLiteral("y"), PdTrustedKey::SignsAll});
    several.add({signer.publicKey(), QStringLiteral("signer"), PdTrustedKey::SignsAll});
    QCOMPARE(several.size(), 3);
    QVERIFY(verify(code, several).isValid());
    // Adding the same public key again replaces it.
    several.add({signer.publicKey(), QStringLiteral("renamed"), PdTrustedKey::SignsVenue});
    QCOMPARE(several.size(), 3);
    QCOMPARE(several.withKeyId(signer.keyId()).first().label, QStringLiteral("renamed"));
}

void TestPdCodes::keyUsage()
{
    const PdKeyPair checkpointKey = seededKey('c');
    const PdTrustedKeys keys = trusting(checkpointKey, PdTrustedKey::SignsVenue);

    const Recognition card = verify(PdCodeSigner(checkpointKey).sign(person())->toLatin1(), keys);
    QCOMPARE(card.verdict, Verdict::Invalid);
    QCOMPARE(card.reasonCode, QStringLiteral("pd.key_usage"));
    QCOMPARE(card.checks.signature, Recognition::Signature::Valid);
    QCOMPARE(card.checks.keyUsage, std::optional(Recognition::KeyUsage::Mismatch));

    const Recognition poster = verify(PdCodeSigner(checkpointKey).sign(venue())->toLatin1(), keys);
    QVERIFY(poster.isValid());
    QCOMPARE(poster.checks.keyUsage, std::optional(Recognition::KeyUsage::Ok));
}

void TestPdCodes::validityPeriod()
{
    const PdKeyPair key = seededKey('k');
    const PdCodeSigner signer(key);
    PdCodeContent content = person();

    content.expiresAt = checkTime().addSecs(-1);
    content.issuedAt = checkTime().addDays(-10);
    Recognition result = verify(signer.sign(content)->toLatin1(), trusting(key));
    QCOMPARE(result.verdict, Verdict::Expired);
    QCOMPARE(result.reasonCode, QStringLiteral("pd.expired"));
    QCOMPARE(result.checks.expired, std::optional<bool>(true));
    QCOMPARE(result.checks.signature, Recognition::Signature::Valid);

    content.expiresAt = checkTime(); // valid through its last second
    QVERIFY(verify(signer.sign(content)->toLatin1(), trusting(key)).isValid());

    content.expiresAt = {};
    content.issuedAt = checkTime().addSecs(PdCodeVerifier::maxClockSkewSecs - 60);
    QVERIFY(verify(signer.sign(content)->toLatin1(), trusting(key)).isValid());
    content.issuedAt = checkTime().addDays(2);
    result = verify(signer.sign(content)->toLatin1(), trusting(key));
    QCOMPARE(result.verdict, Verdict::Invalid);
    QCOMPARE(result.reasonCode, QStringLiteral("pd.issued_in_future"));
}

void TestPdCodes::malformed_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reasonCode");

    const PdKeyPair key = seededKey('k');
    const QString person = QStringLiteral("pd-person");
    const QString unreadable = QStringLiteral("unreadable");
    const QByteArray good = PdCodeSigner(key).sign(::person())->toLatin1();

    QTest::newRow("version 2") << QByteArray("PD2:" + good.mid(4)) << QStringLiteral("text")
                               << unreadable << QStringLiteral("pd.version");
    QTest::newRow("version 01") << QByteArray("PD01:" + good.mid(4)) << QStringLiteral("text")
                                << unreadable << QStringLiteral("pd.version");
    QTest::newRow("type X") << QByteArray("PD1:X" + good.mid(5)) << QStringLiteral("text")
                            << unreadable << QStringLiteral("pd.type");
    QTest::newRow("prefix only") << QByteArray("PD1:") << QStringLiteral("text") << unreadable
                                 << QStringLiteral("pd.type");
    QTest::newRow("type only") << QByteArray("PD1:P") << person << unreadable
                               << QStringLiteral("pd.truncated");
    QTest::newRow("lower case") << QByteArray("PD1:P" + good.mid(5).toLower()) << person
                                << unreadable << QStringLiteral("pd.base45");
    QByteArray oneOver = good;
    while ((oneOver.size() - 5) % 3 != 1)
        oneOver += '0';
    QTest::newRow("3n+1 characters")
        << oneOver << person << unreadable << QStringLiteral("pd.base45");
    QTest::newRow("group over 65535")
        << QByteArray("PD1:P:::") << person << unreadable << QStringLiteral("pd.base45");
    QTest::newRow("too long") << QByteArray("PD1:P" + QByteArray(1500, '0')) << person << unreadable
                              << QStringLiteral("pd.length");
    QTest::newRow("kid and signature only")
        << QByteArray("PD1:P" + Base45::encode(QByteArray(68, 'x'))) << person << unreadable
        << QStringLiteral("pd.truncated");
    QTest::newRow("claims not a map") << craft(key, QCborArray {1, 2}.toCborValue().toCbor())
                                      << person << unreadable << QStringLiteral("pd.cbor");
    QTest::newRow("byte after the map")
        << craft(key, personClaims() + '\0') << person << unreadable << QStringLiteral("pd.cbor");
    QTest::newRow("map cut short") << craft(key, personClaims().chopped(3)) << person << unreadable
                                   << QStringLiteral("pd.cbor");
    QTest::newRow("empty map") << craft(key, cbor(QCborMap())) << person << unreadable
                               << QStringLiteral("pd.claim");
    QTest::newRow("no issue time") << craft(key, cbor(QCborMap {{10, QStringLiteral("A")}}))
                                   << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("negative issue time")
        << craft(key, cbor(QCborMap {{1, -5}, {10, QStringLiteral("A")}})) << person << unreadable
        << QStringLiteral("pd.claim");
    QTest::newRow("huge issue time") << craft(
        key, cbor(QCborMap {{1, Q_INT64_C(9000000000000000000)}, {10, QStringLiteral("A")}}))
                                     << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("name is a number") << craft(key, cbor(QCborMap {{1, 1631588400}, {10, 42}}))
                                      << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("no name") << craft(key, cbor(QCborMap {{1, 1631588400}})) << person << unreadable
                             << QStringLiteral("pd.claim");
    QTest::newRow("sex 7") << craft(
        key, cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("A")}, {12, 7}}))
                           << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("30 February") << craft(key,
                                          cbor(QCborMap {{1, 1631588400},
                                                         {10, QStringLiteral("A")},
                                                         {11, QStringLiteral("1990-02-30")}}))
                                 << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("record id of 3 bytes") << craft(
        key, cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("A")}, {3, QByteArray("abc")}}))
                                          << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("unit code 1234") << craft(
        key,
        cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("A")}, {16, QStringLiteral("1234")}}))
                                    << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("name of 201 characters")
        << craft(key, cbor(QCborMap {{1, 1631588400}, {10, QString(201, QLatin1Char('a'))}}))
        << person << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("venue without a name")
        << craft(key, cbor(QCborMap {{1, 1631588400}, {10, QStringLiteral("A")}}), "PD1:V")
        << QStringLiteral("pd-venue") << unreadable << QStringLiteral("pd.claim");
    QTest::newRow("venue kind 5") << craft(
        key, cbor(QCborMap {{1, 1631588400}, {20, QStringLiteral("A")}, {23, 5}}), "PD1:V")
                                  << QStringLiteral("pd-venue") << unreadable
                                  << QStringLiteral("pd.claim");
    QTest::newRow("unknown claims are ignored")
        << craft(key,
                 cbor(QCborMap {{1, 1631588400},
                                {10, QStringLiteral("A")},
                                {99, QStringLiteral("later")},
                                {QStringLiteral("x"), 1}}))
        << person << QStringLiteral("valid") << QStringLiteral("ok");
}

void TestPdCodes::malformed()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, kind);
    QFETCH(QString, verdict);
    QFETCH(QString, reasonCode);

    const Recognition result = verify(code, trusting(seededKey('k')));
    QCOMPARE(result.reasonCode, reasonCode);
    QCOMPARE(Recognition::kindName(result.kind), kind);
    QCOMPARE(Recognition::verdictName(result.verdict), verdict);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(result.checks.decoded, verdict != QLatin1String("unreadable"));
}

void TestPdCodes::signerRefuses_data()
{
    QTest::addColumn<PdCodeContent>("content");
    QTest::addColumn<QString>("errorCode");

    PdCodeContent content = person();
    content.issuedAt = {};
    QTest::newRow("no issue time") << content << QStringLiteral("pd.content");
    content = person();
    content.fullName = QStringLiteral("  ");
    QTest::newRow("no name") << content << QStringLiteral("pd.content");
    content = venue();
    content.venueName.clear();
    QTest::newRow("no venue name") << content << QStringLiteral("pd.content");
    content = person();
    content.unitCode = QStringLiteral("1234");
    QTest::newRow("unit code 1234") << content << QStringLiteral("pd.content");
    content = person();
    content.recordId = QStringLiteral("not-a-uuid");
    QTest::newRow("record id") << content << QStringLiteral("pd.content");
    content = person();
    content.expiresAt = content.issuedAt;
    QTest::newRow("expires when issued") << content << QStringLiteral("pd.content");
    content = person();
    content.address = QString(201, QChar(0x1EA1)); // ạ
    QTest::newRow("address of 201 characters") << content << QStringLiteral("pd.content");
    content = person();
    content.address = content.fullName = content.idNumber = content.phone =
        QString(200, QChar(0x1EA1));
    QTest::newRow("too long for a QR") << content << QStringLiteral("pd.length");
}

void TestPdCodes::signerRefuses()
{
    QFETCH(PdCodeContent, content);
    QFETCH(QString, errorCode);
    const Result<QString> code = PdCodeSigner(seededKey('k')).sign(content);
    QVERIFY(!code);
    QCOMPARE(code.error().code, errorCode);
    QVERIFY(!code.error().message.isEmpty());
}

void TestPdCodes::keyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("checkpoint.sqlite"));
    ManualClock clock(checkTime().toMSecsSinceEpoch());
    QByteArray devicePublicKey;
    const PdKeyPair province = seededKey('p');
    {
        auto context = CoreContext::open(path, {}, clock);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        DeviceSettings settings = *(*context)->settings().load();
        settings.deviceName = QStringLiteral("Chốt Km 5");
        QVERIFY((*context)->saveSettings(settings));
        PdKeyStore store(**context);

        QVERIFY(store.deviceKey() && !*store.deviceKey());
        QVERIFY(store.trustedKeys() && store.trustedKeys()->isEmpty());
        const Result<PdKeyPair> key = store.ensureDeviceKey();
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        devicePublicKey = key->publicKey();
        QCOMPARE(store.ensureDeviceKey()->publicKey(), devicePublicKey);
        QCOMPARE((*store.deviceKey())->publicKey(), devicePublicKey);

        const PdTrustedKeys own = *store.trustedKeys();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.keys().first().label, QStringLiteral("Chốt Km 5"));
        QCOMPARE(own.keys().first().usages, int(PdTrustedKey::SignsAll));

        QVERIFY(store.trust(
            {province.publicKey(), QStringLiteral("CDC Bình Định"), PdTrustedKey::SignsPerson}));
        QVERIFY(store.trust({province.publicKey(), QStringLiteral("CDC tỉnh Bình Định"),
                             PdTrustedKey::SignsPerson}));
        QCOMPARE(store.trustedKeys()->size(), 2);
        QCOMPARE(store.trustedKeys()->withKeyId(province.keyId()).first().label,
                 QStringLiteral("CDC tỉnh Bình Định"));
        QCOMPARE(store.trust({QByteArray(31, 'x'), {}, PdTrustedKey::SignsAll}).error().code,
                 QStringLiteral("pd_key.public_key"));
        QCOMPARE(store.trust({province.publicKey(), {}, 0}).error().code,
                 QStringLiteral("pd_key.usages"));

        // Codes the device and the province signed verify with the stored keys.
        const PdTrustedKeys keys = *store.trustedKeys();
        QVERIFY(verify(PdCodeSigner(*key).sign(venue())->toLatin1(), keys).isValid());
        QVERIFY(verify(PdCodeSigner(province).sign(person())->toLatin1(), keys).isValid());
        QCOMPARE(verify(PdCodeSigner(province).sign(venue())->toLatin1(), keys).reasonCode,
                 QStringLiteral("pd.key_usage"));

        QVERIFY(store.distrust(province.publicKey()));
        QCOMPARE(store.distrust(province.publicKey()).error().code,
                 QStringLiteral("pd_key.not_found"));
        QCOMPARE(verify(PdCodeSigner(province).sign(person())->toLatin1(), *store.trustedKeys())
                     .reasonCode,
                 QStringLiteral("pd.unknown_key"));
        // Trusting it again brings the row back.
        QVERIFY(
            store.trust({province.publicKey(), QStringLiteral("CDC"), PdTrustedKey::SignsPerson}));
        QCOMPARE(store.trustedKeys()->size(), 2);

        // Audited, with the key id and usages only.
        QSqlQuery query((*context)->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT action, entity_id, detail FROM audit_log WHERE action LIKE 'pd_key.%' "
            "ORDER BY hlc")));
        QStringList actions;
        while (query.next()) {
            actions << query.value(0).toString();
            QCOMPARE(query.value(1).toString().size(), 8);
            QVERIFY(!query.value(2).toString().contains(QStringLiteral("Bình")));
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("pd_key.trust"), QStringLiteral("pd_key.create"),
                               QStringLiteral("pd_key.trust"), QStringLiteral("pd_key.trust"),
                               QStringLiteral("pd_key.distrust"), QStringLiteral("pd_key.trust")}));
    }
    {
        // Reopened: the same device key; the migration is recorded.
        auto context = CoreContext::open(path, {}, clock);
        QVERIFY(context);
        PdKeyStore store(**context);
        QCOMPARE((*store.deviceKey())->publicKey(), devicePublicKey);
        QCOMPARE(store.trustedKeys()->size(), 2);
        QSqlQuery query((*context)->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM schema_migrations WHERE module = 'core' AND version = 2")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The seed is in the device-key table only, which never syncs; the
        // trusted public keys do, so the province can hand them out.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'pd_device_key'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'pd_trusted_key'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }
}

QTEST_GUILESS_MAIN(TestPdCodes)
#include "tst_pdcodes.moc"
