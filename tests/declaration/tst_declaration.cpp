// DeclarationStore on a real SQLite file: every validation rule (with the
// field each error names), saving with the person found or created in the
// registry, append-only rows and their outbox entries, corrections
// (supersede), the list filters, a merged person's history, drafts, the JSON
// form; and DemoPeople's people passing the registry's rules.
#include "clock.h"
#include "corecontext.h"
#include "declarationstore.h"
#include "demopeople.h"
#include "personstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::BirthDate;
using pd::core::CoreContext;
using pd::core::Person;
using pd::core::PersonStore;
using pd::core::Sex;
using pd::declaration::Declaration;
using pd::declaration::DeclarationFilter;
using pd::declaration::DeclarationKind;
using pd::declaration::DeclarationStore;
using pd::declaration::Exposure;
using pd::declaration::Symptom;
using pd::declaration::TravelMeans;

namespace {
// 2 August 2021, 09:00 local time: "today" of every test.
qint64 at(QDate day, QTime time = QTime(9, 0))
{
    return QDateTime(day, time).toMSecsSinceEpoch();
}
const QDate kToday(2021, 8, 2);

// A declaration every rule accepts: Phúc Xá ward (00001), Ba Đình district
// (001), Hà Nội (01).
Declaration validDeclaration()
{
    Declaration d;
    d.person.fullName = u"Nguyễn Văn An"_s;
    d.person.idKind = Person::IdKind::Cccd;
    d.person.idNumber = u"001090012345"_s;
    d.person.dateOfBirth = BirthDate::fromDate(QDate(1990, 5, 17));
    d.person.sex = Sex::Male;
    d.person.phone = u"0912 345 678"_s;
    d.person.communeCode = u"00001"_s;
    d.person.street = u"Số 5 ngõ 12 Phúc Xá"_s;
    d.email = u"an@vidu.vn"_s;
    d.vaccineDoses = 2;
    d.lastDoseDate = QDate(2021, 7, 1);
    return d;
}

Declaration checkpointDeclaration()
{
    Declaration d = validDeclaration();
    d.kind = DeclarationKind::Checkpoint;
    d.travelFrom = u"Thành phố Hồ Chí Minh"_s;
    d.travelMeans = TravelMeans::Car;
    d.vehicleNumber = u"51A-123.45"_s;
    d.travelDate = QDate(2021, 8, 1);
    return d;
}

// Applies a JSON patch to a declaration's JSON form: top-level keys are
// replaced, keys under "person" replace the person's.
Declaration patched(const Declaration &base, const QJsonObject &patch)
{
    QJsonObject json = base.toJson();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() == "person"_L1) {
            QJsonObject person = json.value("person"_L1).toObject();
            const QJsonObject changes = it.value().toObject();
            for (auto change = changes.begin(); change != changes.end(); ++change)
                person.insert(change.key(), change.value());
            json.insert("person"_L1, person);
        } else {
            json.insert(it.key(), it.value());
        }
    }
    return Declaration::fromJson(json);
}

QJsonObject personPatch(const QJsonObject &fields)
{
    return QJsonObject {{u"person"_s, fields}};
}
} // namespace

class TestDeclaration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void jsonRoundTrip();
    void jsonDefaults();
    void validation_data();
    void validation();
    void normalisation();
    void saveCreatesPerson();
    void saveReusesPersonByIdNumber();
    void saveWithoutIdNumberCreatesEachTime();
    void saveWithPersonId();
    void appendOnly();
    void supersede();
    void supersedeRefused();
    void filters_data();
    void filters();
    void unknownFilterUnit();
    void mergedPersonHistory();
    void drafts();
    void batch();
    void batchStopsAtFirstInvalid();
    void demoPeopleAreValid();
    void demoPeopleAreReproducible();

private:
    int count(const QString &sql);
    Declaration saveAt(Declaration declaration, qint64 atMs);
    DeclarationStore &store() { return *m_store; }

    QTemporaryDir m_dir;
    QString m_template; // a data file with the schema and admin units, copied by init()
    int m_fileCount = 0;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_context;
    std::unique_ptr<DeclarationStore> m_store;
};

void TestDeclaration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.sqlite"_s);
    auto context = CoreContext::open(m_template, {DeclarationStore::schema()}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
}

