// PersonStore on a real SQLite file: validation of id numbers, names,
// phones and communes; lookups by id number, phone and folded name;
// duplicates and merges; change capture into sync_outbox.
#include "changecapture.h"
#include "clock.h"
#include "conflictstore.h"
#include "corecontext.h"
#include "personstore.h"
#include "role.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::BirthDate;
using pd::core::CoreContext;
using pd::core::Person;
using pd::core::PersonStore;
using pd::core::Sex;

namespace {
BirthDate birthDate(const QString &text)
{
    if (text.size() == 4)
        return BirthDate::fromYear(text.toInt());
    return BirthDate::fromDate(QDate::fromString(text, Qt::ISODate));
}

Person makePerson(const QString &name, const QString &dob, const QString &commune = {},
                  Person::IdKind kind = Person::IdKind::None, const QString &idNumber = {},
                  const QString &phone = {}, Sex sex = Sex::Unknown)
{
    Person person;
    person.fullName = name;
    person.dateOfBirth = birthDate(dob);
    person.communeCode = commune;
    person.idKind = kind;
    person.idNumber = idNumber;
    person.phone = phone;
    person.sex = sex;
    return person;
}
} // namespace

class TestPeople : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void createCapturesAndAudits();
    void existingIdNumberOpensExisting();
    void update();
    void idKindOfNumber_data();
    void idKindOfNumber();
    void findByIdNumber_data();
    void findByIdNumber();
    void findByPhone_data();
    void findByPhone();
    void searchByName_data();
    void searchByName();
    void likelyDuplicates_data();
    void likelyDuplicates();
    void merge();
    void mergeRefused_data();
    void mergeRefused();
    void resolveConflict_data();
    void resolveConflict();
    void resolveConflictRefused();

private:
    void seed();
    // A duplicate-person conflict as the server sends it: two people with one
    // ID number, the first with a phone, the second with a street.
    QString seedConflict();
    int count(const QString &sql);
    PersonStore &store() { return *m_store; }

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_context;
    std::unique_ptr<PersonStore> m_store;
    QHash<QString, QString> m_ids; // short name → person id
};

