// Recognition of scanned payloads: CCCD QR, unified personal QR, text, the
// dispatch between them and PhongDich/DCC codes, and a mutation run over
// every kind that must never crash. All numbers are made up: the province,
// century and year digits are real rules, the last six digits are not
// anyone's.

#include "cccdqr.h"
#include "coderecognizer.h"
#include "pdcodesigner.h"
#include "unifiedqr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pd::core;
using Kind = Recognition::Kind;
using Verdict = Recognition::Verdict;

namespace {

// The time every table is checked at: mid-September 2021, Hà Nội.
QDateTime checkTime()
{
    return QDateTime(QDate(2021, 9, 15), QTime(10, 0), Qt::OffsetFromUTC, 7 * 3600);
}

Recognition recognize(const QByteArray &payload, const PdTrustedKeys &keys = {})
{
    return CodeRecognizer::recognize(payload, nullptr, keys, checkTime());
}

// A CCCD payload from its seven fields (and any extra ones).
QByteArray cccdPayload(std::initializer_list<const char *> fields)
{
    QByteArrayList list;
    for (const char *field : fields)
        list << QByteArray(field);
    return list.join('|');
}

const QByteArray kDucAddress = "Số 12 ngõ 34 phố Phúc Xá, Phường Phúc Xá, Quận Ba Đình, Hà Nội";

QByteArray duc(const char *id = "001090012345", const char *dob = "17051990",
               const char *sex = "Nam", const char *issued = "10042021")
{
    return cccdPayload({id, "", "Nguyễn Văn Đức", dob, sex, kDucAddress.constData(), issued});
}

// An EU DCC test vector (eu-digital-green-certificates/dgc-testdata, in
// ../shared/testdata/dcc next to the source tree); empty when absent.
QJsonObject readDccVector(const QString &relativePath)
{
    QFile file(qEnvironmentVariable("PD_SOURCE_DIR") + QStringLiteral("/../shared/testdata/dcc/")
               + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

PdKeyPair seededKey(char fill)
{
    return *PdKeyPair::fromSeed(QByteArray(PdKeyPair::seedBytes, fill));
}

} // namespace

class TestRecognition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cccd_data();
    void cccd();
    void cccdFields();
    void cccdValidUntil_data();
    void cccdValidUntil();
    void cccdProvinceCodes();
    void unified_data();
    void unified();
    void unifiedFields();
    void dispatch_data();
    void dispatch();
    void text();
    void dccMapping_data();
    void dccMapping();
    void dccVector();
    void dccEntries_data();
    void dccEntries();
    void json();
    void mutatedInputsNeverCrash();
};

void TestRecognition::cccd_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reasonCode");

    const QString valid = QStringLiteral("valid");
    const QString invalid = QStringLiteral("invalid");
    const QString unreadable = QStringLiteral("unreadable");
    const QString ok = QStringLiteral("ok");

    QTest::newRow("man 1990, empty old id") << duc() << valid << ok;
    QTest::newRow("woman 1995, 9-digit old id")
        << cccdPayload({"079195004321", "025123456", "Trần Thị Ngọc Ánh", "03031995", "Nữ",
                        "45 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh", "22052021"})
        << valid << ok;
    QTest::newRow("man 2004, Nam Định")
        << cccdPayload({"036204000777", "", "Phạm Minh Khôi", "09112004", "Nam",
                        "Xóm 3, Xã Hải Anh, Huyện Hải Hậu, Nam Định", "15082021"})
        << valid << ok;
    QTest::newRow("woman born 29 Feb 2004, Đà Nẵng")
        << cccdPayload({"048304001234", "", "Lê Thị Hoà", "29022004", "Nữ",
                        "12 Bạch Đằng, Phường Hải Châu I, Quận Hải Châu, Đà Nẵng", "01082021"})
        << valid << ok;
    QTest::newRow("12-digit old CMND")
        << cccdPayload({"001090012345", "001090012345", "Nguyễn Văn Đức", "17051990", "Nam",
                        kDucAddress.constData(), "10042021"})
        << valid << ok;
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF" + duc() + "\r\n") << valid << ok;
    QTest::newRow("LF only") << QByteArray(duc() + "\n") << valid << ok;
    QTest::newRow("2024 card: extra empty fields") << QByteArray(duc() + "||||") << valid << ok;
    QTest::newRow("extra non-empty fields") << QByteArray(duc() + "|abc|123") << valid << ok;
    QTest::newRow("spaces around fields")
        << cccdPayload({" 001090012345 ", " ", "  Nguyễn  Văn Đức ", "17051990 ", " Nam",
                        kDucAddress.constData(), " 10042021"})
        << valid << ok;
    QTest::newRow("sex lower case nam") << duc("001090012345", "17051990", "nam") << valid << ok;
    QTest::newRow("sex NAM") << duc("001090012345", "17051990", "NAM") << valid << ok;
    QTest::newRow("sex Nữ NFD") << duc("001190012345", "17051990", "Nu\xCC\x9B\xCC\x83") << valid
                                << ok;
    QTest::newRow("sex NỮ") << duc("001190012345", "17051990", "NỮ") << valid << ok;
    QTest::newRow("sex Nu without diacritics")
        << duc("001190012345", "17051990", "Nu") << valid << ok;