void TestDeclaration::init()
{
    // Closing the template checkpointed its WAL, so the file alone is whole.
    const QString path = m_dir.filePath(u"declaration-%1.sqlite"_s.arg(++m_fileCount));
    QVERIFY(QFile::copy(m_template, path));
    m_clock.setMs(at(kToday));
    auto context = CoreContext::open(path, {DeclarationStore::schema()}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
    m_context->audit().setActor(u"user-1"_s, u"clerk"_s);
    m_store = std::make_unique<DeclarationStore>(*m_context);
}

void TestDeclaration::cleanup()
{
    m_store.reset();
    m_context.reset();
}

int TestDeclaration::count(const QString &sql)
{
    QSqlQuery query(m_context->database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Declaration TestDeclaration::saveAt(Declaration declaration, qint64 atMs)
{
    m_clock.setMs(atMs);
    auto saved = store().save(std::move(declaration), u"user-1"_s);
    m_clock.setMs(at(kToday));
    if (!saved)
        qWarning("save failed: %s", qPrintable(saved.error().message));
    return saved.value_or(Declaration {});
}

void TestDeclaration::jsonRoundTrip()
{
    Declaration d = checkpointDeclaration();
    d.id = u"id-1"_s;
    d.supersedesId = u"id-0"_s;
    d.onBehalf = true;
    d.onBehalfName = u"Trần Thị Bình"_s;
    d.person.id = u"person-1"_s;
    d.person.foldedName = u"nguyen van an"_s;
    d.person.nationality = u"VN"_s;
    d.person.createdAtMs = 1'627'000'000'123;
    d.person.createdBy = u"user-2"_s;
    d.person.updatedAtMs = 1'627'000'000'456;
    d.person.updatedBy = u"user-3"_s;
    d.visitedPlaces = true;
    d.placesText = u"Chợ Đồng Xuân\nBến xe Mỹ Đình"_s;
    d.symptoms = Symptom::Fever | Symptom::Fatigue;
    d.symptomsText = u"Đau đầu"_s;
    d.exposures = Exposure::CovidCase | Exposure::SymptomaticPerson;
    d.declaredAtMs = 1'627'869'600'789;
    d.declaredBy = u"user-1"_s;
    d.supersededBy = u"id-2"_s;

    const QJsonObject json = d.toJson();
    const Declaration back = Declaration::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.id, d.id);
    QCOMPARE(back.supersedesId, d.supersedesId);
    QCOMPARE(back.kind, DeclarationKind::Checkpoint);
    QCOMPARE(back.onBehalf, true);
    QCOMPARE(back.onBehalfName, d.onBehalfName);
    QCOMPARE(back.person.id, d.person.id);
    QCOMPARE(back.person.idKind, Person::IdKind::Cccd);
    QCOMPARE(back.person.idNumber, d.person.idNumber);
    QCOMPARE(back.person.fullName, d.person.fullName);
    QCOMPARE(back.person.foldedName, d.person.foldedName);
    QCOMPARE(back.person.dateOfBirth, d.person.dateOfBirth);
    QCOMPARE(back.person.sex, Sex::Male);
    QCOMPARE(back.person.phone, d.person.phone);
    QCOMPARE(back.person.nationality, d.person.nationality);
    QCOMPARE(back.person.communeCode, d.person.communeCode);
    QCOMPARE(back.person.street, d.person.street);
    QCOMPARE(back.person.createdAtMs, d.person.createdAtMs);
    QCOMPARE(back.person.createdBy, d.person.createdBy);
    QCOMPARE(back.person.updatedAtMs, d.person.updatedAtMs);
    QCOMPARE(back.person.updatedBy, d.person.updatedBy);
    QCOMPARE(back.email, d.email);
    QCOMPARE(back.visitedPlaces, true);
    QCOMPARE(back.placesText, d.placesText);
    QCOMPARE(back.symptoms, d.symptoms);
    QCOMPARE(back.symptomsText, d.symptomsText);
    QCOMPARE(back.exposures, d.exposures);
    QCOMPARE(back.vaccineDoses, 2);
    QCOMPARE(back.lastDoseDate, d.lastDoseDate);
    QCOMPARE(back.travelFrom, d.travelFrom);
    QCOMPARE(back.travelMeans, TravelMeans::Car);
    QCOMPARE(back.vehicleNumber, d.vehicleNumber);
    QCOMPARE(back.travelDate, d.travelDate);
    QCOMPARE(back.declaredAtMs, d.declaredAtMs);
    QCOMPARE(back.declaredBy, d.declaredBy);
    QCOMPARE(back.supersededBy, d.supersededBy);
    QCOMPARE(json.value("symptoms"_L1).toArray(), QJsonArray({u"fever"_s, u"fatigue"_s}));

    // A year-only date of birth stays a year.
    d.person.dateOfBirth = BirthDate::fromYear(1958);
    QCOMPARE(Declaration::fromJson(d.toJson()).person.dateOfBirth, BirthDate::fromYear(1958));

    // Every travel means and kind key reads back.
    for (const TravelMeans means :
         {TravelMeans::None, TravelMeans::Car, TravelMeans::Motorbike, TravelMeans::Bus,
          TravelMeans::Train, TravelMeans::Plane, TravelMeans::Ship, TravelMeans::Other})
        QCOMPARE(Declaration::travelMeansFromKey(Declaration::travelMeansKey(means)), means);
    QCOMPARE(Declaration::kindFromKey(u"checkpoint"), DeclarationKind::Checkpoint);
    QVERIFY(!Declaration::kindFromKey(u"bogus").has_value());
}

void TestDeclaration::jsonDefaults()
{
    const Declaration empty = Declaration::fromJson({});
    QVERIFY(empty.id.isEmpty());
    QCOMPARE(empty.kind, DeclarationKind::Commune);
    QCOMPARE(empty.person.nationality, u"VN"_s);
    QCOMPARE(empty.person.idKind, Person::IdKind::None);
    QVERIFY(empty.person.dateOfBirth.isNull());
    QVERIFY(!empty.symptoms);
    QCOMPARE(empty.travelMeans, TravelMeans::None);
    QVERIFY(!empty.lastDoseDate.isValid());
    QCOMPARE(empty.toJson(), Declaration().toJson());
}

void TestDeclaration::validation_data()
{
    QTest::addColumn<int>("base"); // 0 commune declaration, 1 checkpoint declaration
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("label"); // how the message starts: the field's label

    const auto row = [](const char *name, int base, const QJsonObject &patch, const QString &code,
                        const QString &label) {
        QTest::newRow(name) << base << patch << code << label;
    };
    const QString ok;
    row("valid", 0, {}, ok, ok);
    row("valid checkpoint", 1, {}, ok, ok);

    row("on behalf without name", 0, {{u"on_behalf"_s, true}}, u"declaration.on_behalf_name"_s,
        u"Declared by:"_s);
    row("on behalf with name", 0, {{u"on_behalf"_s, true}, {u"on_behalf_name"_s, u"Trần Thị B"_s}},
        ok, ok);

    row("name empty", 0, personPatch({{u"full_name"_s, u" "_s}}), u"person.name"_s,
        u"Full name:"_s);
    row("cccd 11 digits", 0, personPatch({{u"id_number"_s, u"00109001234"_s}}),
        u"person.id_number"_s, u"ID number:"_s);
    row("cccd province", 0, personPatch({{u"id_number"_s, u"000090012345"_s}}),
        u"person.cccd_province"_s, u"ID number:"_s);
    row("cccd year vs date of birth", 0, personPatch({{u"birth_date"_s, u"1991-05-17"_s}}),
        u"person.cccd_year"_s, u"ID number:"_s);
    row("cccd century vs date of birth", 0, personPatch({{u"birth_date"_s, u"2005-05-17"_s}}),
        u"person.cccd_century"_s, u"ID number:"_s);
    row("cccd sex", 0, personPatch({{u"sex"_s, u"female"_s}}), u"person.cccd_sex"_s,
        u"ID number:"_s);
    row("cccd year only", 0, personPatch({{u"birth_date"_s, u"1990"_s}}), ok, ok);
    row("cmnd 10 digits", 0,
        personPatch({{u"id_kind"_s, u"cmnd"_s}, {u"id_number"_s, u"0123456789"_s}}),
        u"person.id_number"_s, u"ID number:"_s);
    row("passport", 0,
        personPatch({{u"id_kind"_s, u"passport"_s}, {u"id_number"_s, u"c1234567"_s}}), ok, ok);
    row("no document", 0, personPatch({{u"id_kind"_s, u"none"_s}, {u"id_number"_s, u""_s}}), ok,
        ok);
    row("date of birth missing", 0, personPatch({{u"birth_date"_s, u""_s}}),
        u"declaration.birth_date"_s, u"Date of birth:"_s);
    row("date of birth later this year", 0,
        personPatch({{u"id_kind"_s, u"none"_s},
                     {u"id_number"_s, u""_s},
                     {u"birth_date"_s, u"2021-09-01"_s}}),
        u"declaration.birth_date"_s, u"Date of birth:"_s);
    row("date of birth 1800", 0,
        personPatch(
            {{u"id_kind"_s, u"none"_s}, {u"id_number"_s, u""_s}, {u"birth_date"_s, u"1800"_s}}),
        u"person.birth_date"_s, u"Date of birth:"_s);
    row("sex missing", 0, personPatch({{u"sex"_s, u""_s}}), u"declaration.sex"_s, u"Sex:"_s);
    row("nationality", 0, personPatch({{u"nationality"_s, u"Vietnam"_s}}),
        u"declaration.nationality"_s, u"Nationality:"_s);
    row("nationality lower case", 0, personPatch({{u"nationality"_s, u"kr"_s}}), ok, ok);
    row("phone", 0, personPatch({{u"phone"_s, u"09abc45678"_s}}), u"person.phone"_s, u"Phone:"_s);
    row("commune missing", 0, personPatch({{u"commune_code"_s, u""_s}}), u"declaration.commune"_s,
        u"Address:"_s);
    row("commune is a district", 0, personPatch({{u"commune_code"_s, u"001"_s}}),
        u"person.commune"_s, u"Address:"_s);
    row("commune unknown", 0, personPatch({{u"commune_code"_s, u"99999"_s}}), u"person.commune"_s,
        u"Address:"_s);

    row("email without domain", 0, {{u"email"_s, u"an@"_s}}, u"declaration.email"_s, u"E-mail:"_s);
    row("email without at", 0, {{u"email"_s, u"an.vidu.vn"_s}}, u"declaration.email"_s,
        u"E-mail:"_s);
    row("email with space", 0, {{u"email"_s, u"an nguyen@vidu.vn"_s}}, u"declaration.email"_s,
        u"E-mail:"_s);
    row("email empty", 0, {{u"email"_s, u""_s}}, ok, ok);

    row("places without text", 0, {{u"visited_places"_s, true}, {u"places_text"_s, u" "_s}},
        u"declaration.places_text"_s, u"Visited other provinces, cities or countries:"_s);
    row("places with text", 0, {{u"visited_places"_s, true}, {u"places_text"_s, u"Chợ"_s}}, ok, ok);

    row("doses 11", 0, {{u"vaccine_doses"_s, 11}}, u"declaration.vaccine_doses"_s,
        u"Doses received:"_s);
    row("doses negative", 0, {{u"vaccine_doses"_s, -1}}, u"declaration.vaccine_doses"_s,
        u"Doses received:"_s);
    row("doses 10", 0, {{u"vaccine_doses"_s, 10}}, ok, ok);
    row("no doses but a date", 0, {{u"vaccine_doses"_s, 0}}, u"declaration.vaccine_doses"_s,
        u"Doses received:"_s);
    row("no doses", 0, {{u"vaccine_doses"_s, 0}, {u"last_dose_date"_s, u""_s}}, ok, ok);
    row("doses without date", 0, {{u"last_dose_date"_s, u""_s}}, u"declaration.last_dose_date"_s,
        u"Date of the last dose:"_s);
    row("last dose tomorrow", 0, {{u"last_dose_date"_s, u"2021-08-03"_s}},
        u"declaration.last_dose_date"_s, u"Date of the last dose:"_s);
    row("last dose today", 0, {{u"last_dose_date"_s, u"2021-08-02"_s}}, ok, ok);
    row("last dose before birth", 0, {{u"last_dose_date"_s, u"1990-05-16"_s}},
        u"declaration.last_dose_date"_s, u"Date of the last dose:"_s);
    row("last dose before birth year", 0,
        QJsonObject {{u"last_dose_date"_s, u"1989-12-31"_s},
                     {u"person"_s, QJsonObject {{u"birth_date"_s, u"1990"_s}}}},
        u"declaration.last_dose_date"_s, u"Date of the last dose:"_s);

    row("checkpoint without origin", 1, {{u"travel_from"_s, u" "_s}}, u"declaration.travel_from"_s,
        u"Coming from:"_s);
    row("checkpoint without means", 1, {{u"travel_means"_s, u""_s}, {u"vehicle_number"_s, u""_s}},
        u"declaration.travel_means"_s, u"Travelling by:"_s);
    row("car without plate", 1, {{u"vehicle_number"_s, u""_s}}, u"declaration.vehicle_number"_s,
        u"Vehicle number:"_s);
    row("car with a bad plate", 1, {{u"vehicle_number"_s, u"ABC"_s}},
        u"declaration.vehicle_number"_s, u"Vehicle number:"_s);
    row("motorbike plate", 1,
        {{u"travel_means"_s, u"motorbike"_s}, {u"vehicle_number"_s, u"29-B1 123.45"_s}}, ok, ok);
    row("motorbike without plate", 1,
        {{u"travel_means"_s, u"motorbike"_s}, {u"vehicle_number"_s, u""_s}},
        u"declaration.vehicle_number"_s, u"Vehicle number:"_s);
    row("bus without plate", 1, {{u"travel_means"_s, u"bus"_s}, {u"vehicle_number"_s, u""_s}},
        u"declaration.vehicle_number"_s, u"Vehicle number:"_s);
    row("plane without flight", 1, {{u"travel_means"_s, u"plane"_s}, {u"vehicle_number"_s, u""_s}},
        ok, ok);
    row("ship named", 1,
        {{u"travel_means"_s, u"ship"_s}, {u"vehicle_number"_s, u"Tàu Hải Âu 05"_s}}, ok, ok);
    row("checkpoint without travel date", 1, {{u"travel_date"_s, u""_s}},
        u"declaration.travel_date"_s, u"Travel date:"_s);
    row("travel tomorrow", 1, {{u"travel_date"_s, u"2021-08-03"_s}}, u"declaration.travel_date"_s,
        u"Travel date:"_s);
    row("travel 30 days ago", 1, {{u"travel_date"_s, u"2021-07-03"_s}}, ok, ok);
    row("travel 31 days ago", 1, {{u"travel_date"_s, u"2021-07-02"_s}},
        u"declaration.travel_date"_s, u"Travel date:"_s);
    row("commune declaration with future travel", 0, {{u"travel_date"_s, u"2021-08-05"_s}},
        u"declaration.travel_date"_s, u"Travel date:"_s);
    row("commune declaration without travel", 0, {{u"travel_means"_s, u"car"_s}},
        u"declaration.vehicle_number"_s, u"Vehicle number:"_s);
}

void TestDeclaration::validation()
{
    QFETCH(int, base);
    QFETCH(QJsonObject, patch);
    QFETCH(QString, code);
    QFETCH(QString, label);

    const Declaration declaration =
        patched(base == 1 ? checkpointDeclaration() : validDeclaration(), patch);
    const auto checked = store().validate(declaration);
    if (code.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    } else {
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, code);
        QVERIFY2(checked.error().message.startsWith(label), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.endsWith(u'.'));
    }

    // save() applies the same rules and writes nothing on a refusal.
    const int rows = count(u"SELECT count(*) FROM declaration"_s);
    const int people = count(u"SELECT count(*) FROM person"_s);
    const auto saved = store().save(declaration, u"user-1"_s);
    QCOMPARE(bool(saved), code.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(saved.error().code, code);
        QCOMPARE(count(u"SELECT count(*) FROM declaration"_s), rows);
        QCOMPARE(count(u"SELECT count(*) FROM person"_s), people);
    }
}

void TestDeclaration::normalisation()
{
    Declaration d = checkpointDeclaration();
    d.vehicleNumber = u" 51a - 123.45 "_s;
    d.onBehalfName = u"left over"_s; // not on behalf: dropped
    d.placesText = u"typed, then answered No"_s; // visitedPlaces false: dropped
    d.email = u"  an@vidu.vn "_s;
    d.person.phone = u"+84 912 345 678"_s;
    d.person.fullName = u"  Nguyễn   Văn An "_s;
    auto checked = store().validate(d);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->vehicleNumber, u"51A12345"_s);
    QVERIFY(checked->onBehalfName.isEmpty());
    QVERIFY(checked->placesText.isEmpty());
    QCOMPARE(checked->email, u"an@vidu.vn"_s);
    QCOMPARE(checked->person.phone, u"0912345678"_s);
    QCOMPARE(checked->person.fullName, u"Nguyễn Văn An"_s);
    QCOMPARE(checked->person.foldedName, u"nguyen van an"_s);

    d.travelMeans = TravelMeans::Plane;
    d.vehicleNumber = u"vn 123"_s;
    QCOMPARE(store().validate(d)->vehicleNumber, u"VN123"_s);
}