void TestPeople::init()
{
    QVERIFY(m_dir.isValid());
    auto context =
        CoreContext::open(m_dir.filePath(u"people-%1.sqlite"_s.arg(++m_fileCount)), {}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
    m_context->audit().setActor(u"user-1"_s, u"clerk"_s);
    m_store = std::make_unique<PersonStore>(*m_context);
    m_ids.clear();
}

void TestPeople::cleanup()
{
    m_store.reset();
    m_context.reset();
}

int TestPeople::count(const QString &sql)
{
    QSqlQuery query(m_context->database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Phúc Xá (00001) and Trúc Bạch (00004), Ba Đình, Hà Nội.
void TestPeople::seed()
{
    const QList<std::pair<QString, Person>> people {
        {u"an"_s,
         makePerson(u"Nguyễn Văn An"_s, u"1990-05-17"_s, u"00001"_s, Person::IdKind::Cccd,
                    u"001090012345"_s, u"0912 345 678"_s, Sex::Male)},
        {u"anh"_s,
         makePerson(u"Nguyễn Văn Anh"_s, u"1985"_s, u"00001"_s, Person::IdKind::Cmnd,
                    u"012345678"_s, u"+84912345678"_s)},
        {u"hoa"_s,
         makePerson(u"Trần Thị Hoà"_s, u"1992-03-15"_s, u"00004"_s, Person::IdKind::Passport,
                    u"c1234567"_s, u"0987654321"_s, Sex::Female)},
        {u"thian"_s, makePerson(u"Nguyễn Thị An"_s, u"1990-01-01"_s, u"00004"_s)},
        {u"duc"_s, makePerson(u"Lê Văn Đức"_s, u"1970"_s)},
    };
    for (const auto &[key, person] : people) {
        auto created = store().create(person);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(!created->existed);
        m_ids.insert(key, created->person.id);
    }
}

void TestPeople::validation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("dob");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("code"); // empty: accepted

    const int none = int(Person::IdKind::None), cccd = int(Person::IdKind::Cccd),
              cmnd = int(Person::IdKind::Cmnd), passport = int(Person::IdKind::Passport);
    const int male = int(Sex::Male), female = int(Sex::Female), unknown = int(Sex::Unknown);
    const QString name = u"Nguyễn Văn An"_s;

    QTest::newRow("cccd ok") << cccd << u"001090012345"_s << name << u"1990-05-17"_s << male
                             << u"0912345678"_s << u"00001"_s << QString();
    QTest::newRow("cccd spaced") << cccd << u"001 090 012 345"_s << name << u"1990-05-17"_s << male
                                 << QString() << QString() << QString();
    QTest::newRow("cccd year only") << cccd << u"001090012345"_s << name << u"1990"_s << unknown
                                    << QString() << QString() << QString();
    QTest::newRow("cccd 2000s female") << cccd << u"079305000001"_s << name << u"2005-02-01"_s
                                       << female << QString() << QString() << QString();
    QTest::newRow("cccd no dob") << cccd << u"001090012345"_s << name << QString() << unknown
                                 << QString() << QString() << QString();
    QTest::newRow("cccd 11 digits") << cccd << u"00109001234"_s << name << QString() << unknown
                                    << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("cccd letter") << cccd << u"00109001234X"_s << name << QString() << unknown
                                 << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("cccd province") << cccd << u"000090012345"_s << name << u"1990-05-17"_s << male
                                   << QString() << QString() << u"person.cccd_province"_s;
    QTest::newRow("cccd century") << cccd << u"001290012345"_s << name << u"1990-05-17"_s << male
                                  << QString() << QString() << u"person.cccd_century"_s;
    QTest::newRow("cccd year") << cccd << u"001091012345"_s << name << u"1990-05-17"_s << male
                               << QString() << QString() << u"person.cccd_year"_s;
    QTest::newRow("cccd sex") << cccd << u"001190012345"_s << name << u"1990-05-17"_s << male
                              << QString() << QString() << u"person.cccd_sex"_s;
    QTest::newRow("cmnd 9") << cmnd << u"012345678"_s << name << QString() << unknown << QString()
                            << QString() << QString();
    QTest::newRow("cmnd 12") << cmnd << u"012345678901"_s << name << QString() << unknown
                             << QString() << QString() << QString();
    QTest::newRow("cmnd 10") << cmnd << u"0123456789"_s << name << QString() << unknown << QString()
                             << QString() << u"person.id_number"_s;
    QTest::newRow("passport") << passport << u"C1234567"_s << name << QString() << unknown
                              << QString() << QString() << QString();
    QTest::newRow("passport lower case") << passport << u"b12345"_s << name << QString() << unknown
                                         << QString() << QString() << QString();
    QTest::newRow("passport short") << passport << u"AB123"_s << name << QString() << unknown
                                    << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("passport long") << passport << u"AB12345678"_s << name << QString() << unknown
                                   << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("passport symbol") << passport << u"AB#12345"_s << name << QString() << unknown
                                     << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("none with number") << none << u"123"_s << name << QString() << unknown
                                      << QString() << QString() << u"person.id_number"_s;
    QTest::newRow("none") << none << QString() << name << QString() << unknown << QString()
                          << QString() << QString();
    QTest::newRow("name empty") << none << QString() << QString() << QString() << unknown
                                << QString() << QString() << u"person.name"_s;
    QTest::newRow("name blank") << none << QString() << u"  -  "_s << QString() << unknown
                                << QString() << QString() << u"person.name"_s;
    QTest::newRow("dob future") << none << QString() << name << u"2030-01-01"_s << unknown
                                << QString() << QString() << u"person.birth_date"_s;
    QTest::newRow("dob 1800") << none << QString() << name << u"1800"_s << unknown << QString()
                              << QString() << u"person.birth_date"_s;
    QTest::newRow("phone +84") << none << QString() << name << QString() << unknown
                               << u"+84 912 345 678"_s << QString() << QString();
    QTest::newRow("phone letters") << none << QString() << name << QString() << unknown
                                   << u"09abc45678"_s << QString() << u"person.phone"_s;
    QTest::newRow("phone short") << none << QString() << name << QString() << unknown << u"0912"_s
                                 << QString() << u"person.phone"_s;
    QTest::newRow("commune unknown") << none << QString() << name << QString() << unknown
                                     << QString() << u"99999"_s << u"person.commune"_s;
    QTest::newRow("commune is district") << none << QString() << name << QString() << unknown
                                         << QString() << u"001"_s << u"person.commune"_s;
}

void TestPeople::validation()
{
    QFETCH(int, kind);
    QFETCH(QString, idNumber);
    QFETCH(QString, name);
    QFETCH(QString, dob);
    QFETCH(int, sex);
    QFETCH(QString, phone);
    QFETCH(QString, commune);
    QFETCH(QString, code);

    const int before = count(u"SELECT count(*) FROM person"_s);
    auto created = store().create(
        makePerson(name, dob, commune, Person::IdKind(kind), idNumber, phone, Sex(sex)));
    if (code.isEmpty()) {
        QVERIFY2(created, qPrintable(created ? QString() : created.error().code));
        QVERIFY(!created->existed);
        QCOMPARE(count(u"SELECT count(*) FROM person"_s), before + 1);
    } else {
        QVERIFY(!created);
        QCOMPARE(created.error().code, code);
        QVERIFY(!created.error().message.isEmpty());
        // Messages name the field and never echo the value typed.
        QVERIFY(created.error().message.contains(QLatin1Char(':')));
        if (!idNumber.isEmpty())
            QVERIFY(!created.error().message.contains(idNumber));
        QCOMPARE(count(u"SELECT count(*) FROM person"_s), before);
    }
}

void TestPeople::createCapturesAndAudits()
{
    auto created = store().create(makePerson(u"Nguyễn Văn An"_s, u"1990-05-17"_s, u"00001"_s,
                                             Person::IdKind::Cccd, u"001090012345"_s,
                                             u"+84 912.345.678"_s, Sex::Male));
    QVERIFY(created);
    const Person &person = created->person;
    QCOMPARE(person.foldedName, u"nguyen van an"_s);
    QCOMPARE(person.phone, u"0912345678"_s);
    QCOMPARE(person.createdBy, u"user-1"_s);
    QCOMPARE(person.createdAtMs, m_clock.nowMs());

    QSqlQuery query(m_context->database().connection());
    QVERIFY(query.exec(u"SELECT origin, hlc > 0 FROM person WHERE id = '%1'"_s.arg(person.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), m_context->deviceId());
    QVERIFY(query.value(1).toBool());
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person' AND row_id = "
                   "'%1' AND op = 'insert'"_s.arg(person.id)),
             1);

    QVERIFY(query.exec(u"SELECT action, entity_id, detail, user_id FROM audit_log "
                       "WHERE entity_type = 'person'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"person.create"_s);
    QCOMPARE(query.value(1).toString(), person.id);
    QCOMPARE(query.value(3).toString(), u"user-1"_s);
    const QString detail = query.value(2).toString();
    QVERIFY(!detail.contains(u"001090012345"_s));
    QVERIFY(!detail.contains(u"Nguy"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person_fts WHERE person_fts MATCH 'nguyen'"_s), 1);
}

void TestPeople::existingIdNumberOpensExisting()
{
    seed();
    const int outbox = count(u"SELECT count(*) FROM sync_outbox"_s);
    // Another name and kind: the number alone decides (a 12-digit CMND of
    // the last series is the CCCD number).
    auto again = store().create(makePerson(u"Nguyen Van A"_s, QString(), QString(),
                                           Person::IdKind::Cmnd, u"001 090 012 345"_s));
    QVERIFY(again);
    QVERIFY(again->existed);
    QCOMPARE(again->person.id, m_ids.value(u"an"_s));
    QCOMPARE(again->person.fullName, u"Nguyễn Văn An"_s);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 5);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox"_s), outbox);
}

void TestPeople::update()
{
    seed();
    auto found = store().findById(m_ids.value(u"duc"_s));
    QVERIFY(found && *found);
    Person person = **found;
    person.fullName = u"Lê Minh Đức"_s;
    person.phone = u"0900000001"_s;
    m_context->audit().setActor(u"user-2"_s, u"chief"_s);
    m_clock.advanceMs(1000);
    auto updated = store().update(person);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(updated->foldedName, u"le minh duc"_s);
    QCOMPARE(updated->updatedBy, u"user-2"_s);
    QCOMPARE(updated->createdBy, u"user-1"_s);
    QCOMPARE(updated->updatedAtMs, m_clock.nowMs());
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person' AND op = "
                   "'update' AND row_id = '%1'"_s.arg(person.id)),
             1);
    auto byName = store().searchByName(u"minh duc");
    QVERIFY(byName);
    QCOMPARE(byName->size(), 1);
    QVERIFY(store().searchByName(u"le van duc")->isEmpty());

    // Another person's id number is refused; a bad field is refused.
    person.idKind = Person::IdKind::Cmnd;
    person.idNumber = u"012345678"_s;
    QCOMPARE(store().update(person).error().code, u"person.id_number_taken"_s);
    person.idKind = Person::IdKind::None;
    person.idNumber.clear();
    person.fullName.clear();
    QCOMPARE(store().update(person).error().code, u"person.name"_s);
    person.fullName = u"X"_s;
    person.id = u"no-such-id"_s;
    QCOMPARE(store().update(person).error().code, u"person.not_found"_s);
}

void TestPeople::idKindOfNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("kind");
    using Kind = Person::IdKind;
    QTest::newRow("12 digits") << u"001090653656"_s << int(Kind::Cccd);
    QTest::newRow("12 digits, spaces around") << u" 001090653656 "_s << int(Kind::Cccd);
    QTest::newRow("9 digits") << u"012345678"_s << int(Kind::Cmnd);
    QTest::newRow("10 digits, still typing") << u"0010906536"_s << int(Kind::None);
    QTest::newRow("passport") << u"B1234567"_s << int(Kind::None);
    QTest::newRow("empty") << QString() << int(Kind::None);
}

void TestPeople::idKindOfNumber()
{
    QFETCH(QString, number);
    QFETCH(int, kind);
    QCOMPARE(int(Person::idKindOfNumber(number)), kind);
}

void TestPeople::findByIdNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected"); // key into m_ids; empty: none

    QTest::newRow("cccd") << u"001090012345"_s << u"an"_s;
    QTest::newRow("cccd spaced") << u" 001 090 012 345 "_s << u"an"_s;
    QTest::newRow("cmnd") << u"012345678"_s << u"anh"_s;
    QTest::newRow("passport lower case") << u"c1234567"_s << u"hoa"_s;
    QTest::newRow("prefix is not a match") << u"00109001"_s << QString();
    QTest::newRow("unknown") << u"999999999"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPeople::findByIdNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    seed();
    auto found = store().findByIdNumber(number);
    QVERIFY(found);
    QCOMPARE(found->has_value(), !expected.isEmpty());
    if (*found)
        QCOMPARE((*found)->id, m_ids.value(expected));
}