    QTest::newRow("11 digits") << duc("00109001234") << invalid << QStringLiteral("cccd.id_length");
    QTest::newRow("13 digits") << duc("0010900123456") << invalid
                               << QStringLiteral("cccd.id_length");
    QTest::newRow("letter in number")
        << duc("00109001234A") << invalid << QStringLiteral("cccd.id_length");
    QTest::newRow("province 099") << duc("099090012345") << invalid
                                  << QStringLiteral("cccd.province");
    QTest::newRow("province 003 (no such code)")
        << duc("003090012345") << invalid << QStringLiteral("cccd.province");
    QTest::newRow("province 101") << duc("101090012345") << invalid
                                  << QStringLiteral("cccd.province");
    QTest::newRow("century 2000s for 1990")
        << duc("001290012345") << invalid << QStringLiteral("cccd.century");
    QTest::newRow("century 2100s for 1990")
        << duc("001490012345") << invalid << QStringLiteral("cccd.century");
    QTest::newRow("digit 4 female, sex Nam")
        << duc("001190012345") << invalid << QStringLiteral("cccd.sex_digit");
    QTest::newRow("digit 4 male, sex Nữ")
        << duc("001090012345", "17051990", "Nữ") << invalid << QStringLiteral("cccd.sex_digit");
    QTest::newRow("year digits 91 for 1990")
        << duc("001091012345") << invalid << QStringLiteral("cccd.birth_year");
    QTest::newRow("31 February") << duc("001200012345", "31022000") << invalid
                                 << QStringLiteral("cccd.date_of_birth");
    QTest::newRow("29 February 2003")
        << duc("001303012345", "29022003", "Nữ") << invalid << QStringLiteral("cccd.date_of_birth");
    QTest::newRow("month 13") << duc("001090012345", "17131990") << invalid
                              << QStringLiteral("cccd.date_of_birth");
    QTest::newRow("date with slashes")
        << duc("001090012345", "17/05/1990") << invalid << QStringLiteral("cccd.date_of_birth");
    QTest::newRow("born in the future") << duc("001222012345", "01012022", "Nam", "02012022")
                                        << invalid << QStringLiteral("cccd.birth_in_future");
    QTest::newRow("issued 32 January") << duc("001090012345", "17051990", "Nam", "32012021")
                                       << invalid << QStringLiteral("cccd.issue_date");
    QTest::newRow("issued before birth") << cccdPayload(
        {"036204000777", "", "Phạm Minh Khôi", "09112004", "Nam", "Nam Định", "01012003"})
                                         << invalid << QStringLiteral("cccd.issue_before_birth");
    QTest::newRow("issued in the future") << duc("001090012345", "17051990", "Nam", "01012022")
                                          << invalid << QStringLiteral("cccd.issue_in_future");
    QTest::newRow("unknown sex Khác")
        << duc("001090012345", "17051990", "Khác") << invalid << QStringLiteral("cccd.sex");
    QTest::newRow("sex M") << duc("001090012345", "17051990", "M") << invalid
                           << QStringLiteral("cccd.sex");
    QTest::newRow("empty sex") << duc("001090012345", "17051990", "") << invalid
                               << QStringLiteral("cccd.sex");
    QTest::newRow("old id 5 digits")
        << cccdPayload({"001090012345", "12345", "Nguyễn Văn Đức", "17051990", "Nam",
                        kDucAddress.constData(), "10042021"})
        << invalid << QStringLiteral("cccd.old_id");
    QTest::newRow("empty name") << cccdPayload(
        {"001090012345", "", " ", "17051990", "Nam", kDucAddress.constData(), "10042021"})
                                << invalid << QStringLiteral("cccd.full_name");
    QTest::newRow("empty address")
        << cccdPayload({"001090012345", "", "Nguyễn Văn Đức", "17051990", "Nam", "", "10042021"})
        << invalid << QStringLiteral("cccd.address");
    QTest::newRow("past renewal at 25")
        << cccdPayload(
               {"001096004567", "", "Đặng Quốc Bảo", "17051996", "Nam", "Hà Nội", "10012016"})
        << QStringLiteral("expired") << QStringLiteral("cccd.expired");
    QTest::newRow("first failure wins: length before sex")
        << duc("0010900", "17051990", "X") << invalid << QStringLiteral("cccd.id_length");

