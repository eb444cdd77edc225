// Vietnamese text folding for search (DESIGN.md: "Nguyễn Văn Đức" ⇄
// "nguyen van duc", đ→d) and the FTS5 expressions built from it.

#include "database.h"
#include "foldedsearchindex.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::fold;
using pd::core::FoldedSearchIndex;

class TestTextFold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void foldText_data();
    void foldText();
    void foldIsIdempotent_data() { foldText_data(); }
    void foldIsIdempotent();
    void composedAndDecomposedFoldAlike_data() { foldText_data(); }
    void composedAndDecomposedFoldAlike();
    void everyToneOfEveryVowel();
    void matchExpression_data();
    void matchExpression();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pd::core::Database> m_database;
};

void TestTextFold::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A real FTS5 index to check that every expression parses.
    auto database = pd::core::Database::open(m_dir.filePath(u"fold.sqlite"_s));
    QVERIFY(database);
    m_database = std::move(*database);
    QVERIFY(m_database->exec(
        u"CREATE TABLE fold_sample (name TEXT NOT NULL, folded_name TEXT NOT NULL)"_s));
    const FoldedSearchIndex index {u"fold_sample"_s, {u"folded_name"_s}};
    QVERIFY(index.ensure(*m_database));
    for (const QString &name :
         {u"Nguyễn Văn Đức"_s, u"Trần Thị Hoà"_s, u"Lê Thuỷ"_s, u"Đặng 12/3"_s})
        QVERIFY(m_database->exec(u"INSERT INTO fold_sample(name, folded_name) VALUES(?, ?)"_s,
                                 {name, fold(name)}));
}

void TestTextFold::cleanupTestCase()
{
    m_database.reset();
}