void TestPeople::findByPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("shared, local form") << u"0912345678"_s << QStringList {u"an"_s, u"anh"_s};
    QTest::newRow("shared, +84") << u"+84 912 345 678"_s << QStringList {u"an"_s, u"anh"_s};
    QTest::newRow("one") << u"0987-654-321"_s << QStringList {u"hoa"_s};
    QTest::newRow("unknown") << u"0900000000"_s << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestPeople::findByPhone()
{
    QFETCH(QString, phone);
    QFETCH(QStringList, expected);
    seed();
    auto found = store().findByPhone(phone);
    QVERIFY(found);
    QStringList ids;
    for (const Person &person : *found)
        ids << person.id;
    QStringList expectedIds;
    for (const QString &key : expected)
        expectedIds << m_ids.value(key);
    QCOMPARE(ids, expectedIds);
}

void TestPeople::searchByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("birthYear"); // 0: any
    QTest::addColumn<QStringList>("expected"); // in order

    QTest::newRow("exact name first") << u"Nguyễn Văn An"_s << 0 << QStringList {u"an"_s, u"anh"_s};
    QTest::newRow("folded") << u"nguyen van an"_s << 0 << QStringList {u"an"_s, u"anh"_s};
    QTest::newRow("words in any order")
        << u"an nguyen"_s << 0 << QStringList {u"thian"_s, u"an"_s, u"anh"_s};
    QTest::newRow("partial words") << u"ngu v a"_s << 0 << QStringList {u"an"_s, u"anh"_s};
    QTest::newRow("prefix before the rest") << u"nguyen thi"_s << 0 << QStringList {u"thian"_s};
    QTest::newRow("with birth year") << u"an"_s << 1990 << QStringList {u"thian"_s, u"an"_s};
    QTest::newRow("year-only birth date") << u"anh"_s << 1985 << QStringList {u"anh"_s};
    QTest::newRow("wrong birth year") << u"nguyen van an"_s << 1991 << QStringList {};
    QTest::newRow("tone variant") << u"Hòa"_s << 0 << QStringList {u"hoa"_s};
    QTest::newRow("đ") << u"đức"_s << 0 << QStringList {u"duc"_s};
    QTest::newRow("upper case") << u"LE DUC"_s << 0 << QStringList {u"duc"_s};
    QTest::newRow("no match") << u"xyz"_s << 0 << QStringList {};
    QTest::newRow("nothing typed") << u" - "_s << 0 << QStringList {};
}