    QTest::newRow("six fields") << QByteArray("001090012345||Nguyễn Văn Đức|17051990|Nam|Hà Nội")
                                << unreadable << QStringLiteral("cccd.fields");
    QTest::newRow("two fields") << QByteArray("001090012345|") << unreadable
                                << QStringLiteral("cccd.fields");
    QTest::newRow("invalid UTF-8 in the name")
        << QByteArray("001090012345||Nguy\xC3\x28n V\xE1n \xC4|17051990|Nam|Hà Nội|10042021")
        << unreadable << QStringLiteral("cccd.encoding");
    QTest::newRow("Latin-1 encoded")
        << QByteArray("001090012345||Nguy\xEAn V\xE3n|17051990|Nam|H\xE0 N\xF4i|10042021")
        << unreadable << QStringLiteral("cccd.encoding");
    QTest::newRow("overlong UTF-8")
        << QByteArray("001090012345||\xC0\xAF|17051990|Nam|Hà Nội|10042021") << unreadable
        << QStringLiteral("cccd.encoding");
}

void TestRecognition::cccd()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, verdict);
    QFETCH(QString, reasonCode);

    const Recognition result = recognize(payload);
    QCOMPARE(Recognition::kindName(result.kind), QStringLiteral("cccd"));
    QCOMPARE(result.reasonCode, reasonCode);
    QCOMPARE(Recognition::verdictName(result.verdict), verdict);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(result.checks.decoded, verdict != QLatin1String("unreadable"));
    QCOMPARE(result.checks.signature, Recognition::Signature::NotChecked);
    QVERIFY(!result.checks.keyUsage);
}