void TestDeclaration::saveCreatesPerson()
{
    QVERIFY(store().saveDraft(u"user-1"_s, "{\"typed\":true}"));
    Declaration input = validDeclaration();
    input.symptoms = Symptom::Cough;
    const auto saved = store().save(input, u"user-1"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(!saved->id.isEmpty());
    QVERIFY(!saved->person.id.isEmpty());
    QCOMPARE(saved->declaredAtMs, at(kToday));
    QCOMPARE(saved->declaredBy, u"user-1"_s);

    // The person was registered from the declared identity.
    PersonStore people(*m_context);
    const auto person = people.findById(saved->person.id);
    QVERIFY(person && *person);
    QCOMPARE((*person)->idNumber, u"001090012345"_s);
    QCOMPARE((*person)->fullName, u"Nguyễn Văn An"_s);
    QCOMPARE((*person)->communeCode, u"00001"_s);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);

    // The row: codes derived from the commune, folded name, attention.
    QSqlQuery query(m_context->database().connection());
    QVERIFY(query.exec(u"SELECT province_code, district_code, commune_code, folded_name, "
                       "attention, symptoms, phone, origin, hlc FROM declaration"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"01"_s);
    QCOMPARE(query.value(1).toString(), u"001"_s);
    QCOMPARE(query.value(2).toString(), u"00001"_s);
    QCOMPARE(query.value(3).toString(), u"nguyen van an"_s);
    QCOMPARE(query.value(4).toInt(), 1);
    QCOMPARE(query.value(5).toInt(), int(Symptom::Cough));
    QCOMPARE(query.value(6).toString(), u"0912345678"_s);
    QCOMPARE(query.value(7).toString(), m_context->deviceId());
    QVERIFY(query.value(8).toLongLong() > 0);
    QVERIFY(!query.next());

    // One outbox row per new row, captured in the same transaction.
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'declaration' AND "
                   "op = 'insert' AND row_id = '%1'"_s.arg(saved->id)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person' AND "
                   "op = 'insert' AND row_id = '%1'"_s.arg(saved->person.id)),
             1);
    // Audited by record id only: no personal value in the detail.
    QVERIFY(query.exec(u"SELECT entity_type, entity_id, detail, user_id FROM audit_log "
                       "WHERE action = 'declaration.create'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"declaration"_s);
    QCOMPARE(query.value(1).toString(), saved->id);
    QVERIFY(query.value(2).toString().isEmpty());
    QCOMPARE(query.value(3).toString(), u"user-1"_s);
    // The draft it came from is gone; nothing local-only went to the outbox.
    QVERIFY(store().loadDraft(u"user-1"_s)->isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name LIKE 'declaration_d%'"_s),
             0);

    const auto found = store().findById(saved->id);
    QVERIFY(found && *found);
    QCOMPARE((*found)->toJson(), saved->toJson());
}

void TestDeclaration::saveReusesPersonByIdNumber()
{
    PersonStore people(*m_context);
    Person registered = validDeclaration().person;
    registered.fullName = u"Nguyễn Văn Ân"_s;
    registered.phone = u"0988888888"_s;
    const auto created = people.create(registered);
    QVERIFY(created);

    // Declared with a slightly different name and phone: the registry
    // record is found by its ID number and left as it was.
    const auto saved = store().save(validDeclaration(), u"user-1"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->person.id, created->person.id);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    const auto person = people.findById(created->person.id);
    QCOMPARE((*person)->fullName, u"Nguyễn Văn Ân"_s);
    QCOMPARE((*person)->phone, u"0988888888"_s);
    // The declaration keeps what was declared.
    QCOMPARE((*store().findById(saved->id))->person.fullName, u"Nguyễn Văn An"_s);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person'"_s), 1);
}

void TestDeclaration::saveWithoutIdNumberCreatesEachTime()
{
    Declaration d = validDeclaration();
    d.person.idKind = Person::IdKind::None;
    d.person.idNumber.clear();
    const auto first = store().save(d, u"user-1"_s);
    const auto second = store().save(d, u"user-1"_s);
    QVERIFY(first && second);
    QVERIFY(first->person.id != second->person.id);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 2);
}