void TestPeople::searchByName()
{
    QFETCH(QString, text);
    QFETCH(int, birthYear);
    QFETCH(QStringList, expected);
    seed();
    auto found =
        store().searchByName(text, birthYear ? std::optional<int>(birthYear) : std::nullopt);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QStringList keys;
    for (const Person &person : *found)
        keys << m_ids.key(person.id);
    QCOMPARE(keys, expected);

    auto limited = store().searchByName(text, {}, 1);
    QVERIFY(limited);
    QVERIFY(limited->size() <= 1);
}

void TestPeople::likelyDuplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("dob");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("same name, dob, commune")
        << u"Nguyễn Văn An"_s << u"1990-05-17"_s << u"00001"_s << QStringList {u"an"_s};
    QTest::newRow("typed without diacritics")
        << u"NGUYEN VAN AN"_s << u"1990-05-17"_s << u"00001"_s << QStringList {u"an"_s};
    QTest::newRow("year only matches year only")
        << u"Nguyễn Văn Anh"_s << u"1985"_s << u"00001"_s << QStringList {u"anh"_s};
    QTest::newRow("other commune")
        << u"Nguyễn Văn An"_s << u"1990-05-17"_s << u"00004"_s << QStringList {};
    QTest::newRow("other day") << u"Nguyễn Văn An"_s << u"1990-05-18"_s << u"00001"_s
                               << QStringList {};
    QTest::newRow("year vs full date")
        << u"Nguyễn Văn An"_s << u"1990"_s << u"00001"_s << QStringList {};
    QTest::newRow("no commune") << u"Nguyễn Văn An"_s << u"1990-05-17"_s << QString()
                                << QStringList {};
}