void TestRecognition::cccdFields()
{
    const Recognition result =
        recognize("\xEF\xBB\xBF"
                  + cccdPayload({"079195004321", "025123456", "Trần  Thị Ngọc Ánh", "03031995",
                                 "Nữ", "45 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
                                 "22052021", "", ""})
                  + "\r\n");
    QVERIFY2(result.isValid(), qPrintable(result.reason));
    QCOMPARE(result.idNumber, QStringLiteral("079195004321"));
    QCOMPARE(result.oldIdNumber, QStringLiteral("025123456"));
    QCOMPARE(result.fullName, QStringLiteral("Trần Thị Ngọc Ánh"));
    QCOMPARE(result.dateOfBirth, BirthDate::fromDate(QDate(1995, 3, 3)));
    QCOMPARE(result.sex, Sex::Female);
    QCOMPARE(result.address,
             QStringLiteral("45 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh"));
    QCOMPARE(result.issueDate, QDate(2021, 5, 22));
    QCOMPARE(result.validUntil, QDate(2035, 3, 3)); // age 26 at issue → renew at 40
    QCOMPARE(result.checks.expired, std::optional<bool>(false));
    QVERIFY(result.phone.isEmpty());

    // An NFD name comes out NFC, so it compares and folds like typed text.
    const Recognition nfd = recognize(cccdPayload({"001090012345", "",
                                                   "Nguye\xCC\x82\xCC\x83n Va\xCC\x86n "
                                                   "\xC4\x90u\xCC\x9B\xCC\x81\x63",
                                                   "17051990", "Nam", "Hà Nội", "10042021"}));
    QVERIFY2(nfd.isValid(), qPrintable(nfd.reason));
    QCOMPARE(nfd.fullName, QStringLiteral("Nguyễn Văn Đức"));

    // Invalid results still carry what could be read.
    const Recognition mismatch = recognize(duc("001290012345"));
    QCOMPARE(mismatch.verdict, Verdict::Invalid);
    QCOMPARE(mismatch.fullName, QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(mismatch.reason,
             QStringLiteral("ID number: digit 4 (century and sex) does not match the date of "
                            "birth."));
}

void TestRecognition::cccdValidUntil_data()
{
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<QDate>("validUntil");

    QTest::newRow("at 19 → 25") << QDate(1996, 5, 17) << QDate(2016, 1, 10) << QDate(2021, 5, 17);
    QTest::newRow("a day over two years before 25 → 25")
        << QDate(1996, 5, 17) << QDate(2019, 5, 16) << QDate(2021, 5, 17);
    QTest::newRow("two years before 25 → 40")
        << QDate(1996, 5, 17) << QDate(2019, 5, 17) << QDate(2036, 5, 17);
    QTest::newRow("at 31 → 40") << QDate(1990, 5, 17) << QDate(2021, 4, 10) << QDate(2030, 5, 17);
    QTest::newRow("at 45 → 60") << QDate(1976, 1, 2) << QDate(2021, 6, 1) << QDate(2036, 1, 2);
    QTest::newRow("at 58 → for life") << QDate(1963, 1, 1) << QDate(2021, 3, 1) << QDate();
    QTest::newRow("at 70 → for life") << QDate(1951, 8, 8) << QDate(2021, 3, 1) << QDate();
    QTest::newRow("2024 law: child at 9 → 14")
        << QDate(2015, 3, 3) << QDate(2024, 8, 1) << QDate(2029, 3, 3);
    QTest::newRow("2014 law: child not renewed at 14")
        << QDate(2008, 3, 3) << QDate(2022, 4, 1) << QDate(2033, 3, 3);
    QTest::newRow("29 February → 28 February")
        << QDate(2004, 2, 29) << QDate(2021, 8, 1) << QDate(2029, 2, 28);
}

void TestRecognition::cccdValidUntil()
{
    QFETCH(QDate, dateOfBirth);
    QFETCH(QDate, issued);
    QFETCH(QDate, validUntil);
    QCOMPARE(CccdQr::validUntil(dateOfBirth, issued), validUntil);
}

void TestRecognition::cccdProvinceCodes()
{
    int count = 0;
    for (int code = 0; code < 1000; ++code) {
        if (CccdQr::isProvinceCode(QStringLiteral("%1").arg(code, 3, 10, QLatin1Char('0'))))
            ++count;
    }
    QCOMPARE(count, 63);
    QVERIFY(CccdQr::isProvinceCode(u"001"));
    QVERIFY(CccdQr::isProvinceCode(u"096"));
    QVERIFY(!CccdQr::isProvinceCode(u"099"));
    QVERIFY(!CccdQr::isProvinceCode(u"01"));
    QVERIFY(!CccdQr::isProvinceCode(u"0a1"));
}

void TestRecognition::unified_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reasonCode");

    const QString valid = QStringLiteral("valid");
    const QString invalid = QStringLiteral("invalid");
    const QString unreadable = QStringLiteral("unreadable");
    const QString ok = QStringLiteral("ok");

    QTest::newRow("CCCD number, empty EXT")
        << QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|QID0001|") << valid << ok;
    QTest::newRow("no EXT field") << QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|Q1")
                                  << valid << ok;
    QTest::newRow("passport, EXT with bars")
        << QByteArray("B1234567|TRAN THI MAI|1985-12-01|HC|Q-98765|{\"sdt\":\"0912345678\"}|x")
        << valid << ok;
    QTest::newRow("year only") << QByteArray("123456789|LE VAN TAM|1958|CMND|Q1|") << valid << ok;
    QTest::newRow("name with diacritics")
        << QByteArray("001090012345|Nguyễn Văn Đức|1990-05-17|CCCD|Q1|") << valid << ok;
    QTest::newRow("BOM and CRLF") << QByteArray(
        "\xEF\xBB\xBF"
        "001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|Q1|\r\n")
                                  << valid << ok;
    QTest::newRow("30 February") << QByteArray("001200012345|HOANG VAN AN|2000-02-30|CCCD|Q1|")
                                 << invalid << QStringLiteral("vn-unified.date_of_birth");
    QTest::newRow("month 13") << QByteArray("001200012345|HOANG VAN AN|2000-13-01|CCCD|Q1|")
                              << invalid << QStringLiteral("vn-unified.date_of_birth");
    QTest::newRow("born in the future")
        << QByteArray("001230012345|HOANG VAN AN|2030-01-01|CCCD|Q1|") << invalid
        << QStringLiteral("vn-unified.birth_in_future");
    QTest::newRow("empty document number") << QByteArray("|NGUYEN VAN DUC|1990-05-17|CCCD|Q1|")
                                           << invalid << QStringLiteral("vn-unified.id_number");
    QTest::newRow("empty name") << QByteArray("001090012345||1990-05-17|CCCD|Q1|") << invalid
                                << QStringLiteral("vn-unified.full_name");
    QTest::newRow("four fields") << QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD")
                                 << unreadable << QStringLiteral("vn-unified.fields");
    QTest::newRow("three fields") << QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17")
                                  << unreadable << QStringLiteral("vn-unified.fields");
    QTest::newRow("invalid UTF-8") << QByteArray("001090012345|NGUY\xC3N|1990-05-17|CCCD|Q1|")
                                   << unreadable << QStringLiteral("vn-unified.encoding");
}

void TestRecognition::unified()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, verdict);
    QFETCH(QString, reasonCode);

    const Recognition result = recognize(payload);
    QCOMPARE(Recognition::kindName(result.kind), QStringLiteral("vn-unified"));
    QCOMPARE(result.reasonCode, reasonCode);
    QCOMPARE(Recognition::verdictName(result.verdict), verdict);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(result.checks.signature, Recognition::Signature::NotChecked);
    QVERIFY(!result.checks.expired);
}