void TestDeclaration::saveWithPersonId()
{
    const auto first = store().save(validDeclaration(), u"user-1"_s);
    QVERIFY(first);
    Declaration d = validDeclaration();
    d.person.id = first->person.id;
    d.person.idKind = Person::IdKind::None; // declared without the card this time
    d.person.idNumber.clear();
    const auto second = store().save(d, u"user-1"_s);
    QVERIFY(second);
    QCOMPARE(second->person.id, first->person.id);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);

    d.person.id = u"no-such-person"_s;
    const auto refused = store().save(d, u"user-1"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"declaration.person"_s);
}

void TestDeclaration::appendOnly()
{
    const auto saved = store().save(validDeclaration(), u"user-1"_s);
    QVERIFY(saved);
    QSqlQuery query(m_context->database().connection());
    QVERIFY(
        !query.exec(u"UPDATE declaration SET email = 'x@y.vn' WHERE id = '%1'"_s.arg(saved->id)));
    QVERIFY(!query.exec(u"DELETE FROM declaration WHERE id = '%1'"_s.arg(saved->id)));
    QCOMPARE((*store().findById(saved->id))->email, u"an@vidu.vn"_s);
    QCOMPARE(count(u"SELECT count(*) FROM declaration"_s), 1);
}

void TestDeclaration::supersede()
{
    const Declaration old = saveAt(validDeclaration(), at(kToday, QTime(8, 0)));
    QVERIFY(!old.id.isEmpty());

    Declaration correction = validDeclaration();
    correction.email = u"an.nguyen@vidu.vn"_s;
    correction.person.idKind = Person::IdKind::None; // typed without the number this time
    correction.person.idNumber.clear();
    const auto corrected = store().supersede(old.id, correction, u"user-1"_s);
    QVERIFY2(corrected, qPrintable(corrected ? QString() : corrected.error().message));
    QCOMPARE(corrected->supersedesId, old.id);
    // Stays with the same person; nobody new in the registry.
    QCOMPARE(corrected->person.id, old.person.id);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);

    // The list shows the correction only.
    auto listed = store().find({});
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, corrected->id);
    QCOMPARE(*store().count({}), 1);

    // The history shows both, the old one marked as corrected.
    DeclarationFilter history;
    history.personId = old.person.id;
    history.includeSuperseded = true;
    auto both = store().find(history);
    QVERIFY(both);
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->at(0).id, corrected->id);
    QCOMPARE(both->at(1).id, old.id);
    QCOMPARE(both->at(1).supersededBy, corrected->id);
    QVERIFY(both->at(0).supersededBy.isEmpty());
    QCOMPARE((*store().findById(old.id))->supersededBy, corrected->id);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'declaration.supersede' AND "
                   "entity_id = '%1'"_s.arg(corrected->id)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'declaration'"_s), 2);
}

