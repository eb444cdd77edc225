#include "declarationstore.h"

#include "corecontext.h"
#include "foldedsearchindex.h"
#include "personstore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::declaration {

using core::fail;
using core::Person;
using core::Result;
using core::Status;

namespace {
constexpr int kMaxVaccineDoses = 10;
// Checkpoints ask about travel in the last month; an older trip is a typo.
constexpr int kMaxTravelAgeDays = 30;
constexpr int kMaxShortText = 200;
constexpr int kMaxLongText = 2000;

constexpr auto kInsert =
    "INSERT INTO declaration(id, hlc, origin, kind, supersedes_id, person_id, on_behalf, "
    "on_behalf_name, id_kind, id_number, full_name, folded_name, birth_date, birth_year, sex, "
    "nationality, province_code, district_code, commune_code, street, phone, email, "
    "visited_places, places_text, symptoms, symptoms_text, exposures, attention, vaccine_doses, "
    "last_dose_date, travel_from, travel_means, vehicle_number, travel_date, declared_at_ms, "
    "declared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The newest correction of a row, if any. Spelled with `supersedes_id <> ''`
// so SQLite may use the partial index declaration_supersedes.
constexpr auto kSupersededBy =
    "(SELECT n.id FROM declaration n WHERE n.supersedes_id = d.id AND n.supersedes_id <> '' "
    "ORDER BY n.declared_at_ms DESC, n.id DESC LIMIT 1)";
constexpr auto kNotSuperseded = "NOT EXISTS (SELECT 1 FROM declaration n "
                                "WHERE n.supersedes_id = d.id AND n.supersedes_id <> '')";

constexpr auto kColumns =
    "d.id, d.kind, d.supersedes_id, d.person_id, d.on_behalf, d.on_behalf_name, d.id_kind, "
    "d.id_number, d.full_name, d.folded_name, d.birth_date, d.sex, d.nationality, "
    "d.commune_code, d.street, d.phone, d.email, d.visited_places, d.places_text, d.symptoms, "
    "d.symptoms_text, d.exposures, d.vaccine_doses, d.last_dose_date, d.travel_from, "
    "d.travel_means, d.vehicle_number, d.travel_date, d.declared_at_ms, d.declared_by";

std::unexpected<core::Error> sqlFailure(const QSqlQuery &query)
{
    return fail(QStringLiteral("declaration.sql"), query.lastError().text());
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

core::BirthDate birthDateFromIso(const QString &text)
{
    if (text.size() == 4)
        return core::BirthDate::fromYear(text.toInt());
    return core::BirthDate::fromDate(QDate::fromString(text, Qt::ISODate));
}

Declaration declarationFrom(const QSqlQuery &query)
{
    Declaration row;
    int column = 0;
    const auto next = [&query, &column] {
        return query.value(column++);
    };
    row.id = next().toString();
    row.kind = Declaration::kindFromKey(next().toString()).value_or(DeclarationKind::Commune);
    row.supersedesId = next().toString();
    row.person.id = next().toString();
    row.onBehalf = next().toBool();
    row.onBehalfName = next().toString();
    row.person.idKind = Person::idKindFromKey(next().toString()).value_or(Person::IdKind::None);
    row.person.idNumber = next().toString();
    row.person.fullName = next().toString();
    row.person.foldedName = next().toString();
    row.person.dateOfBirth = birthDateFromIso(next().toString());
    const QString sex = next().toString();
    row.person.sex = sex == QLatin1String("male")
        ? core::Sex::Male
        : (sex == QLatin1String("female") ? core::Sex::Female : core::Sex::Unknown);
    row.person.nationality = next().toString();
    row.person.communeCode = next().toString();
    row.person.street = next().toString();
    row.person.phone = next().toString();
    row.email = next().toString();
    row.visitedPlaces = next().toBool();
    row.placesText = next().toString();
    row.symptoms = Symptoms::fromInt(next().toInt());
    row.symptomsText = next().toString();
    row.exposures = Exposures::fromInt(next().toInt());
    row.vaccineDoses = next().toInt();
    row.lastDoseDate = QDate::fromString(next().toString(), Qt::ISODate);
    row.travelFrom = next().toString();
    row.travelMeans =
        Declaration::travelMeansFromKey(next().toString()).value_or(TravelMeans::None);
    row.vehicleNumber = next().toString();
    row.travelDate = QDate::fromString(next().toString(), Qt::ISODate);
    row.declaredAtMs = next().toLongLong();
    row.declaredBy = next().toString();
    row.supersededBy = next().toString();
    return row;
}

// Road vehicles carry a plate the checkpoint writes down: "29A-123.45" is
// stored "29A12345". Train and flight numbers lose their spaces too
// ("VN 123" → "VN123"); a ship's name or anything else is kept as typed.
QString normalizeVehicleNumber(TravelMeans means, const QString &text)
{
    switch (means) {
    case TravelMeans::Car:
    case TravelMeans::Motorbike:
    case TravelMeans::Bus:
    case TravelMeans::Train:
    case TravelMeans::Plane: {
        QString number;
        for (const QChar ch : text) {
            if (!ch.isSpace() && ch != QLatin1Char('-') && ch != QLatin1Char('.'))
                number.append(ch.toUpper());
        }
        return number;
    }
    case TravelMeans::None:
    case TravelMeans::Ship:
    case TravelMeans::Other:
        break;
    }
    return text.simplified();
}

bool needsPlate(TravelMeans means)
{
    return means == TravelMeans::Car || means == TravelMeans::Motorbike
        || means == TravelMeans::Bus;
}

// Vietnamese plates (Circular 58/2020/TT-BCA): two digits of the province,
// the series (one or two letters, a motorbike's followed by a digit), then
// four or five digits: 29A12345, 51LD01234, 29B112345.
bool isPlate(const QString &number)
{
    static const QRegularExpression plate(QStringLiteral("^[0-9]{2}[A-Z]{1,2}[0-9]?[0-9]{4,5}$"));
    return plate.match(number).hasMatch();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    return email.match(text).hasMatch();
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}
} // namespace

DeclarationStore::DeclarationStore(core::CoreContext &core) : m_core(core) { }

core::ModuleSchema DeclarationStore::schema()
{
    return core::ModuleSchema {
        QStringLiteral("declaration"),
        {{QStringLiteral("declaration"), core::SyncedTable::Kind::AppendOnly}},
        {{QStringLiteral("declaration"), {QStringLiteral("folded_name")}}},
    };
}

Result<Declaration> DeclarationStore::validate(Declaration declaration) const
{
    return validateAt(std::move(declaration), localDate(m_core.clock().nowMs()));
}

// The checks in the order the form asks its questions, so the first error
// is the one nearest the top of the form.
Result<Declaration> DeclarationStore::validateAt(Declaration declaration, QDate today) const
{
    Declaration &d = declaration;
    d.onBehalfName = d.onBehalf ? d.onBehalfName.simplified() : QString();
    d.email = d.email.trimmed();
    d.placesText = d.visitedPlaces ? d.placesText.trimmed() : QString();
    d.symptomsText = d.symptomsText.trimmed();
    d.travelFrom = d.travelFrom.simplified();
    d.vehicleNumber = normalizeVehicleNumber(d.travelMeans, d.vehicleNumber);

    if (d.onBehalf && d.onBehalfName.isEmpty())
        return fail(QStringLiteral("declaration.on_behalf_name"),
                    tr("Declared by: enter the name of the person declaring on someone's "
                       "behalf."));
    if (d.onBehalfName.size() > kMaxShortText)
        return fail(QStringLiteral("declaration.on_behalf_name"),
                    tr("Declared by: use at most %1 characters.").arg(kMaxShortText));

    // Name, ID number (its digits against the date of birth and sex),
    // phone and commune: the registry's own rules and messages.
    auto person = core::PersonStore(m_core).validate(std::move(d.person));
    if (!person)
        return std::unexpected(person.error());
    d.person = std::move(*person);
    const core::BirthDate &dob = d.person.dateOfBirth;
    if (dob.isNull())
        return fail(QStringLiteral("declaration.birth_date"),
                    tr("Date of birth: enter the date, or at least the year."));
    if (dob.date.isValid() && dob.date > today)
        return fail(QStringLiteral("declaration.birth_date"),
                    tr("Date of birth: the date is in the future."));
    if (d.person.sex == core::Sex::Unknown)
        return fail(QStringLiteral("declaration.sex"), tr("Sex: choose male or female."));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(d.person.nationality).hasMatch())
        return fail(QStringLiteral("declaration.nationality"),
                    tr("Nationality: choose a country from the list."));
    if (d.person.communeCode.isEmpty())
        return fail(QStringLiteral("declaration.commune"),
                    tr("Address: choose the province, the district and the commune."));

