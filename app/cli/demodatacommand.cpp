#include "demodatacommand.h"

#include "commandparser.h"
#include "declarationstore.h"
#include "demopeople.h"
#include "output.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd::cli {

namespace {
using declaration::Declaration;
using declaration::DeclarationKind;
using declaration::Exposure;
using declaration::Symptom;
using declaration::TravelMeans;

// Rows per transaction: large enough that commits do not dominate, small
// enough that the write lock is released now and then.
constexpr int kBatchSize = 10'000;
constexpr int kDeclarationDays = 14;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr int kDefaultSeed = 2021;
constexpr int kMaxPeople = 10'000'000;

constexpr const char *kPlaces[] = {
    "Chợ trung tâm",   "Bệnh viện đa khoa tỉnh", "Siêu thị Co.opmart",
    "Bến xe khách",    "Sân bay Nội Bài",        "Sân bay Tân Sơn Nhất",
    "Trường tiểu học", "Ủy ban nhân dân xã",     "Nhà thờ giáo xứ",
    "Chùa làng",       "Khu công nghiệp",        "Đám cưới ở thôn bên",
    "Quán cà phê",     "Ngân hàng Agribank",     "Trạm y tế xã",
    "Chợ đầu mối"};
constexpr const char *kOtherSymptoms[] = {"Đau đầu", "Mất vị giác", "Sổ mũi", "Đau mỏi người",
                                          "Tiêu chảy"};
// Series letters used on Vietnamese plates.
constexpr char kPlateLetters[] = "ABCDEFGHKLMNPSTUVXYZ";

struct Totals {
    int people = 0;
    int declarations = 0;
    int attention = 0;
    int checkpoint = 0;
};

// One declaration for a demo person, on a day of the last two weeks.
class DeclarationMaker {
public:
    DeclarationMaker(core::DemoPeople &demo, QStringList provinces, qint64 nowMs)
        : m_demo(demo), m_provinces(std::move(provinces)), m_nowMs(nowMs)
    {
    }

