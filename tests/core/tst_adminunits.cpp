// The GSO administrative units of 2021 loaded by CoreContext into a real
// SQLite file: counts, lookups, paths and folded search.

#include "adminunitstore.h"
#include "clock.h"
#include "corecontext.h"
#include "textfold.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::AdminUnit;
using pd::core::AdminUnitStore;
using pd::core::CoreContext;

namespace {
QStringList codes(const QList<AdminUnit> &units)
{
    QStringList result;
    for (const AdminUnit &unit : units)
        result << unit.code;
    return result;
}

int rowCount(pd::core::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestAdminUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void counts_data();
    void counts();
    void find();
    void fullPath_data();
    void fullPath();
    void children_data();
    void children();
    void search_data();
    void search();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void searchLimit();
    void tableIsReadOnly_data();
    void tableIsReadOnly();
    void secondOpenDoesNotReload();

private:
    AdminUnitStore &units() { return m_context->adminUnits(); }

    QTemporaryDir m_dir;
    QString m_path;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_context;
};

void TestAdminUnits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"units.sqlite"_s);
    auto context = CoreContext::open(m_path, {}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
}

void TestAdminUnits::cleanupTestCase()
{
    m_context.reset();
}

void TestAdminUnits::counts_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("expected");

    // resources/data/admin_units.csv, GSO list of 2021.
    QTest::newRow("provinces") << int(AdminUnit::Level::Province) << 63;
    QTest::newRow("districts") << int(AdminUnit::Level::District) << 705;
    QTest::newRow("communes") << int(AdminUnit::Level::Commune) << 10599;
}

void TestAdminUnits::counts()
{
    QFETCH(int, level);
    QFETCH(int, expected);
    QCOMPARE(units().count(AdminUnit::Level(level)), expected);
    QCOMPARE(rowCount(m_context->database(),
                      u"SELECT COUNT(*) FROM admin_unit WHERE level = %1"_s.arg(level)),
             expected);
}

void TestAdminUnits::find()
{
    const auto phucXa = units().find(u"00001"_s);
    QVERIFY(phucXa);
    QCOMPARE(phucXa->code, u"00001"_s);
    QCOMPARE(phucXa->parentCode, u"001"_s);
    QCOMPARE(phucXa->level, AdminUnit::Level::Commune);
    QCOMPARE(phucXa->kind, u"Phường"_s);
    QCOMPARE(phucXa->name, u"Phúc Xá"_s);
    QCOMPARE(phucXa->displayName(), u"Phường Phúc Xá"_s);

    const auto baDinh = units().find(u"001"_s);
    QVERIFY(baDinh);
    QCOMPARE(baDinh->level, AdminUnit::Level::District);
    QCOMPARE(baDinh->parentCode, u"01"_s);
    QCOMPARE(baDinh->displayName(), u"Quận Ba Đình"_s);

    const auto haNoi = units().find(u"01"_s);
    QVERIFY(haNoi);
    QCOMPARE(haNoi->level, AdminUnit::Level::Province);
    QVERIFY(haNoi->parentCode.isEmpty());
    QCOMPARE(haNoi->displayName(), u"Thành phố Hà Nội"_s);

    QVERIFY(!units().find(u"99999"_s));
    QVERIFY(!units().find(QString()));
    QVERIFY(!units().find(u"1"_s)); // codes keep their leading zeros
}

void TestAdminUnits::fullPath_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ward") << u"00001"_s << u"Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"_s;
    QTest::newRow("district") << u"001"_s << u"Quận Ba Đình, Thành phố Hà Nội"_s;
    QTest::newRow("province") << u"01"_s << u"Thành phố Hà Nội"_s;
    QTest::newRow("ward of the same name elsewhere")
        << u"14776"_s << u"Phường Ba Đình, Thành phố Thanh Hóa, Tỉnh Thanh Hóa"_s;
    QTest::newRow("unknown") << u"99999"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAdminUnits::fullPath()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);

    QCOMPARE(units().fullPath(code), expected);
}