void TestPeople::likelyDuplicates()
{
    QFETCH(QString, name);
    QFETCH(QString, dob);
    QFETCH(QString, commune);
    QFETCH(QStringList, expected);
    seed();

    // Not yet created: the form asks before saving.
    auto candidates = store().likelyDuplicates(makePerson(name, dob, commune));
    QVERIFY(candidates);
    QStringList keys;
    for (const Person &person : *candidates)
        keys << m_ids.key(person.id);
    QCOMPARE(keys, expected);

    // Created anyway (no id number): the existing one is still offered, and
    // the new one never lists itself.
    auto created = store().create(makePerson(name, dob, commune));
    QVERIFY(created);
    QVERIFY(!created->existed);
    auto after = store().likelyDuplicates(created->person);
    QVERIFY(after);
    QCOMPARE(after->size(), expected.size());
    for (const Person &person : *after)
        QVERIFY(person.id != created->person.id);
}

void TestPeople::merge()
{
    seed();
    const QString kept = m_ids.value(u"an"_s);
    auto duplicate = store().create(makePerson(u"Nguyen Van An"_s, u"1990-05-17"_s, u"00001"_s));
    QVERIFY(duplicate);
    const QString merged = duplicate->person.id;
    QCOMPARE(*store().resolveId(merged), merged);

    m_context->audit().setActor(u"user-2"_s, u"chief"_s);
    auto ok = store().merge(kept, merged);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));

    QCOMPARE(*store().resolveId(merged), kept);
    QCOMPARE(*store().resolveId(kept), kept);
    QVERIFY(!store().findById(merged)->has_value());
    QCOMPARE(store().searchByName(u"nguyen van an"_s)->size(), 2); // an + anh, not the merged
    QCOMPARE(count(u"SELECT deleted FROM person WHERE id = '%1'"_s.arg(merged)), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person_merge WHERE merged_id = '%1' AND kept_id = '%2' "
                   "AND merged_by = 'user-2'"_s.arg(merged, kept)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person_merge' AND op "
                   "= 'insert'"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person' AND op = "
                   "'update' AND row_id = '%1'"_s.arg(merged)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'person.merge' AND "
                   "entity_id = '%1' AND user_id = 'user-2'"_s.arg(kept)),
             1);

    // Merging the kept one further follows the chain.
    const QString thian = m_ids.value(u"thian"_s);
    QVERIFY(store().merge(thian, kept));
    QCOMPARE(*store().resolveId(merged), thian);

    // The map is append-only.
    QVERIFY(!m_context->database().exec(u"UPDATE person_merge SET kept_id = 'x'"_s));
    QVERIFY(!m_context->database().exec(u"DELETE FROM person_merge"_s));
}