void TestRecognition::unifiedFields()
{
    const Recognition result =
        recognize("B1234567|TRAN THI MAI|1985-12-01|HC|Q-98765|{\"sdt\":\"0912345678\"}|x\r\n");
    QVERIFY(result.isValid());
    QCOMPARE(result.idNumber, QStringLiteral("B1234567"));
    QCOMPARE(result.fullName, QStringLiteral("TRAN THI MAI"));
    QCOMPARE(result.dateOfBirth, BirthDate::fromDate(QDate(1985, 12, 1)));
    QCOMPARE(result.identityType, QStringLiteral("HC"));
    QCOMPARE(result.qid, QStringLiteral("Q-98765"));
    QCOMPARE(result.extension, QStringLiteral("{\"sdt\":\"0912345678\"}|x"));
    QCOMPARE(result.sex, Sex::Unknown);

    const Recognition yearOnly = recognize("123456789|LE VAN TAM|1958|CMND|Q1|");
    QVERIFY(!yearOnly.dateOfBirth.date.isValid());
    QCOMPARE(yearOnly.dateOfBirth.year, 1958);
    QCOMPARE(yearOnly.dateOfBirth.toIsoString(), QStringLiteral("1958"));
}

void TestRecognition::dispatch_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("kind");

    QTest::newRow("CCCD") << duc() << QStringLiteral("cccd");
    QTest::newRow("unified") << QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|Q|")
                             << QStringLiteral("vn-unified");
    QTest::newRow("CCCD-shaped, first field not digits")
        << cccdPayload({"ABC", "", "Nguyễn Văn Đức", "17051990", "Nam", "Hà Nội", "10042021"})
        << QStringLiteral("cccd");
    QTest::newRow("DCC") << QByteArray("HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE")
                         << QStringLiteral("eu-dcc");
    QTest::newRow("DCC prefix only") << QByteArray("HC1:") << QStringLiteral("eu-dcc");
    QTest::newRow("PhongDich person, damaged")
        << QByteArray("PD1:P123") << QStringLiteral("pd-person");
    QTest::newRow("PhongDich venue, damaged") << QByteArray("PD1:V") << QStringLiteral("pd-venue");
    QTest::newRow("PhongDich version 2") << QByteArray("PD2:PABC") << QStringLiteral("text");
    QTest::newRow("PhongDich unknown type") << QByteArray("PD1:XABC") << QStringLiteral("text");
    QTest::newRow("hello") << QByteArray("hello") << QStringLiteral("text");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("text");
    QTest::newRow("only CRLF") << QByteArray("\r\n") << QStringLiteral("text");
    QTest::newRow("URL") << QByteArray("https://tokhaiyte.vn/?page=Checkin&id=12345")
                         << QStringLiteral("text");
    QTest::newRow("short number and a bar") << QByteArray("12|ab") << QStringLiteral("text");
    QTest::newRow("year in third of three fields")
        << QByteArray("abc|def|2021") << QStringLiteral("text");
    QTest::newRow("year in third of five fields")
        << QByteArray("123456789|LE VAN TAM|1958|CMND|Q1") << QStringLiteral("vn-unified");
    QTest::newRow("bars, no digits") << QByteArray("a|b|c") << QStringLiteral("text");
    QTest::newRow("lower-case hc1") << QByteArray("hc1:ABC") << QStringLiteral("text");
    QTest::newRow("binary") << QByteArray("\x00\xFF\xFE\x01", 4) << QStringLiteral("text");
}

void TestRecognition::dispatch()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, kind);
    QCOMPARE(Recognition::kindName(recognize(payload).kind), kind);
}

void TestRecognition::text()
{
    const Recognition hello = recognize("hello\r\n");
    QCOMPARE(hello.kind, Kind::Text);
    QCOMPARE(hello.verdict, Verdict::Unknown);
    QCOMPARE(hello.reasonCode, QStringLiteral("text.unknown"));
    QCOMPARE(hello.text, QStringLiteral("hello"));
    QVERIFY(!hello.checks.decoded);

    const Recognition version2 = recognize("PD2:PABC");
    QCOMPARE(version2.verdict, Verdict::Unreadable);
    QCOMPARE(version2.reasonCode, QStringLiteral("pd.version"));
}