    if (!d.email.isEmpty() && (d.email.size() > kMaxShortText || !isEmail(d.email)))
        return fail(QStringLiteral("declaration.email"),
                    tr("E-mail: enter an address like ten@vidu.vn, or leave it empty."));

    if (d.visitedPlaces && d.placesText.isEmpty())
        return fail(QStringLiteral("declaration.places_text"),
                    tr("Visited other provinces, cities or countries: say where, or untick the "
                       "box."));
    if (d.placesText.size() > kMaxLongText)
        return fail(QStringLiteral("declaration.places_text"),
                    tr("Visited other provinces, cities or countries: use at most %1 characters.")
                        .arg(kMaxLongText));
    if (d.symptomsText.size() > kMaxLongText)
        return fail(QStringLiteral("declaration.symptoms_text"),
                    tr("Other symptoms: use at most %1 characters.").arg(kMaxLongText));

    if (d.vaccineDoses < 0 || d.vaccineDoses > kMaxVaccineDoses)
        return fail(QStringLiteral("declaration.vaccine_doses"),
                    tr("Doses received: enter a number from 0 to %1.").arg(kMaxVaccineDoses));
    if (d.vaccineDoses == 0 && d.lastDoseDate.isValid())
        return fail(QStringLiteral("declaration.vaccine_doses"),
                    tr("Doses received: enter how many doses, or clear the date of the last "
                       "dose."));
    if (d.vaccineDoses > 0) {
        if (!d.lastDoseDate.isValid())
            return fail(QStringLiteral("declaration.last_dose_date"),
                        tr("Date of the last dose: enter the date."));
        if (d.lastDoseDate > today)
            return fail(QStringLiteral("declaration.last_dose_date"),
                        tr("Date of the last dose: the date is in the future."));
        const bool beforeBirth =
            dob.date.isValid() ? d.lastDoseDate < dob.date : d.lastDoseDate.year() < dob.year;
        if (beforeBirth)
            return fail(QStringLiteral("declaration.last_dose_date"),
                        tr("Date of the last dose: the date is before the date of birth."));
    }