void TestPeople::mergeRefused_data()
{
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("code");

    QTest::newRow("self") << u"an"_s << u"an"_s << u"person.merge_self"_s;
    QTest::newRow("unknown kept") << u"?"_s << u"an"_s << u"person.not_found"_s;
    QTest::newRow("unknown merged") << u"an"_s << u"?"_s << u"person.not_found"_s;
    QTest::newRow("already merged") << u"hoa"_s << u"anh"_s << u"person.not_found"_s;
}

void TestPeople::mergeRefused()
{
    QFETCH(QString, kept);
    QFETCH(QString, merged);
    QFETCH(QString, code);
    seed();
    QVERIFY(store().merge(m_ids.value(u"an"_s), m_ids.value(u"anh"_s)));
    const int merges = count(u"SELECT count(*) FROM person_merge"_s);
    const int outbox = count(u"SELECT count(*) FROM sync_outbox"_s);

    auto refused = store().merge(m_ids.value(kept, kept), m_ids.value(merged, merged));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, code);
    QCOMPARE(count(u"SELECT count(*) FROM person_merge"_s), merges);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox"_s), outbox);
}

QString TestPeople::seedConflict()
{
    const QString number = u"001190012345"_s; // digit 4: a woman born in the 1900s
    auto first =
        store().create(makePerson(u"Trần Thị Bình"_s, u"1990-05-17"_s, u"00001"_s,
                                  Person::IdKind::Cccd, number, u"0912345678"_s, Sex::Female));
    [&] {
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    }();
    // The second device's record arrives through sync, not through create().
    pd::core::Database &db = m_context->database();
    const QString secondId = u"0192f1c4-0000-7000-8000-0000000000b2"_s;
    const QString conflictId = u"c0ffee00-0000-5000-8000-000000000001"_s;
    auto inserted = db.transaction([&]() -> pd::core::Status {
        pd::core::CaptureSuspension remote(db, pd::core::CaptureSuspension::Reason::RemoteApply);
        if (auto ok = db.exec(u"INSERT INTO person(id, hlc, origin, id_kind, id_number, "
                              "full_name, folded_name, birth_date, birth_year, sex, commune_code, "
                              "street, created_at_ms, updated_at_ms) VALUES (?, 1, 'device-b', "
                              "'cccd', ?, 'Trần Thị Bình', 'tran thi binh', '', 0, '', '00001', "
                              "'12 Hàng Bạc', 5, 5)"_s,
                              {secondId, number});
            !ok)
            return ok;
        return db.exec(u"INSERT INTO conflict(id, hlc, origin, kind, table_name, first_id, "
                       "second_id, detected_at_ms) VALUES (?, 2, 'server', 'duplicate_person', "
                       "'person', ?, ?, 10)"_s,
                       {conflictId, first->person.id, secondId});
    });
    [&] {
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
    }();
    m_ids.insert(u"first"_s, first->person.id);
    m_ids.insert(u"second"_s, secondId);
    return conflictId;
}