void TestRecognition::dccMapping_data()
{
    QTest::addColumn<bool>("decoded");
    QTest::addColumn<int>("signature");
    QTest::addColumn<int>("expired"); // -1 null, 0 false, 1 true
    QTest::addColumn<int>("keyUsageOk"); // -1 null, 0 false, 1 true
    QTest::addColumn<QString>("failureCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reasonCode");

    using S = DccResult::Signature;
    QTest::newRow("valid") << true << int(S::Valid) << 0 << -1 << QString()
                           << QStringLiteral("valid") << QStringLiteral("ok");
    QTest::newRow("valid, key usage ok") << true << int(S::Valid) << 0 << 1 << QString()
                                         << QStringLiteral("valid") << QStringLiteral("ok");
    QTest::newRow("not decoded") << false << int(S::NotChecked) << -1 << -1
                                 << QStringLiteral("dcc.zlib") << QStringLiteral("unreadable")
                                 << QStringLiteral("dcc.zlib");
    QTest::newRow("no trust list")
        << true << int(S::NotChecked) << 0 << -1 << QString() << QStringLiteral("untrusted")
        << QStringLiteral("dcc.not_checked");
    QTest::newRow("unknown signer")
        << true << int(S::UnknownKey) << 0 << -1 << QStringLiteral("dcc.unknown_kid")
        << QStringLiteral("untrusted") << QStringLiteral("dcc.unknown_kid");
    QTest::newRow("forged") << true << int(S::Invalid) << 0 << -1 << QString()
                            << QStringLiteral("invalid") << QStringLiteral("dcc.signature");
    QTest::newRow("key usage") << true << int(S::Valid) << 0 << 0 << QString()
                               << QStringLiteral("invalid") << QStringLiteral("dcc.key_usage");
    QTest::newRow("expired") << true << int(S::Valid) << 1 << -1 << QString()
                             << QStringLiteral("expired") << QStringLiteral("dcc.expired");
    QTest::newRow("forged and expired: signature first")
        << true << int(S::Invalid) << 1 << -1 << QString() << QStringLiteral("invalid")
        << QStringLiteral("dcc.signature");
}

void TestRecognition::dccMapping()
{
    QFETCH(bool, decoded);
    QFETCH(int, signature);
    QFETCH(int, expired);
    QFETCH(int, keyUsageOk);
    QFETCH(QString, failureCode);
    QFETCH(QString, verdict);
    QFETCH(QString, reasonCode);

    DccResult dcc;
    dcc.decoded = decoded;
    dcc.signature = DccResult::Signature(signature);
    if (expired >= 0)
        dcc.expired = expired == 1;
    if (keyUsageOk >= 0)
        dcc.keyUsageOk = keyUsageOk == 1;
    dcc.failureCode = failureCode;
    if (!failureCode.isEmpty())
        dcc.reason = QStringLiteral("from the DCC verifier");
    dcc.kid = QByteArray::fromHex("0102030405060708");
    dcc.issuer = QStringLiteral("AT");
    dcc.issuedAt = QDateTime(QDate(2021, 6, 1), QTime(0, 0), Qt::UTC);
    dcc.expiresAt = QDateTime(QDate(2022, 6, 1), QTime(0, 0), Qt::UTC);
    dcc.certificate = QJsonDocument::fromJson(R"({"ver":"1.3.0","dob":"1990-05-17",
        "nam":{"fn":"Nguyễn","gn":"Văn Đức","fnt":"NGUYEN","gnt":"VAN<DUC"},
        "v":[{"tg":"840539006","dn":2,"sd":2,"dt":"2021-08-01","co":"VN"}]})")
                          .object();

    const Recognition result = CodeRecognizer::fromDcc(dcc);
    QCOMPARE(result.kind, Kind::EuDcc);
    QCOMPARE(Recognition::verdictName(result.verdict), verdict);
    QCOMPARE(result.reasonCode, reasonCode);
    QCOMPARE(result.checks.decoded, decoded);
    QCOMPARE(int(result.checks.signature), signature); // same order in both enums
    if (!failureCode.isEmpty())
        QCOMPARE(result.reason, QStringLiteral("from the DCC verifier"));
    QCOMPARE(result.fullName, QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(result.dateOfBirth, BirthDate::fromDate(QDate(1990, 5, 17)));
    QCOMPARE(result.certificateType, 'v');
    QCOMPARE(result.certificateEntry.value(QLatin1String("dn")).toInt(), 2);
    QCOMPARE(result.issuer, QStringLiteral("AT"));
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("fields")).toObject().value(QLatin1String("kid")),
             QJsonValue(QStringLiteral("0102030405060708")));
    QCOMPARE(json.value(QLatin1String("checks")).toObject().value(QLatin1String("expired")),
             expired < 0 ? QJsonValue() : QJsonValue(expired == 1));
}