    Declaration make(const core::Person &person)
    {
        Declaration d;
        d.person = person;
        qint64 atMs = m_nowMs - qint64(m_demo.uniform(0, kDeclarationDays * 24 * 60 - 1)) * 60'000;
        // Nobody declares before they were born.
        if (person.dateOfBirth.date.isValid()
            && QDateTime::fromMSecsSinceEpoch(atMs).date() < person.dateOfBirth.date)
            atMs = m_nowMs;
        d.declaredAtMs = atMs;
        const QDate day = QDateTime::fromMSecsSinceEpoch(atMs).date();
        const int age = person.dateOfBirth.year > 0 ? day.year() - person.dateOfBirth.year : 30;

        // Children are declared by a parent.
        if (age < 15 || m_demo.chance(5)) {
            d.onBehalf = true;
            d.onBehalfName = m_demo.fullName(m_demo.nextSex());
            d.onBehalfName.replace(0, d.onBehalfName.indexOf(QLatin1Char(' ')),
                                   person.fullName.section(QLatin1Char(' '), 0, 0));
        }
        if (age >= 18 && m_demo.chance(15)) {
            QString local = core::fold(person.fullName);
            local.remove(QLatin1Char(' '));
            d.email = QStringLiteral("%1%2@gmail.com").arg(local).arg(m_demo.uniform(1, 99));
        }
        if (m_demo.chance(20)) {
            d.visitedPlaces = true;
            d.placesText = pick(kPlaces);
            if (m_demo.chance(40))
                d.placesText += QStringLiteral(", ") + pick(kPlaces);
        }
        // About one declaration in ten needs a health worker's look.
        if (m_demo.chance(7)) {
            const QList<Symptom> all = Declaration::allSymptoms();
            d.symptoms |= all.at(m_demo.uniform(0, int(all.size()) - 1));
            if (m_demo.chance(40))
                d.symptoms |= all.at(m_demo.uniform(0, int(all.size()) - 1));
            if (m_demo.chance(30))
                d.symptomsText = pick(kOtherSymptoms);
        }
        if (m_demo.chance(4)) {
            const QList<Exposure> all = Declaration::allExposures();
            d.exposures |= all.at(m_demo.uniform(0, int(all.size()) - 1));
        }
        vaccinate(d, person, day, age);
        if (m_demo.chance(15))
            travel(d, day);
        return d;
    }

private:
    template<std::size_t N> QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[m_demo.uniform(0, int(N) - 1)]);
    }

    void vaccinate(Declaration &d, const core::Person &person, QDate day, int age)
    {
        if (age < 12)
            return;
        const int roll = m_demo.uniform(0, 99);
        d.vaccineDoses = age < 18 ? (roll < 30       ? 0
                                         : roll < 60 ? 1
                                                     : 2)
                                  : (roll < 8        ? 0
                                         : roll < 25 ? 1
                                         : roll < 80 ? 2
                                                     : 3);
        if (d.vaccineDoses == 0)
            return;
        QDate last = day.addDays(-m_demo.uniform(14, 240));
        const QDate born = person.dateOfBirth.date.isValid()
            ? person.dateOfBirth.date
            : QDate(person.dateOfBirth.year, 12, 31);
        if (last < born)
            last = day;
        d.lastDoseDate = last;
    }

    void travel(Declaration &d, QDate day)
    {
        d.kind = DeclarationKind::Checkpoint;
        d.travelFrom = m_provinces.value(m_demo.uniform(0, int(m_provinces.size()) - 1));
        d.travelDate = day.addDays(-m_demo.uniform(0, 3));
        const int roll = m_demo.uniform(0, 99);
        d.travelMeans = roll < 40 ? TravelMeans::Motorbike
            : roll < 70           ? TravelMeans::Car
            : roll < 85           ? TravelMeans::Bus
            : roll < 91           ? TravelMeans::Plane
            : roll < 96           ? TravelMeans::Train
            : roll < 98           ? TravelMeans::Ship
                                  : TravelMeans::Other;
        const auto letter = [this] {
            return QLatin1Char(kPlateLetters[m_demo.uniform(0, int(sizeof kPlateLetters) - 2)]);
        };
        const int province = m_demo.uniform(11, 99);
        switch (d.travelMeans) {
        case TravelMeans::Motorbike:
            // As written on the plate: "29-B1 123.45".
            d.vehicleNumber = QStringLiteral("%1-%2%3 %4.%5")
                                  .arg(province)
                                  .arg(letter())
                                  .arg(m_demo.uniform(1, 9))
                                  .arg(m_demo.uniform(100, 999))
                                  .arg(m_demo.uniform(0, 99), 2, 10, QLatin1Char('0'));
            break;
        case TravelMeans::Car:
        case TravelMeans::Bus:
            d.vehicleNumber =
                QStringLiteral("%1%2-%3.%4")
                    .arg(province)
                    .arg(d.travelMeans == TravelMeans::Bus ? QLatin1Char('B') : letter())
                    .arg(m_demo.uniform(100, 999))
                    .arg(m_demo.uniform(0, 99), 2, 10, QLatin1Char('0'));
            break;
        case TravelMeans::Plane:
            d.vehicleNumber = QStringLiteral("VN %1").arg(m_demo.uniform(200, 1699));
            break;
        case TravelMeans::Train:
            d.vehicleNumber = QStringLiteral("SE%1").arg(m_demo.uniform(1, 8));
            break;
        case TravelMeans::Ship:
        case TravelMeans::Other:
        case TravelMeans::None:
            break;
        }
    }

    core::DemoPeople &m_demo;
    QStringList m_provinces;
    qint64 m_nowMs;
};