    const bool checkpoint = d.kind == DeclarationKind::Checkpoint;
    if (checkpoint && d.travelFrom.isEmpty())
        return fail(QStringLiteral("declaration.travel_from"),
                    tr("Coming from: enter where the journey started."));
    if (d.travelFrom.size() > kMaxShortText)
        return fail(QStringLiteral("declaration.travel_from"),
                    tr("Coming from: use at most %1 characters.").arg(kMaxShortText));
    if (checkpoint && d.travelMeans == TravelMeans::None)
        return fail(QStringLiteral("declaration.travel_means"),
                    tr("Travelling by: choose how the person travelled."));
    if (needsPlate(d.travelMeans) && d.vehicleNumber.isEmpty())
        return fail(QStringLiteral("declaration.vehicle_number"),
                    tr("Vehicle number: enter the number plate, like 29A-123.45."));
    if (needsPlate(d.travelMeans) && !isPlate(d.vehicleNumber))
        return fail(QStringLiteral("declaration.vehicle_number"),
                    tr("Vehicle number: not a Vietnamese number plate; write it like "
                       "29A-123.45."));
    if (d.vehicleNumber.size() > kMaxShortText)
        return fail(QStringLiteral("declaration.vehicle_number"),
                    tr("Vehicle number: use at most %1 characters.").arg(kMaxShortText));
    if (checkpoint && !d.travelDate.isValid())
        return fail(QStringLiteral("declaration.travel_date"),
                    tr("Travel date: enter the day the journey started."));
    if (d.travelDate.isValid() && d.travelDate > today)
        return fail(QStringLiteral("declaration.travel_date"),
                    tr("Travel date: the date is in the future."));
    if (checkpoint && d.travelDate < today.addDays(-kMaxTravelAgeDays))
        return fail(QStringLiteral("declaration.travel_date"),
                    tr("Travel date: more than %1 days ago; enter the date of this journey.")
                        .arg(kMaxTravelAgeDays));
    return declaration;
}