void TestDeclaration::supersedeRefused()
{
    const auto old = store().save(validDeclaration(), u"user-1"_s);
    QVERIFY(old);
    QVERIFY(store().supersede(old->id, validDeclaration(), u"user-1"_s));

    const int rows = count(u"SELECT count(*) FROM declaration"_s);
    const auto twice = store().supersede(old->id, validDeclaration(), u"user-1"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, u"declaration.superseded"_s);
    const auto missing = store().supersede(u"no-such-id"_s, validDeclaration(), u"user-1"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"declaration.not_found"_s);
    Declaration invalid = validDeclaration();
    invalid.email = u"nope"_s;
    QCOMPARE(store().supersede(old->id, invalid, u"user-1"_s).error().code,
             u"declaration.superseded"_s);
    QCOMPARE(count(u"SELECT count(*) FROM declaration"_s), rows);
}

void TestDeclaration::filters_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("symptom");
    QTest::addColumn<bool>("exposure");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // tags, newest first

    const QDate open;
    QTest::newRow("all") << open << open << QString() << false << false << QString()
                         << u"e d c b a"_s;
    QTest::newRow("days, both ends included")
        << QDate(2021, 7, 25) << QDate(2021, 7, 28) << QString() << false << false << QString()
        << u"c b"_s;
    QTest::newRow("up to a day") << open << QDate(2021, 7, 20) << QString() << false << false
                                 << QString() << u"a"_s;
    QTest::newRow("from a day") << QDate(2021, 8, 1) << open << QString() << false << false
                                << QString() << u"e d"_s;
    QTest::newRow("province") << open << open << u"01"_s << false << false << QString()
                              << u"e c b a"_s;
    QTest::newRow("district") << open << open << u"001"_s << false << false << QString()
                              << u"b a"_s;
    QTest::newRow("commune") << open << open << u"00001"_s << false << false << QString() << u"a"_s;
    QTest::newRow("other province")
        << open << open << u"26"_s << false << false << QString() << u"d"_s;
    QTest::newRow("symptom") << open << open << QString() << true << false << QString() << u"e b"_s;
    QTest::newRow("exposure") << open << open << QString() << false << true << QString()
                              << u"e c"_s;
    QTest::newRow("symptom and exposure")
        << open << open << QString() << true << true << QString() << u"e"_s;
    QTest::newRow("folded words") << open << open << QString() << false << false << u"nguyen van"_s
                                  << u"d a"_s;
    QTest::newRow("with diacritics, any case")
        << open << open << QString() << false << false << u"NGUYỄN  văn"_s << u"d a"_s;
    QTest::newRow("word prefixes in any order")
        << open << open << QString() << false << false << u"an ngu"_s << u"a"_s;
    QTest::newRow("đ folds to d") << open << open << QString() << false << false << u"dung"_s
                                  << u"d"_s;
    QTest::newRow("id number prefix")
        << open << open << QString() << false << false << u"079 1"_s << u"e"_s;
    QTest::newRow("phone prefix") << open << open << QString() << false << false << u"+84 97"_s
                                  << u"c"_s;
    QTest::newRow("passport prefix")
        << open << open << QString() << false << false << u"c12"_s << u"b"_s;
    QTest::newRow("nothing") << open << open << QString() << false << false << u"zzz"_s
                             << QString();
    QTest::newRow("text and district")
        << open << open << u"001"_s << false << false << u"nguyen"_s << u"a"_s;
}