void TestRecognition::dccVector()
{
    // End to end through the DCC verifier: the ES256 vector, with and
    // without its signer in the trust list.
    const QJsonObject vector = readDccVector(QStringLiteral("common/2DCode/raw/CO3.json"));
    if (vector.isEmpty())
        QFAIL("EU DCC test vectors not found (../shared/testdata/dcc)");
    const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();
    const QByteArray payload = vector.value(QLatin1String("PREFIX")).toString().toUtf8();
    const QDateTime at = QDateTime::fromString(
        context.value(QLatin1String("VALIDATIONCLOCK")).toString(), Qt::ISODateWithMs);
    const auto trustList = DccTrustList::fromJson(
        QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("rawData"),
                                                context.value(QLatin1String("CERTIFICATE"))}}})
            .toJson());
    QVERIFY(trustList);

    const Recognition trusted =
        CodeRecognizer::recognize(QByteArray(payload + "\r\n"), &*trustList, {}, at);
    QCOMPARE(trusted.kind, Kind::EuDcc);
    QVERIFY2(trusted.isValid(), qPrintable(trusted.reasonCode + QLatin1Char(' ') + trusted.reason));
    QCOMPARE(trusted.checks.signature, Recognition::Signature::Valid);
    QCOMPARE(trusted.checks.expired, std::optional<bool>(false));
    QCOMPARE(trusted.fullName, QStringLiteral("Musterfrau-Gößinger Gabriele"));
    QCOMPARE(trusted.dateOfBirth, BirthDate::fromDate(QDate(1998, 2, 26)));
    QCOMPARE(trusted.certificateType, 'v');
    QCOMPARE(trusted.certificateEntry.value(QLatin1String("dn")).toInt(), 1);
    QCOMPARE(trusted.issuer, QStringLiteral("AT"));
    QVERIFY(!trusted.keyId.isEmpty());

    const Recognition unchecked = CodeRecognizer::recognize(payload, nullptr, {}, at);
    QCOMPARE(unchecked.verdict, Verdict::Untrusted);
    QCOMPARE(unchecked.checks.signature, Recognition::Signature::NotChecked);
    QCOMPARE(unchecked.fullName, trusted.fullName);

    QByteArray cut = payload;
    cut.chop(10);
    const Recognition damaged = CodeRecognizer::recognize(cut, &*trustList, {}, at);
    QCOMPARE(damaged.kind, Kind::EuDcc);
    QCOMPARE(damaged.verdict, Verdict::Unreadable);
    QVERIFY(damaged.reasonCode.startsWith(QLatin1String("dcc.")));
}

void TestRecognition::dccEntries_data()
{
    QTest::addColumn<QString>("vectorPath");
    QTest::addColumn<QString>("reasonCode");
    // DGC1's signer may sign all three types, and an entry of none of them
    // is already outside its key usage.
    QTest::newRow("DGC1: no entry") << QStringLiteral("common/2DCode/raw/DGC1.json")
                                    << QStringLiteral("dcc.key_usage");
    QTest::newRow("DGC2: recovery and vaccination")
        << QStringLiteral("common/2DCode/raw/DGC2.json") << QStringLiteral("dcc.entries");
}

void TestRecognition::dccEntries()
{
    // Genuinely signed, but the certificate must hold exactly one entry.
    QFETCH(QString, vectorPath);
    QFETCH(QString, reasonCode);
    const QJsonObject vector = readDccVector(vectorPath);
    if (vector.isEmpty())
        QFAIL("EU DCC test vectors not found (../shared/testdata/dcc)");
    const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();
    const auto trustList = DccTrustList::fromJson(
        QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("rawData"),
                                                context.value(QLatin1String("CERTIFICATE"))}}})
            .toJson());
    QVERIFY(trustList);
    const QDateTime at = QDateTime::fromString(
        context.value(QLatin1String("VALIDATIONCLOCK")).toString(), Qt::ISODateWithMs);
    const Recognition result = CodeRecognizer::recognize(
        vector.value(QLatin1String("PREFIX")).toString().toUtf8(), &*trustList, {}, at);
    QCOMPARE(result.checks.signature, Recognition::Signature::Valid);
    QCOMPARE(result.verdict, Verdict::Invalid);
    QCOMPARE(result.reasonCode, reasonCode);
}