DeclarationStore::UnitPath DeclarationStore::unitPathOf(const QString &communeCode) const
{
    if (const auto cached = m_unitPaths.constFind(communeCode); cached != m_unitPaths.cend())
        return *cached;
    UnitPath path;
    if (const auto commune = m_core.adminUnits().find(communeCode)) {
        path.districtCode = commune->parentCode;
        if (const auto district = m_core.adminUnits().find(path.districtCode))
            path.provinceCode = district->parentCode;
    }
    m_unitPaths.insert(communeCode, path);
    return path;
}

Result<QString> DeclarationStore::personIdFor(const Declaration &declaration,
                                              const std::optional<Declaration> &superseded)
{
    core::PersonStore people(m_core);
    const auto existing = [&people](const QString &id) -> Result<QString> {
        auto resolved = people.resolveId(id);
        if (!resolved)
            return std::unexpected(resolved.error());
        auto found = people.findById(*resolved);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(QStringLiteral("declaration.person"),
                        tr("The person this declaration is for is not in the registry."));
        return *resolved;
    };

    const Person &person = declaration.person;
    if (!person.id.isEmpty())
        return existing(person.id);
    if (!person.idNumber.isEmpty()) {
        auto found = people.findByIdNumber(person.idNumber);
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            return (*found)->id;
    }
    if (superseded)
        return existing(superseded->person.id);
    auto created = people.create(person);
    if (!created)
        return std::unexpected(created.error());
    return created->person.id;
}

Status DeclarationStore::insert(QSqlQuery &statement, const Declaration &d)
{
    auto hlc = m_core.hlc().now();
    if (!hlc)
        return std::unexpected(hlc.error());
    const UnitPath path = unitPathOf(d.person.communeCode);
    const Person &p = d.person;
    const QVariantList values {
        d.id,
        *hlc,
        m_core.deviceId(),
        Declaration::kindKey(d.kind),
        d.supersedesId,
        p.id,
        d.onBehalf ? 1 : 0,
        d.onBehalfName,
        Person::idKindKey(p.idKind),
        p.idNumber,
        p.fullName,
        p.foldedName,
        p.dateOfBirth.toIsoString(),
        p.dateOfBirth.year,
        core::Recognition::sexName(p.sex),
        p.nationality,
        path.provinceCode,
        path.districtCode,
        p.communeCode,
        p.street,
        p.phone,
        d.email,
        d.visitedPlaces ? 1 : 0,
        d.placesText,
        int(d.symptoms.toInt()),
        d.symptomsText,
        int(d.exposures.toInt()),
        d.needsAttention() ? 1 : 0,
        d.vaccineDoses,
        isoDate(d.lastDoseDate),
        d.travelFrom,
        Declaration::travelMeansKey(d.travelMeans),
        d.vehicleNumber,
        isoDate(d.travelDate),
        d.declaredAtMs,
        d.declaredBy,
    };
    core::Database::bindValues(statement, values);
    if (!statement.exec())
        return sqlFailure(statement);
    return {};
}