void TestTextFold::foldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString duc = u"nguyen van duc"_s;
    // Names as people type them and as cards print them.
    QTest::newRow("full name") << u"Nguyễn Văn Đức"_s << duc;
    QTest::newRow("upper case, accented") << u"NGUYỄN VĂN ĐỨC"_s << duc;
    QTest::newRow("upper case, unaccented (QR code)") << u"NGUYEN VAN DUC"_s << duc;
    QTest::newRow("lower case, unaccented") << u"nguyen van duc"_s << duc;
    QTest::newRow("mixed case") << u"nGuYễN vĂn đỨc"_s << duc;
    QTest::newRow("zero-width space and soft hyphen")
        << u"Nguy\u200Bễn V\u00ADăn \uFEFFĐức"_s << duc;
    QTest::newRow("decomposed (NFD)")
        << u"Nguye\u0302\u0303n Va\u0306n \u0110u\u031B\u0301c"_s << duc;
    QTest::newRow("decomposed, tone before hat")
        << u"Nguye\u0303\u0302n Va\u0306n \u0110u\u0301\u031Bc"_s << duc;
    QTest::newRow("hat composed, tone combining (legacy input)")
        << u"Nguyê\u0303n Văn Đư\u0301c"_s << duc;
    QTest::newRow("double spaces") << u"nguyễn  văn   đức"_s << duc;
    QTest::newRow("leading and trailing space") << u"  Nguyễn Văn Đức \t\n"_s << duc;
    QTest::newRow("non-breaking spaces") << u"Nguyễn\u00A0Văn\u00A0\u00A0Đức\u00A0"_s << duc;
    QTest::newRow("tab and newline inside") << u"Nguyễn\tVăn\r\nĐức"_s << duc;
    QTest::newRow("ideographic and em spaces") << u"Nguyễn\u3000Văn\u2003Đức"_s << duc;

    // Tone placement: old style (hoà, thuỷ) and new style (hòa, thủy).
    QTest::newRow("Hoà (old style)") << u"Hoà"_s << u"hoa"_s;
    QTest::newRow("Hòa (new style)") << u"Hòa"_s << u"hoa"_s;
    QTest::newRow("Thuỷ (old style)") << u"Thuỷ"_s << u"thuy"_s;
    QTest::newRow("Thủy (new style)") << u"Thủy"_s << u"thuy"_s;
    QTest::newRow("Khoẻ (old style)") << u"Khoẻ"_s << u"khoe"_s;
    QTest::newRow("Khỏe (new style)") << u"Khỏe"_s << u"khoe"_s;
    QTest::newRow("Quý") << u"Quý"_s << u"quy"_s;
    QTest::newRow("Qúy") << u"Qúy"_s << u"quy"_s;

    // đ and Đ have no decomposition.
    QTest::newRow("đ") << u"đ"_s << u"d"_s;
    QTest::newRow("Đ") << u"Đ"_s << u"d"_s;
    QTest::newRow("Đà Nẵng") << u"Đà Nẵng"_s << u"da nang"_s;
    QTest::newRow("ĐẮK LẮK") << u"ĐẮK LẮK"_s << u"dak lak"_s;
    QTest::newRow("Ð (U+00D0) typed for Đ") << u"\u00D0à Lạt"_s << u"da lat"_s;

    // Each hatted vowel with no tone and the five tones, both cases.
    QTest::newRow("ă with tones") << u"ă ằ ẳ ẵ ắ ặ"_s << u"a a a a a a"_s;
    QTest::newRow("Ă with tones") << u"Ă Ằ Ẳ Ẵ Ắ Ặ"_s << u"a a a a a a"_s;
    QTest::newRow("â with tones") << u"â ầ ẩ ẫ ấ ậ"_s << u"a a a a a a"_s;
    QTest::newRow("Â with tones") << u"Â Ầ Ẩ Ẫ Ấ Ậ"_s << u"a a a a a a"_s;
    QTest::newRow("ê with tones") << u"ê ề ể ễ ế ệ"_s << u"e e e e e e"_s;
    QTest::newRow("Ê with tones") << u"Ê Ề Ể Ễ Ế Ệ"_s << u"e e e e e e"_s;
    QTest::newRow("ô with tones") << u"ô ồ ổ ỗ ố ộ"_s << u"o o o o o o"_s;
    QTest::newRow("Ô with tones") << u"Ô Ồ Ổ Ỗ Ố Ộ"_s << u"o o o o o o"_s;
    QTest::newRow("ơ with tones") << u"ơ ờ ở ỡ ớ ợ"_s << u"o o o o o o"_s;
    QTest::newRow("Ơ with tones") << u"Ơ Ờ Ở Ỡ Ớ Ợ"_s << u"o o o o o o"_s;
    QTest::newRow("ư with tones") << u"ư ừ ử ữ ứ ự"_s << u"u u u u u u"_s;
    QTest::newRow("Ư with tones") << u"Ư Ừ Ử Ữ Ứ Ự"_s << u"u u u u u u"_s;
    // And the plain vowels.
    QTest::newRow("a with tones") << u"a à ả ã á ạ"_s << u"a a a a a a"_s;
    QTest::newRow("e with tones") << u"e è ẻ ẽ é ẹ"_s << u"e e e e e e"_s;
    QTest::newRow("i with tones") << u"i ì ỉ ĩ í ị"_s << u"i i i i i i"_s;
    QTest::newRow("o with tones") << u"o ò ỏ õ ó ọ"_s << u"o o o o o o"_s;
    QTest::newRow("u with tones") << u"u ù ủ ũ ú ụ"_s << u"u u u u u u"_s;
    QTest::newRow("y with tones") << u"y ỳ ỷ ỹ ý ỵ"_s << u"y y y y y y"_s;
    QTest::newRow("upper-case vowels with tones") << u"À Ẻ Ĩ Õ Ú Ỵ"_s << u"a e i o u y"_s;

    // Places and names.
    QTest::newRow("Thành phố Hồ Chí Minh")
        << u"Thành phố Hồ Chí Minh"_s << u"thanh pho ho chi minh"_s;
    QTest::newRow("Thừa Thiên Huế") << u"Thừa Thiên Huế"_s << u"thua thien hue"_s;
    QTest::newRow("Phường Phúc Xá") << u"Phường Phúc Xá"_s << u"phuong phuc xa"_s;
    QTest::newRow("ĐẶNG THỊ HƯỜNG") << u"ĐẶNG THỊ HƯỜNG"_s << u"dang thi huong"_s;
    QTest::newRow("Lê Thị Ánh Tuyết") << u"Lê Thị Ánh Tuyết"_s << u"le thi anh tuyet"_s;
    QTest::newRow("Ê Đê name with apostrophe") << u"H'Hen Niê"_s << u"h'hen nie"_s;

    // Digits and punctuation are kept.
    QTest::newRow("address") << u"Số 12/3, Ngõ 45-A (Tổ 7)"_s << u"so 12/3, ngo 45-a (to 7)"_s;
    QTest::newRow("province with dash") << u"Bà Rịa - Vũng Tàu"_s << u"ba ria - vung tau"_s;
    QTest::newRow("CCCD number") << u"CCCD: 001099012345"_s << u"cccd: 001099012345"_s;
    QTest::newRow("date") << u"01/07/2021"_s << u"01/07/2021"_s;
    QTest::newRow("digits only") << u"0912345678"_s << u"0912345678"_s;

    // Empty and blank.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces only") << u"   "_s << QString();
    QTest::newRow("non-breaking space only") << u"\u00A0"_s << QString();

    // Other Latin accents fold the same way.
    QTest::newRow("Café") << u"Café"_s << u"cafe"_s;
}