// Inserts `count` people in transactions of kBatchSize, through the same
// validation (and so the same folded name) as PersonStore, with capture on;
// one audit entry for them all. PersonStore::create would look each number
// up and audit each person, three times the work for rows known to be new.
// Keeps the people listed in `keep` (with their new ids) for declarations.
core::Status insertPeople(core::CoreContext &core, core::DemoPeople &demo, int count,
                          const QList<int> &keep, QHash<int, core::Person> &kept)
{
    core::PersonStore people(core);
    core::Database &database = core.database();
    qsizetype nextKept = 0;
    for (int start = 0; start < count; start += kBatchSize) {
        auto written = database.transaction([&]() -> core::Status {
            QSqlQuery insert(database.connection());
            if (!insert.prepare(QStringLiteral(
                    "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, "
                    "folded_name, birth_date, birth_year, sex, phone, nationality, commune_code, "
                    "street, created_at_ms, created_by, updated_at_ms, updated_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                return core::fail(QStringLiteral("demo.sql"), insert.lastError().text());
            const qint64 nowMs = core.clock().nowMs();
            const QString &actor = core.audit().actorId();
            // One timestamp for the rows of one transaction, as a sync pull
            // applies a batch: they are distinct rows, so last-writer-wins
            // never compares them, and a tick per row would cost a write.
            auto hlc = core.hlc().now();
            if (!hlc)
                return std::unexpected(hlc.error());
            for (int i = start; i < qMin(count, start + kBatchSize); ++i) {
                auto person = people.validate(demo.next());
                if (!person)
                    return std::unexpected(person.error());
                person->id = core.ids().next();
                person->createdAtMs = person->updatedAtMs = nowMs;
                person->createdBy = person->updatedBy = actor;
                core::Database::bindValues(
                    insert,
                    {person->id, *hlc, core.deviceId(), core::Person::idKindKey(person->idKind),
                     person->idNumber, person->fullName, person->foldedName,
                     person->dateOfBirth.toIsoString(), person->dateOfBirth.year,
                     core::Recognition::sexName(person->sex), person->phone, person->nationality,
                     person->communeCode, person->street, nowMs, actor, nowMs, actor});
                if (!insert.exec())
                    return core::fail(QStringLiteral("demo.sql"), insert.lastError().text());
                while (nextKept < keep.size() && keep.at(nextKept) == i) {
                    kept.insert(i, *person);
                    ++nextKept;
                }
            }
            return {};
        });
        if (!written)
            return written;
    }
    return core.audit().record(QStringLiteral("demo.people"), QStringLiteral("person"), {},
                               QStringLiteral("count=%1").arg(count));
}
} // namespace

QString DemoDataCommand::summary()
{
    return tr("Fill a data file with realistic demo people and health declarations.");
}

Done DemoDataCommand::run(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("demo-data"), summary(), arguments);
    const QCommandLineOption peopleOption(QStringLiteral("people"), tr("How many people to add."),
                                          tr("N"));
    const QCommandLineOption declarationsOption(
        QStringLiteral("declarations"),
        tr("How many health declarations to add over the last %1 days (default: half the "
           "people).")
            .arg(kDeclarationDays),
        tr("M"));
    const QCommandLineOption provinceOption(
        QStringLiteral("province"),
        tr("GSO code of the province (or district, or commune) people live in (default: the "
           "province of this device's unit, else the whole country)."),
        tr("CODE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        tr("Seed of the generator; the same seed gives the same people (default %1).")
            .arg(kDefaultSeed),
        tr("S"));
    for (const auto &option : {peopleOption, declarationsOption, provinceOption, seedOption})
        parser.addOption(option);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    if (!parser.isSet(peopleOption))
        return usageError(tr("Missing required option --people."));
    const auto peopleCount = parser.intValue(peopleOption, 0, 1, kMaxPeople);
    if (!peopleCount)
        return std::unexpected(peopleCount.error());
    const auto declarationCount =
        parser.intValue(declarationsOption, *peopleCount / 2, 0, kMaxPeople);
    if (!declarationCount)
        return std::unexpected(declarationCount.error());
    const auto seed = parser.intValue(seedOption, kDefaultSeed, 0);
    if (!seed)
        return std::unexpected(seed.error());

    auto context = parser.openContext(/*mayCreate=*/true);
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    auto settings = core.settings().load();
    if (!settings)
        return failed(settings.error());
    if (!settings->serverUrl.isEmpty())
        return failed(tr("This data file syncs with %1: demo people would reach the province's "
                         "registry. Use a separate data file for demo data.")
                          .arg(settings->serverUrl));

    // Where people live: the option, else the province of this device.
    QString unitCode = parser.value(provinceOption).trimmed();
    if (!parser.isSet(provinceOption) && !settings->locationUnitCode.isEmpty()) {
        QString code = settings->locationUnitCode;
        while (const auto unit = core.adminUnits().find(code)) {
            if (unit->parentCode.isEmpty())
                break;
            code = unit->parentCode;
        }
        unitCode = code;
    }
    if (parser.isSet(provinceOption) && unitCode.isEmpty())
        return usageError(tr("Option --province needs a value."));
    if (!unitCode.isEmpty() && !core.adminUnits().find(unitCode))
        return usageError(tr("No administrative unit has the code %1.").arg(unitCode));

    // For this process only: large transactions (rows, indexes, full-text
    // index, outbox) fit in SQLite's page cache and reach the WAL once, at
    // commit.
    if (auto ok = core.database().exec(QStringLiteral("PRAGMA cache_size = -131072")); !ok)
        return failed(ok.error());

    QElapsedTimer timer;
    timer.start();
    const QDate today = QDateTime::fromMSecsSinceEpoch(core.clock().nowMs()).date();
    core::DemoPeople demo(quint32(*seed), today);
    if (auto loaded = demo.useCommunesOf(core.adminUnits(), unitCode); !loaded)
        return failed(loaded.error());
    {
        // Numbers already registered in this file are not handed out again.
        QSqlQuery query(core.database().connection());
        if (!query.exec(QStringLiteral("SELECT id_number FROM person WHERE id_number <> ''")))
            return failed(query.lastError().text());
        while (query.next())
            demo.reserveIdNumber(query.value(0).toString());
    }

    // Who declares: drawn before the people are made, so a person's
    // declarations can be built as soon as their registry record exists.
    QList<int> declarers;
    declarers.reserve(*declarationCount);
    for (int i = 0; i < *declarationCount; ++i)
        declarers << demo.uniform(0, *peopleCount - 1);
    QList<int> keep = declarers;
    std::sort(keep.begin(), keep.end());

    Totals totals;
    QHash<int, core::Person> kept;
    if (auto ok = insertPeople(core, demo, *peopleCount, keep, kept); !ok)
        return failed(ok.error());
    totals.people = *peopleCount;
    const double peopleSeconds = double(timer.nsecsElapsed()) / 1e9;

    QStringList provinces;
    for (const core::AdminUnit &province : core.adminUnits().children({}))
        provinces << province.displayName();
    DeclarationMaker maker(demo, provinces, core.clock().nowMs());
    declaration::DeclarationStore store(core);
    const QString &actor = core.audit().actorId();
    for (qsizetype start = 0; start < declarers.size(); start += kBatchSize) {
        QList<Declaration> batch;
        for (qsizetype i = start; i < qMin(declarers.size(), start + kBatchSize); ++i)
            batch << maker.make(kept.value(declarers.at(i)));
        auto saved = store.saveBatch(std::move(batch), actor);
        if (!saved)
            return failed(saved.error());
        for (const Declaration &d : std::as_const(*saved)) {
            totals.attention += d.needsAttention() ? 1 : 0;
            totals.checkpoint += d.kind == DeclarationKind::Checkpoint ? 1 : 0;
        }
        totals.declarations += int(saved->size());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    output::writeJson(QJsonObject {
        {QStringLiteral("db"), core.database().path()},
        {QStringLiteral("unit"), unitCode},
        {QStringLiteral("communes"), qint64(demo.communeCount())},
        {QStringLiteral("seed"), *seed},
        {QStringLiteral("people"), totals.people},
        {QStringLiteral("declarations"), totals.declarations},
        {QStringLiteral("attention"), totals.attention},
        {QStringLiteral("checkpoint"), totals.checkpoint},
        {QStringLiteral("peopleSeconds"), qRound(peopleSeconds * 100) / 100.0},
        {QStringLiteral("seconds"), qRound(seconds * 100) / 100.0},
    });
    return {};
}

} // namespace pd::cli