Result<Declaration> DeclarationStore::write(Declaration candidate, const QString &userId,
                                            const std::optional<Declaration> &superseded)
{
    const qint64 nowMs = m_core.clock().nowMs();
    auto checked = validateAt(std::move(candidate), localDate(nowMs));
    if (!checked)
        return std::unexpected(checked.error());
    Declaration declaration = std::move(*checked);
    declaration.supersedesId = superseded ? superseded->id : QString();
    declaration.supersededBy.clear();

    auto written = m_core.database().transaction([&]() -> Status {
        auto personId = personIdFor(declaration, superseded);
        if (!personId)
            return std::unexpected(personId.error());
        declaration.person.id = *personId;
        declaration.id = m_core.ids().next();
        declaration.declaredAtMs = nowMs;
        declaration.declaredBy = userId;
        QSqlQuery statement(m_core.database().connection());
        if (!statement.prepare(QLatin1String(kInsert)))
            return sqlFailure(statement);
        if (auto ok = insert(statement, declaration); !ok)
            return ok;
        if (auto ok = m_core.database().exec(
                QStringLiteral("DELETE FROM declaration_draft WHERE user_id = ?"), {userId});
            !ok)
            return ok;
        return m_core.audit().record(superseded ? QStringLiteral("declaration.supersede")
                                                : QStringLiteral("declaration.create"),
                                     QStringLiteral("declaration"), declaration.id);
    });
    if (!written)
        return std::unexpected(written.error());
    return declaration;
}

Result<Declaration> DeclarationStore::save(Declaration declaration, const QString &userId)
{
    return write(std::move(declaration), userId, std::nullopt);
}