void TestDeclaration::filters()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, unit);
    QFETCH(bool, symptom);
    QFETCH(bool, exposure);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    // a: Phúc Xá (Ba Đình, Hà Nội); b: Trúc Bạch (Ba Đình); c: Phúc Tân
    // (Hoàn Kiếm, Hà Nội); d: Trưng Trắc (Phúc Yên, Vĩnh Phúc); e: Phúc Tân.
    QHash<QString, QString> tagById;
    const auto add = [&](const QString &tag, Declaration d, QDate day) {
        const Declaration saved = saveAt(std::move(d), at(day, QTime(10, 30)));
        QVERIFY(!saved.id.isEmpty());
        tagById.insert(saved.id, tag);
    };
    add(u"a"_s, validDeclaration(), QDate(2021, 7, 20));

    Declaration b = validDeclaration();
    b.person.fullName = u"Trần Thị Bình"_s;
    b.person.sex = Sex::Female;
    b.person.idKind = Person::IdKind::Passport;
    b.person.idNumber = u"C1234567"_s;
    b.person.communeCode = u"00004"_s;
    b.person.phone.clear();
    b.symptoms = Symptom::Fever;
    add(u"b"_s, b, QDate(2021, 7, 25));

    Declaration c = validDeclaration();
    c.person.fullName = u"Lê Văn Cường"_s;
    c.person.idKind = Person::IdKind::None;
    c.person.idNumber.clear();
    c.person.phone = u"0971234567"_s;
    c.person.communeCode = u"00037"_s;
    c.exposures = Exposure::FromCovidCountry;
    add(u"c"_s, c, QDate(2021, 7, 28));

    Declaration d = checkpointDeclaration();
    d.person.fullName = u"Nguyễn Văn Dũng"_s;
    d.person.idNumber = u"026088000111"_s;
    d.person.dateOfBirth = BirthDate::fromYear(1988);
    d.person.communeCode = u"08734"_s;
    d.person.phone.clear();
    d.travelDate = QDate(2021, 7, 31);
    add(u"d"_s, d, QDate(2021, 8, 1));

    Declaration e = validDeclaration();
    e.person.fullName = u"Phạm Thị Vân"_s;
    e.person.sex = Sex::Female;
    e.person.idNumber = u"079195000222"_s;
    e.person.dateOfBirth = BirthDate::fromDate(QDate(1995, 1, 2));
    e.person.communeCode = u"00037"_s;
    e.person.phone.clear();
    e.symptoms = Symptom::Cough | Symptom::SoreThroat;
    e.exposures = Exposure::CovidCase;
    add(u"e"_s, e, QDate(2021, 8, 2));

    DeclarationFilter filter;
    filter.from = from;
    filter.to = to;
    filter.unitCode = unit;
    filter.anySymptom = symptom;
    filter.anyExposure = exposure;
    filter.text = text;
    const auto found = store().find(filter);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QStringList tags;
    for (const Declaration &row : *found)
        tags << tagById.value(row.id);
    QCOMPARE(tags.join(u' '), expected);
    QCOMPARE(*store().count(filter), tags.size());

    // Paging: limit and offset over the same order.
    if (tags.size() >= 2) {
        const auto second = store().find(filter, 1, 1);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(tagById.value(second->first().id), tags.at(1));
    }
}