void TestAdminUnits::children_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<int>("childLevel");

    QTest::newRow("provinces") << QString() << 63 << int(AdminUnit::Level::Province);
    QTest::newRow("districts of Hà Nội") << u"01"_s << 30 << int(AdminUnit::Level::District);
    QTest::newRow("wards of Ba Đình") << u"001"_s << 14 << int(AdminUnit::Level::Commune);
    QTest::newRow("a ward has none") << u"00001"_s << 0 << 0;
    QTest::newRow("unknown") << u"99"_s << 0 << 0;
}

void TestAdminUnits::children()
{
    QFETCH(QString, code);
    QFETCH(int, expectedCount);
    QFETCH(int, childLevel);

    const QList<AdminUnit> children = units().children(code);
    QCOMPARE(children.size(), expectedCount);
    QSet<QString> seen;
    for (const AdminUnit &child : children) {
        QCOMPARE(child.parentCode, code);
        QCOMPARE(int(child.level), childLevel);
        QVERIFY(!seen.contains(child.code));
        seen.insert(child.code);
    }
    if (code == u"01"_s)
        QVERIFY(seen.contains(u"001"_s));
}

void TestAdminUnits::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstCode"); // empty: not checked
    QTest::addColumn<QString>("containsCode"); // empty: no results expected

    // "Kim Xá" in Vĩnh Phúc also matches by its path; its own name does not.
    QTest::newRow("ward name") << u"phuc xa"_s << u"00001"_s << u"00001"_s;
    QTest::newRow("ward with its district") << u"phuc xa ba dinh"_s << u"00001"_s << u"00001"_s;
    QTest::newRow("district before communes") << u"ba dinh"_s << u"001"_s << u"001"_s;
    QTest::newRow("province first") << u"ha noi"_s << u"01"_s << u"01"_s;
    QTest::newRow("province, accented") << u"Hà Nội"_s << u"01"_s << u"01"_s;
    QTest::newRow("prefixes") << u"phu xa ba di"_s << QString() << u"00001"_s;
    QTest::newRow("any order") << u"xa phuc"_s << QString() << u"00001"_s;
    QTest::newRow("ward by province") << u"phuc xa ha noi"_s << u"00001"_s << u"00001"_s;
    QTest::newRow("Đà Nẵng unaccented") << u"da nang"_s << u"48"_s << u"48"_s;
    QTest::newRow("nonsense") << u"qqxzv"_s << QString() << QString();
    QTest::newRow("right words, wrong place") << u"phuc xa da nang"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("punctuation only") << u"-- ; *"_s << QString() << QString();
}

void TestAdminUnits::search()
{
    QFETCH(QString, text);
    QFETCH(QString, firstCode);
    QFETCH(QString, containsCode);

    const QList<AdminUnit> results = units().search(text);
    if (containsCode.isEmpty()) {
        QVERIFY2(results.isEmpty(), qPrintable(codes(results).join(u' ')));
        return;
    }
    QVERIFY(!results.isEmpty());
    if (!firstCode.isEmpty())
        QCOMPARE(results.first().code, firstCode);
    const qsizetype found = codes(results).indexOf(containsCode);
    QVERIFY2(found >= 0, qPrintable(codes(results).join(u' ')));

    // Units whose own name holds every typed word first, units found through
    // their parents' names after; each group provinces, then districts, then
    // communes.
    const QStringList typed = pd::core::fold(text).split(u' ', Qt::SkipEmptyParts);
    const auto byOwnName = [&typed](const AdminUnit &unit) {
        const QStringList words = pd::core::fold(unit.name).split(u' ', Qt::SkipEmptyParts);
        return std::all_of(typed.begin(), typed.end(), [&words](const QString &t) {
            return std::any_of(words.begin(), words.end(),
                               [&t](const QString &w) { return w.startsWith(t); });
        });
    };
    for (qsizetype i = 1; i < results.size(); ++i) {
        const bool previousByName = byOwnName(results.at(i - 1));
        const bool currentByName = byOwnName(results.at(i));
        QVERIFY2(previousByName || !currentByName, qPrintable(results.at(i).code));
        if (previousByName == currentByName)
            QVERIFY(int(results.at(i - 1).level) <= int(results.at(i).level));
    }
}