Result<Declaration> DeclarationStore::supersede(const QString &oldId, Declaration correction,
                                                const QString &userId)
{
    std::optional<Result<Declaration>> result;
    // Looked up inside the transaction so two corrections of the same
    // declaration on this device cannot both pass the check.
    auto done = m_core.database().transaction([&]() -> Status {
        auto old = findById(oldId);
        if (!old)
            return std::unexpected(old.error());
        if (!*old)
            return fail(QStringLiteral("declaration.not_found"),
                        tr("The declaration to correct does not exist."));
        if (!(*old)->supersededBy.isEmpty())
            return fail(QStringLiteral("declaration.superseded"),
                        tr("This declaration has already been corrected; correct its newest "
                           "version instead."));
        result = write(std::move(correction), userId, **old);
        if (!*result)
            return std::unexpected(result->error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return std::move(*result);
}

Result<QList<Declaration>> DeclarationStore::saveBatch(QList<Declaration> declarations,
                                                       const QString &userId)
{
    const qint64 nowMs = m_core.clock().nowMs();
    const auto atPosition = [](qsizetype index, const core::Error &error) {
        return fail(error.code, tr("Declaration %1: %2").arg(index + 1).arg(error.message));
    };
    auto written = m_core.database().transaction([&]() -> Status {
        QSqlQuery statement(m_core.database().connection());
        if (!statement.prepare(QLatin1String(kInsert)))
            return sqlFailure(statement);
        // Imports and demo data name people already registered: one
        // prepared lookup instead of resolving each id through its merges
        // (personIdFor() still does that for ids not found as they are).
        QSqlQuery registered(m_core.database().connection());
        if (!registered.prepare(
                QStringLiteral("SELECT 1 FROM person WHERE id = ? AND deleted = 0")))
            return sqlFailure(registered);
        const auto isRegistered = [&registered](const QString &id) {
            registered.addBindValue(id);
            const bool found = registered.exec() && registered.next();
            registered.finish();
            return found;
        };
        for (qsizetype i = 0; i < declarations.size(); ++i) {
            Declaration &declaration = declarations[i];
            const qint64 atMs = declaration.declaredAtMs > 0 ? declaration.declaredAtMs : nowMs;
            if (atMs > nowMs)
                return atPosition(i,
                                  {QStringLiteral("declaration.declared_at"),
                                   tr("Declared on: the date is in the future.")});
            auto checked = validateAt(std::move(declaration), localDate(atMs));
            if (!checked)
                return atPosition(i, checked.error());
            declaration = std::move(*checked);
            std::optional<Declaration> superseded;
            if (!declaration.supersedesId.isEmpty()) {
                auto old = findById(declaration.supersedesId);
                if (!old)
                    return std::unexpected(old.error());
                if (!*old || !(*old)->supersededBy.isEmpty())
                    return atPosition(i,
                                      {QStringLiteral("declaration.superseded"),
                                       tr("The declaration it corrects does not exist or was "
                                          "already corrected.")});
                superseded = std::move(*old);
            }
            if (declaration.person.id.isEmpty() || !isRegistered(declaration.person.id)) {
                auto personId = personIdFor(declaration, superseded);
                if (!personId)
                    return atPosition(i, personId.error());
                declaration.person.id = *personId;
            }
            declaration.id = m_core.ids().next();
            declaration.declaredAtMs = atMs;
            declaration.declaredBy = userId;
            declaration.supersededBy.clear();
            if (auto ok = insert(statement, declaration); !ok)
                return ok;
        }
        if (declarations.isEmpty())
            return {};
        return m_core.audit().record(QStringLiteral("declaration.batch"),
                                     QStringLiteral("declaration"), {},
                                     QStringLiteral("count=%1").arg(declarations.size()));
    });
    if (!written)
        return std::unexpected(written.error());
    return declarations;
}

Result<QList<Declaration>> DeclarationStore::select(const QString &where,
                                                    const QVariantList &values,
                                                    const QString &tail) const
{
    QSqlQuery query(m_core.database().connection());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT %1, %2 FROM declaration d WHERE %3 %4")
                .arg(QLatin1String(kColumns), QLatin1String(kSupersededBy), where, tail)))
        return sqlFailure(query);
    core::Database::bindValues(query, values);
    if (!query.exec())
        return sqlFailure(query);
    QList<Declaration> rows;
    while (query.next())
        rows.append(declarationFrom(query));
    return rows;
}

Result<std::optional<Declaration>> DeclarationStore::findById(const QString &id) const
{
    auto rows = select(QStringLiteral("d.id = ? AND d.deleted = 0"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Declaration>();
    return std::optional<Declaration>(rows->first());
}

Result<QStringList> DeclarationStore::mergedIds(const QString &personId) const
{
    // The kept record's id first, then every id merged into it, directly or
    // through a chain of merges.
    auto kept = core::PersonStore(m_core).resolveId(personId);
    if (!kept)
        return std::unexpected(kept.error());
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral(
        "WITH RECURSIVE ids(id) AS (SELECT ? UNION SELECT m.merged_id FROM person_merge m "
        "JOIN ids ON m.kept_id = ids.id WHERE m.deleted = 0) SELECT id FROM ids"));
    query.addBindValue(*kept);
    if (!query.exec())
        return sqlFailure(query);
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<QString> DeclarationStore::whereOf(const DeclarationFilter &filter,
                                          QVariantList &values) const
{
    QStringList terms {QStringLiteral("d.deleted = 0")};
    if (!filter.includeSuperseded)
        terms << QLatin1String(kNotSuperseded);
    if (filter.from.isValid()) {
        terms << QStringLiteral("d.declared_at_ms >= ?");
        values << filter.from.startOfDay().toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("d.declared_at_ms < ?");
        values << filter.to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    if (const QString code = filter.unitCode.trimmed(); !code.isEmpty()) {
        const auto unit = m_core.adminUnits().find(code);
        if (!unit)
            return fail(QStringLiteral("declaration.filter_unit"),
                        tr("Area: %1 is not a province, district or commune code.").arg(code));
        switch (unit->level) {
        case core::AdminUnit::Level::Province:
            terms << QStringLiteral("d.province_code = ?");
            break;
        case core::AdminUnit::Level::District:
            terms << QStringLiteral("d.district_code = ?");
            break;
        case core::AdminUnit::Level::Commune:
            terms << QStringLiteral("d.commune_code = ?");
            break;
        }
        values << code;
    }
    if (filter.anySymptom)
        terms << QStringLiteral("d.symptoms <> 0");
    if (filter.anyExposure)
        terms << QStringLiteral("d.exposures <> 0");

    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        const bool hasDigit =
            std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
        if (hasDigit) {
            // The start of an ID number (passport letters upper case) or of
            // a phone number as stored ("+84 912" → "0912").
            QString prefix;
            for (const QChar ch : text) {
                if (ch.isLetterOrNumber() && ch.unicode() < 128)
                    prefix.append(ch.toUpper());
            }
            const QString phone =
                text.startsWith(QLatin1String("+84")) ? QLatin1Char('0') + prefix.mid(2) : prefix;
            terms << QStringLiteral("(d.id_number LIKE ? || '%' OR d.phone LIKE ? || '%')");
            values << prefix << phone;
        } else {
            const QString expression = core::FoldedSearchIndex::matchExpression(text);
            if (expression.isEmpty()) {
                terms << QStringLiteral("0");
            } else {
                terms << QStringLiteral("d.rowid IN (SELECT rowid FROM declaration_fts "
                                        "WHERE declaration_fts MATCH ?)");
                values << expression;
            }
        }
    }

    if (!filter.personId.isEmpty()) {
        auto ids = mergedIds(filter.personId);
        if (!ids)
            return std::unexpected(ids.error());
        QStringList marks;
        for (const QString &id : std::as_const(*ids)) {
            marks << QStringLiteral("?");
            values << id;
        }
        terms << QStringLiteral("d.person_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<Declaration>> DeclarationStore::find(const DeclarationFilter &filter, int limit,
                                                  int offset) const
{
    QVariantList values;
    auto where = whereOf(filter, values);
    if (!where)
        return std::unexpected(where.error());
    values << qMax(0, limit) << qMax(0, offset);
    return select(*where, values,
                  QStringLiteral("ORDER BY d.declared_at_ms DESC, d.id DESC LIMIT ? OFFSET ?"));
}

Result<int> DeclarationStore::count(const DeclarationFilter &filter) const
{
    QVariantList values;
    auto where = whereOf(filter, values);
    if (!where)
        return std::unexpected(where.error());
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM declaration d WHERE %1").arg(*where));
    core::Database::bindValues(query, values);
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toInt();
}

Status DeclarationStore::saveDraft(const QString &userId, const QByteArray &state)
{
    // Local only: no outbox row (the table is not synced) and no audit
    // entry (a draft is not a record yet). An empty state is no draft.
    if (state.isEmpty())
        return discardDraft(userId);
    return m_core.database().exec(
        QStringLiteral("INSERT INTO declaration_draft(user_id, state, saved_at_ms) "
                       "VALUES (?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                       "state = excluded.state, saved_at_ms = excluded.saved_at_ms"),
        {userId, state, m_core.clock().nowMs()});
}

Result<QByteArray> DeclarationStore::loadDraft(const QString &userId) const
{
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT state FROM declaration_draft WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return QByteArray();
    return query.value(0).toByteArray();
}

Status DeclarationStore::discardDraft(const QString &userId)
{
    return m_core.database().exec(QStringLiteral("DELETE FROM declaration_draft WHERE user_id = ?"),
                                  {userId});
}

} // namespace pd::declaration