void TestDeclaration::unknownFilterUnit()
{
    DeclarationFilter filter;
    filter.unitCode = u"99999"_s;
    const auto found = store().find(filter);
    QVERIFY(!found);
    QCOMPARE(found.error().code, u"declaration.filter_unit"_s);
    QCOMPARE(store().count(filter).error().code, u"declaration.filter_unit"_s);
}

void TestDeclaration::mergedPersonHistory()
{
    // The same man registered twice (once without his card), each with a
    // declaration; merging keeps both declarations in the kept history.
    const Declaration withCard = saveAt(validDeclaration(), at(QDate(2021, 7, 30)));
    Declaration noCard = validDeclaration();
    noCard.person.idKind = Person::IdKind::None;
    noCard.person.idNumber.clear();
    const Declaration withoutCard = saveAt(noCard, at(QDate(2021, 7, 31)));
    Declaration other = validDeclaration();
    other.person.fullName = u"Lê Văn Cường"_s;
    other.person.idNumber = u"001085000999"_s;
    other.person.dateOfBirth = BirthDate::fromYear(1985);
    const Declaration someoneElse = saveAt(other, at(QDate(2021, 8, 1)));
    QVERIFY(withCard.person.id != withoutCard.person.id);

    PersonStore people(*m_context);
    QVERIFY(people.merge(withCard.person.id, withoutCard.person.id));

    for (const QString &personId : {withCard.person.id, withoutCard.person.id}) {
        DeclarationFilter filter;
        filter.personId = personId;
        const auto history = store().find(filter);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, withoutCard.id);
        QCOMPARE(history->at(1).id, withCard.id);
    }
    DeclarationFilter filter;
    filter.personId = someoneElse.person.id;
    QCOMPARE(*store().count(filter), 1);

    // A new declaration for the merged id is filed under the kept record.
    Declaration later = noCard;
    later.person.id = withoutCard.person.id;
    const auto saved = store().save(later, u"user-1"_s);
    QVERIFY(saved);
    QCOMPARE(saved->person.id, withCard.person.id);
}

void TestDeclaration::drafts()
{
    QVERIFY(store().loadDraft(u"user-1"_s)->isEmpty());
    const QByteArray first = QJsonDocument(validDeclaration().toJson()).toJson();
    QVERIFY(store().saveDraft(u"user-1"_s, first));
    QCOMPARE(*store().loadDraft(u"user-1"_s), first);
    const Declaration restored =
        Declaration::fromJson(QJsonDocument::fromJson(*store().loadDraft(u"user-1"_s)).object());
    QCOMPARE(restored.toJson(), validDeclaration().toJson());

    // Rewritten as the clerk types; one draft per account.
    QVERIFY(store().saveDraft(u"user-1"_s, "second"));
    QVERIFY(store().saveDraft(u"user-2"_s, "other clerk"));
    QCOMPARE(*store().loadDraft(u"user-1"_s), QByteArray("second"));
    QCOMPARE(*store().loadDraft(u"user-2"_s), QByteArray("other clerk"));
    QCOMPARE(count(u"SELECT count(*) FROM declaration_draft"_s), 2);

    QVERIFY(store().discardDraft(u"user-1"_s));
    QVERIFY(store().loadDraft(u"user-1"_s)->isEmpty());
    QCOMPARE(*store().loadDraft(u"user-2"_s), QByteArray("other clerk"));
    QVERIFY(store().saveDraft(u"user-2"_s, {}));
    QVERIFY(store().loadDraft(u"user-2"_s)->isEmpty());

    // Local only: never in the outbox, never audited.
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action LIKE 'declaration%'"_s), 0);

    // A draft survives closing and reopening the file (a crash mid-entry).
    QVERIFY(store().saveDraft(u"user-1"_s, "kept"));
    const QString path = m_context->database().path();
    m_store.reset();
    m_context.reset();
    auto reopened = CoreContext::open(path, {DeclarationStore::schema()}, m_clock);
    QVERIFY(reopened);
    m_context = std::move(*reopened);
    m_store = std::make_unique<DeclarationStore>(*m_context);
    QCOMPARE(*store().loadDraft(u"user-1"_s), QByteArray("kept"));
}

void TestDeclaration::batch()
{
    QList<Declaration> batch;
    Declaration paper = validDeclaration();
    paper.declaredAtMs = at(QDate(2021, 7, 28), QTime(14, 0)); // a paper form typed later
    batch << paper;
    Declaration second = validDeclaration(); // same person: found, not created again
    second.symptoms = Symptom::Fever;
    batch << second;
    Declaration third = validDeclaration();
    third.person.fullName = u"Trần Thị Bình"_s;
    third.person.sex = Sex::Female;
    third.person.idNumber = u"001192000333"_s;
    third.person.dateOfBirth = BirthDate::fromYear(1992);
    batch << third;

    const auto saved = store().saveBatch(batch, u"user-1"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->size(), 3);
    QCOMPARE(saved->at(0).declaredAtMs, paper.declaredAtMs);
    QCOMPARE(saved->at(1).declaredAtMs, at(kToday));
    QCOMPARE(saved->at(0).person.id, saved->at(1).person.id);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'declaration'"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'declaration.batch' AND "
                   "detail = 'count=3'"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'declaration.create'"_s), 0);

    DeclarationFilter day;
    day.from = day.to = QDate(2021, 7, 28);
    QCOMPARE(*store().count(day), 1);
}