void TestAdminUnits::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QStringList>("variants");

    QTest::newRow("Phúc Xá") << QStringList {u"phuc xa"_s, u"Phúc Xá"_s, u"PHÚC XÁ"_s, u"PHUC XA"_s,
                                             u"Phu\u0301c  Xa\u0301"_s};
    QTest::newRow("Ba Đình") << QStringList {u"ba dinh"_s, u"Ba Đình"_s, u"BA ĐÌNH"_s,
                                             u"BA DINH"_s};
    QTest::newRow("Thừa Thiên Huế") << QStringList {u"thua thien hue"_s, u"Thừa Thiên Huế"_s,
                                                    u"THỪA THIÊN HUẾ"_s, u"THUA THIEN HUE"_s};
    QTest::newRow("Hoà/Hòa") << QStringList {u"hoa binh"_s, u"Hoà Bình"_s, u"Hòa Bình"_s,
                                             u"HOA BINH"_s};
}

void TestAdminUnits::searchIgnoresAccentsAndCase()
{
    QFETCH(QStringList, variants);
    const QStringList expected = codes(units().search(variants.first()));
    QVERIFY(!expected.isEmpty());
    for (const QString &variant : variants)
        QCOMPARE(codes(units().search(variant)), expected);
}

void TestAdminUnits::searchLimit()
{
    QCOMPARE(units().search(u"xa"_s, 5).size(), 5);
    QCOMPARE(units().search(u"xa"_s).size(), 50);
    QCOMPARE(units().search(u"ha noi"_s, 1).size(), 1);
}

void TestAdminUnits::tableIsReadOnly_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("update") << u"UPDATE admin_unit SET name = 'Đổi tên' WHERE code = '01'"_s;
    QTest::newRow("update folded text")
        << u"UPDATE admin_unit SET folded_path = '' WHERE code = '00001'"_s;
    QTest::newRow("delete one") << u"DELETE FROM admin_unit WHERE code = '00001'"_s;
    QTest::newRow("delete all") << u"DELETE FROM admin_unit"_s;
}

void TestAdminUnits::tableIsReadOnly()
{
    QFETCH(QString, statement);
    auto result = m_context->database().exec(statement);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"read-only"_s), qPrintable(result.error().message));
    QCOMPARE(units().find(u"01"_s)->name, u"Hà Nội"_s);
    QCOMPARE(units().fullPath(u"00001"_s), u"Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"_s);
    QCOMPARE(codes(units().search(u"phuc xa ba dinh"_s)), QStringList {u"00001"_s});
}

void TestAdminUnits::secondOpenDoesNotReload()
{
    pd::core::Database &before = m_context->database();
    const int ftsRows = rowCount(
        before, u"SELECT COUNT(*) FROM admin_unit_fts WHERE admin_unit_fts MATCH '\"xa\"*'"_s);
    QVERIFY(ftsRows > 0);
    const QStringList found = codes(units().search(u"ba dinh"_s));
    m_context.reset();

    auto context = CoreContext::open(m_path, {}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
    pd::core::Database &after = m_context->database();
    QCOMPARE(rowCount(after, u"SELECT COUNT(*) FROM admin_unit"_s), 63 + 705 + 10599);
    // The search index was neither rebuilt on top of itself nor lost.
    QCOMPARE(
        rowCount(after,
                 u"SELECT COUNT(*) FROM admin_unit_fts WHERE admin_unit_fts MATCH '\"xa\"*'"_s),
        ftsRows);
    QCOMPARE(codes(units().search(u"ba dinh"_s)), found);
    // FTS5 compares its index with the table: fails on doubled or missing entries.
    auto checked =
        after.exec(u"INSERT INTO admin_unit_fts(admin_unit_fts) VALUES('integrity-check')"_s);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
}

QTEST_GUILESS_MAIN(TestAdminUnits)
#include "tst_adminunits.moc"