void TestRecognition::json()
{
    const QJsonObject hello = recognize("hello").toJson();
    QCOMPARE(QJsonDocument(hello).toJson(QJsonDocument::Compact),
             QByteArray(R"({"checks":{"decoded":false,"expired":null,"key_usage":null,)"
                        R"("signature":"not-checked"},"fields":{"text":"hello"},"kind":"text",)"
                        R"("reason":"Unknown code: not a document PhongDich can check.",)"
                        R"("reason_code":"text.unknown","verdict":"unknown"})"));

    const QJsonObject card = recognize(duc()).toJson();
    QCOMPARE(card.value(QLatin1String("kind")).toString(), QStringLiteral("cccd"));
    QCOMPARE(card.value(QLatin1String("checks")).toObject(),
             (QJsonObject {{QStringLiteral("decoded"), true},
                           {QStringLiteral("signature"), QStringLiteral("not-checked")},
                           {QStringLiteral("expired"), false},
                           {QStringLiteral("key_usage"), QJsonValue()}}));
    QCOMPARE(card.value(QLatin1String("fields")).toObject(),
             (QJsonObject {{QStringLiteral("id_number"), QStringLiteral("001090012345")},
                           {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Đức")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("1990-05-17")},
                           {QStringLiteral("sex"), QStringLiteral("male")},
                           {QStringLiteral("address"), QString::fromUtf8(kDucAddress)},
                           {QStringLiteral("issue_date"), QStringLiteral("2021-04-10")},
                           {QStringLiteral("valid_until"), QStringLiteral("2030-05-17")}}));
}

void TestRecognition::mutatedInputsNeverCrash()
{
    // Seeds of every kind; each is mutated the ways a camera misreads or a
    // fuzzer would: bytes flipped, inserted, deleted, cut, fields repeated.
    const PdKeyPair key = seededKey('k');
    PdTrustedKeys keys;
    keys.add({key.publicKey(), QStringLiteral("test"), PdTrustedKey::SignsAll});
    PdCodeContent person;
    person.issuedAt = checkTime().addDays(-1);
    person.expiresAt = checkTime().addDays(30);
    person.recordId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    person.fullName = QStringLiteral("Võ Thị Sáu");
    person.dateOfBirth = BirthDate::fromDate(QDate(1950, 1, 2));
    person.sex = Sex::Female;
    person.idNumber = QStringLiteral("052150001234");
    person.phone = QStringLiteral("0901234567");
    person.address = QStringLiteral("Thôn 2, Xã Phước Hòa, Huyện Tuy Phước, Bình Định");
    person.unitCode = QStringLiteral("21706");
    PdCodeContent venue;
    venue.type = PdCodeContent::Type::Venue;
    venue.issuedAt = checkTime().addDays(-1);
    venue.venueName = QStringLiteral("Chốt kiểm dịch Km 5 Quốc lộ 1A");
    venue.venueKind = PdCodeContent::VenueKind::Checkpoint;
    venue.unitCode = QStringLiteral("00001");
    const PdCodeSigner signer(key);

    QList<QByteArray> seeds = {
        duc(),
        QByteArray("\xEF\xBB\xBF" + duc() + "||||\r\n"),
        QByteArray("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|QID0001|{\"a\":1}"),
        signer.sign(person)->toLatin1(),
        signer.sign(venue)->toLatin1(),
        QByteArray("HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEPWK G2EP4J0BGJLFX3R3VHXK."
                   "PKEG*HO2T02T2EHZ%I5AEF6B4YM-AQ2C8J5$3T1I2UUUOUTM5BE6O6CVMQ/T2F:2J+K"),
        QByteArray("hello"),
        QByteArray(),
    };
    // A real certificate too, when the EU test vectors are there.
    const QByteArray dcc = readDccVector(QStringLiteral("common/2DCode/raw/CO3.json"))
                               .value(QLatin1String("PREFIX"))
                               .toString()
                               .toUtf8();
    if (!dcc.isEmpty())
        seeds << dcc;
    QVERIFY(recognize(seeds.at(3), keys).isValid());
    QVERIFY(recognize(seeds.at(4), keys).isValid());

    QRandomGenerator random(20210915);
    const char interesting[] = {'|', ':', '\0', '\r', '\n', '\xC3', '\xBF', '\xEF', '0', '9', 'P'};
    int recognised = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray payload = seeds.at(int(random.bounded(int(seeds.size()))));
        const int mutations = 1 + int(random.bounded(4));
        for (int m = 0; m < mutations; ++m) {
            const auto position = payload.isEmpty() ? 0 : int(random.bounded(int(payload.size())));
            switch (random.bounded(6)) {
            case 0:
                if (!payload.isEmpty())
                    payload[position] = char(random.bounded(256));
                break;
            case 1:
                payload.insert(position, interesting[random.bounded(int(sizeof interesting))]);
                break;
            case 2:
                payload.remove(position, 1 + int(random.bounded(3)));
                break;
            case 3:
                payload.truncate(position);
                break;
            case 4:
                payload.insert(position, payload.mid(position, int(random.bounded(20))));
                break;
            case 5:
                if (!payload.isEmpty())
                    payload[position] = char(payload[position] ^ (1 << random.bounded(8)));
                break;
            }
        }
        const Recognition result = recognize(payload, keys);
        QVERIFY(!result.reasonCode.isEmpty());
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(result.isValid(), result.reasonCode == Recognition::okCode());
        // A signed code that was changed can be unreadable or invalid, but
        // never valid (except when the mutation undid itself).
        if ((result.kind == Kind::PdPerson || result.kind == Kind::PdVenue) && result.isValid())
            QVERIFY(CodeRecognizer::normalize(payload) == seeds.at(3)
                    || CodeRecognizer::normalize(payload) == seeds.at(4));
        if (result.verdict != Verdict::Unknown)
            ++recognised;
        QVERIFY(!result.toJson().isEmpty());
    }
    QVERIFY(recognised > 1000);
}

QTEST_GUILESS_MAIN(TestRecognition)
#include "tst_recognition.moc"