void TestDeclaration::batchStopsAtFirstInvalid()
{
    Declaration bad = validDeclaration();
    bad.email = u"nope"_s;
    Declaration future = validDeclaration();
    future.declaredAtMs = at(kToday.addDays(1));

    auto refused = store().saveBatch({validDeclaration(), bad, validDeclaration()}, u"user-1"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"declaration.email"_s);
    QVERIFY2(refused.error().message.startsWith(u"Declaration 2: E-mail:"_s),
             qPrintable(refused.error().message));

    refused = store().saveBatch({future}, u"user-1"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"declaration.declared_at"_s);

    QCOMPARE(count(u"SELECT count(*) FROM declaration"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox"_s), 0);
}

void TestDeclaration::demoPeopleAreValid()
{
    pd::core::DemoPeople demo(7, kToday);
    QVERIFY(demo.useCommunesOf(m_context->adminUnits(), u"01"_s));
    QCOMPARE(demo.communeCount(), 579); // Hà Nội's wards, communes and towns
    QCOMPARE(demo.useCommunesOf(m_context->adminUnits(), u"123456"_s).error().code, u"demo.unit"_s);
    QVERIFY(demo.useCommunesOf(m_context->adminUnits(), u"001"_s));
    QCOMPARE(demo.communeCount(), 14); // Ba Đình's wards
    QVERIFY(demo.useCommunesOf(m_context->adminUnits(), u"01"_s));
    QCOMPARE(demo.provinceCodes().size(), 63);

    PersonStore people(*m_context);
    QSet<QString> numbers;
    QSet<QString> communes;
    int women = 0, yearOnly = 0, cccd = 0, cmnd = 0, withPhone = 0, children = 0,
        provinceOfHome = 0;
    constexpr int total = 3000;
    for (int i = 0; i < total; ++i) {
        const Person generated = demo.next();
        const auto checked = people.validate(generated);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY(generated.sex != Sex::Unknown);
        const QStringList words = generated.fullName.split(u' ');
        QCOMPARE(words.size(), 3);
        // "Thị" is a woman's middle name, "Văn" a man's.
        if (words.at(1) == u"Thị"_s)
            QCOMPARE(generated.sex, Sex::Female);
        if (words.at(1) == u"Văn"_s)
            QCOMPARE(generated.sex, Sex::Male);
        women += generated.sex == Sex::Female ? 1 : 0;
        yearOnly += generated.dateOfBirth.date.isValid() ? 0 : 1;
        QVERIFY(generated.dateOfBirth.year >= 1900);
        QVERIFY(!generated.dateOfBirth.date.isValid() || generated.dateOfBirth.date <= kToday);
        children += kToday.year() - generated.dateOfBirth.year < 14 ? 1 : 0;
        if (!generated.idNumber.isEmpty()) {
            QVERIFY2(!numbers.contains(generated.idNumber), "ID numbers are unique");
            numbers.insert(generated.idNumber);
        }
        if (generated.idKind == Person::IdKind::Cccd) {
            ++cccd;
            provinceOfHome += generated.idNumber.startsWith(u"001"_s) ? 1 : 0;
        }
        cmnd += generated.idKind == Person::IdKind::Cmnd ? 1 : 0;
        if (!generated.phone.isEmpty()) {
            ++withPhone;
            QCOMPARE(generated.phone.size(), 10);
            QVERIFY(generated.phone.startsWith(u'0'));
        }
        // Every address is in Hà Nội, with a street or hamlet.
        const auto commune = m_context->adminUnits().find(generated.communeCode);
        QVERIFY(commune && commune->level == pd::core::AdminUnit::Level::Commune);
        QCOMPARE(m_context->adminUnits().find(commune->parentCode)->parentCode, u"01"_s);
        QVERIFY(!generated.street.isEmpty());
        communes.insert(generated.communeCode);
    }
    // Shares within broad bounds of what DemoPeople aims at.
    QVERIFY(women > total * 0.45 && women < total * 0.56);
    QVERIFY(yearOnly > 0 && yearOnly < total * 0.1);
    QVERIFY(cccd > total * 0.6 && cccd < total * 0.95);
    QVERIFY(cmnd > 0 && cmnd < total * 0.1);
    QVERIFY(withPhone > total * 0.5 && withPhone < total * 0.9);
    QVERIFY(children > total * 0.1 && children < total * 0.35);
    QVERIFY(provinceOfHome > cccd * 0.7); // most were born where they live
    QVERIFY(communes.size() > 400);

    // Numbers reserved (already in the file) are not handed out.
    pd::core::DemoPeople again(7, kToday);
    QVERIFY(again.useCommunesOf(m_context->adminUnits(), u"01"_s));
    for (const QString &number : std::as_const(numbers))
        again.reserveIdNumber(number);
    for (int i = 0; i < 500; ++i) {
        const Person generated = again.next();
        QVERIFY(generated.idNumber.isEmpty() || !numbers.contains(generated.idNumber));
    }
}

void TestDeclaration::demoPeopleAreReproducible()
{
    pd::core::DemoPeople first(42, kToday);
    pd::core::DemoPeople second(42, kToday);
    pd::core::DemoPeople other(43, kToday);
    QVERIFY(first.useCommunesOf(m_context->adminUnits(), u"001"_s));
    QVERIFY(second.useCommunesOf(m_context->adminUnits(), u"001"_s));
    QVERIFY(other.useCommunesOf(m_context->adminUnits(), u"001"_s));
    int different = 0;
    for (int i = 0; i < 50; ++i) {
        const Person a = first.next();
        const Person b = second.next();
        const Person c = other.next();
        QCOMPARE(a.fullName, b.fullName);
        QCOMPARE(a.idNumber, b.idNumber);
        QCOMPARE(a.dateOfBirth, b.dateOfBirth);
        QCOMPARE(a.phone, b.phone);
        QCOMPARE(a.communeCode, b.communeCode);
        QCOMPARE(a.street, b.street);
        different += a.fullName != c.fullName ? 1 : 0;
    }
    QVERIFY(different > 25);
}

QTEST_GUILESS_MAIN(TestDeclaration)
#include "tst_declaration.moc"