void TestTextFold::foldText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(fold(text), expected);
}

void TestTextFold::foldIsIdempotent()
{
    QFETCH(QString, text);
    const QString once = fold(text);
    QCOMPARE(fold(once), once);
}

void TestTextFold::composedAndDecomposedFoldAlike()
{
    QFETCH(QString, text);
    const QString expected = fold(text);
    QCOMPARE(fold(text.normalized(QString::NormalizationForm_C)), expected);
    QCOMPARE(fold(text.normalized(QString::NormalizationForm_D)), expected);
    QCOMPARE(fold(text.toUpper()), expected);
}

void TestTextFold::everyToneOfEveryVowel()
{
    // Built from base letters and combining marks, so no precomposed
    // character of the 134 is missed: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with
    // no tone, huyền, hỏi, ngã, sắc, nặng; both cases.
    struct Vowel {
        char16_t base;
        char16_t hat; // 0 when none
        char16_t folded;
    };
    const Vowel vowels[] = {{u'a', 0, u'a'}, {u'a', 0x0306, u'a'}, {u'a', 0x0302, u'a'},
                            {u'e', 0, u'e'}, {u'e', 0x0302, u'e'}, {u'i', 0, u'i'},
                            {u'o', 0, u'o'}, {u'o', 0x0302, u'o'}, {u'o', 0x031B, u'o'},
                            {u'u', 0, u'u'}, {u'u', 0x031B, u'u'}, {u'y', 0, u'y'}};
    const char16_t tones[] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
    int checked = 0;
    for (const Vowel &vowel : vowels) {
        for (const char16_t tone : tones) {
            for (const bool upper : {false, true}) {
                const QChar base(vowel.base);
                QString letter(upper ? base.toUpper() : base);
                if (vowel.hat)
                    letter += QChar(vowel.hat);
                if (tone)
                    letter += QChar(tone);
                const QString composed = letter.normalized(QString::NormalizationForm_C);
                QCOMPARE(composed.size(), qsizetype(1)); // Unicode has every one precomposed
                QCOMPARE(fold(composed), QString(QChar(vowel.folded)));
                QCOMPARE(fold(letter), QString(QChar(vowel.folded)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 12 * 6 * 2);
}

void TestTextFold::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("matches"); // rows of the test table found

    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("blank") << u" \t\u00A0"_s << QString() << 0;
    QTest::newRow("punctuation only") << u"*** \"\" - ()"_s << QString() << 0;
    QTest::newRow("full name") << u"Nguyễn Văn Đức"_s << u"\"nguyen\"* \"van\"* \"duc\"*"_s << 1;
    QTest::newRow("unaccented upper case")
        << u"NGUYEN VAN DUC"_s << u"\"nguyen\"* \"van\"* \"duc\"*"_s << 1;
    QTest::newRow("any order, prefixes") << u"duc nguy"_s << u"\"duc\"* \"nguy\"*"_s << 1;
    QTest::newRow("one letter") << u"đ"_s << u"\"d\"*"_s << 2;
    QTest::newRow("tone placement") << u"hòa"_s << u"\"hoa\"*"_s << 1;
    QTest::newRow("decomposed") << u"Thu\u0309y"_s << u"\"thuy\"*"_s << 1;
    QTest::newRow("extra white space") << u"  le \u00A0 thuy  "_s << u"\"le\"* \"thuy\"*"_s << 1;
    QTest::newRow("punctuation splits words") << u"12/3"_s << u"\"12\"* \"3\"*"_s << 1;
    QTest::newRow("comma-separated") << u"tran,hoa"_s << u"\"tran\"* \"hoa\"*"_s << 1;
    QTest::newRow("FTS operators are plain words")
        << u"van OR NOT NEAR AND"_s << u"\"van\"* \"or\"* \"not\"* \"near\"* \"and\"*"_s << 0;
    QTest::newRow("quotes and stars cannot inject")
        << u"\"duc\"* OR x"_s << u"\"duc\"* \"or\"* \"x\"*"_s << 0;
    QTest::newRow("column filter cannot inject")
        << u"folded_name:duc"_s << u"\"folded\"* \"name\"* \"duc\"*"_s << 0;
    QTest::newRow("no match") << u"xyzzy"_s << u"\"xyzzy\"*"_s << 0;
}

void TestTextFold::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, matches);

    const QString expression = FoldedSearchIndex::matchExpression(text);
    QCOMPARE(expression, expected);
    if (expression.isEmpty())
        return;

    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(u"SELECT COUNT(*) FROM fold_sample JOIN fold_sample_fts ON "
                          u"fold_sample_fts.rowid = fold_sample.rowid "
                          "WHERE fold_sample_fts MATCH ?"_s));
    query.addBindValue(expression);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), matches);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