void TestPeople::resolveConflict_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QString>("kept"); // "first", "second" or "" (both stay)
    QTest::addColumn<QString>("street"); // the kept record's street afterwards
    QTest::addColumn<QString>("key");
    using R = pd::core::ConflictStore::Resolution;
    QTest::newRow("keep first") << int(R::KeepFirst) << "first"
                                << ""
                                << "kept_first";
    QTest::newRow("keep second") << int(R::KeepSecond) << "second"
                                 << "12 Hàng Bạc"
                                 << "kept_second";
    QTest::newRow("merge fills gaps") << int(R::MergeIntoFirst) << "first"
                                      << "12 Hàng Bạc"
                                      << "merged";
    QTest::newRow("not a duplicate") << int(R::NotDuplicate) << ""
                                     << ""
                                     << "not_duplicate";
}

void TestPeople::resolveConflict()
{
    QFETCH(int, resolution);
    QFETCH(QString, kept);
    QFETCH(QString, street);
    QFETCH(QString, key);
    const QString conflictId = seedConflict();
    pd::core::ConflictStore conflicts(*m_context);
    QCOMPARE(*conflicts.openCount(), 1);
    const int outboxBefore = count(u"SELECT count(*) FROM sync_outbox"_s);

    pd::core::User clerk;
    clerk.id = u"user-1"_s;
    clerk.roles = {pd::core::Role::Clerk};
    auto ok = conflicts.resolve(conflictId, pd::core::ConflictStore::Resolution(resolution), clerk);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));

    QCOMPARE(*conflicts.openCount(), 0);
    const auto resolved = *conflicts.find(conflictId);
    QVERIFY(resolved && resolved->resolved);
    QCOMPARE(resolved->resolution, key);
    QCOMPARE(resolved->keptId, m_ids.value(kept));
    QCOMPARE(resolved->resolvedBy, u"user-1"_s);
    // The resolution travels like any change.
    QVERIFY(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'conflict'"_s) == 1);
    QVERIFY(count(u"SELECT count(*) FROM sync_outbox"_s) > outboxBefore);

    if (kept.isEmpty()) {
        QVERIFY(store().findById(m_ids.value(u"first"_s))->has_value());
        QVERIFY(store().findById(m_ids.value(u"second"_s))->has_value());
        return;
    }
    const QString loser = kept == u"first"_s ? m_ids.value(u"second"_s) : m_ids.value(u"first"_s);
    QCOMPARE(*store().resolveId(loser), m_ids.value(kept));
    // The losing record is kept, soft-deleted, with all its values.
    QCOMPARE(count(u"SELECT deleted FROM person WHERE id = '%1'"_s.arg(loser)), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1' AND full_name <> ''"_s.arg(loser)),
             1);
    const auto survivor = *store().findById(m_ids.value(kept));
    QVERIFY(survivor);
    QCOMPARE(survivor->street, street);
    if (key == u"merged"_s)
        QCOMPARE(survivor->phone, u"0912345678"_s); // its own value is not overwritten
}

void TestPeople::resolveConflictRefused()
{
    const QString conflictId = seedConflict();
    pd::core::ConflictStore conflicts(*m_context);
    pd::core::User volunteer;
    volunteer.id = u"user-9"_s;
    volunteer.roles = {pd::core::Role::Checkpoint};
    using R = pd::core::ConflictStore::Resolution;
    auto refused = conflicts.resolve(conflictId, R::KeepFirst, volunteer);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"conflict.forbidden"_s);
    QCOMPARE(*conflicts.openCount(), 1);

    pd::core::User admin;
    admin.id = u"user-2"_s;
    admin.roles = {pd::core::Role::Admin};
    QCOMPARE(conflicts.resolve(u"nope"_s, R::KeepFirst, admin).error().code,
             u"conflict.not_found"_s);
    QVERIFY(conflicts.resolve(conflictId, R::NotDuplicate, admin));
    QCOMPARE(conflicts.resolve(conflictId, R::KeepFirst, admin).error().code,
             u"conflict.resolved"_s);
    QVERIFY(store().findById(m_ids.value(u"second"_s))->has_value()); // nothing merged
}

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
