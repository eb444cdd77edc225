#include "declaration.h"

#include <QJsonArray>

namespace pd::declaration {

namespace {
using core::BirthDate;
using core::Person;
using core::Sex;

// Key names of the JSON form of a declaration (drafts). Snake case like the
// table's columns; the person is a nested object.
Sex sexFromKey(const QString &key)
{
    if (key == QLatin1String("male"))
        return Sex::Male;
    if (key == QLatin1String("female"))
        return Sex::Female;
    return Sex::Unknown;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

BirthDate birthDateFrom(const QString &text)
{
    if (text.size() == 4)
        return BirthDate::fromYear(text.toInt());
    return BirthDate::fromDate(QDate::fromString(text, Qt::ISODate));
}

// Milliseconds fit a JSON number exactly (below 2^53) for 285,000 years.
qint64 msFrom(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

QJsonObject personToJson(const Person &person)
{
    return QJsonObject {
        {QStringLiteral("id"), person.id},
        {QStringLiteral("id_kind"), Person::idKindKey(person.idKind)},
        {QStringLiteral("id_number"), person.idNumber},
        {QStringLiteral("full_name"), person.fullName},
        {QStringLiteral("folded_name"), person.foldedName},
        {QStringLiteral("birth_date"), person.dateOfBirth.toIsoString()},
        {QStringLiteral("sex"), core::Recognition::sexName(person.sex)},
        {QStringLiteral("phone"), person.phone},
        {QStringLiteral("nationality"), person.nationality},
        {QStringLiteral("commune_code"), person.communeCode},
        {QStringLiteral("street"), person.street},
        {QStringLiteral("created_at_ms"), double(person.createdAtMs)},
        {QStringLiteral("created_by"), person.createdBy},
        {QStringLiteral("updated_at_ms"), double(person.updatedAtMs)},
        {QStringLiteral("updated_by"), person.updatedBy},
    };
}

Person personFromJson(const QJsonObject &json)
{
    Person person;
    person.id = json.value(QStringLiteral("id")).toString();
    person.idKind = Person::idKindFromKey(json.value(QStringLiteral("id_kind")).toString())
                        .value_or(Person::IdKind::None);
    person.idNumber = json.value(QStringLiteral("id_number")).toString();
    person.fullName = json.value(QStringLiteral("full_name")).toString();
    person.foldedName = json.value(QStringLiteral("folded_name")).toString();
    person.dateOfBirth = birthDateFrom(json.value(QStringLiteral("birth_date")).toString());
    person.sex = sexFromKey(json.value(QStringLiteral("sex")).toString());
    person.phone = json.value(QStringLiteral("phone")).toString();
    person.nationality = json.value(QStringLiteral("nationality")).toString(QStringLiteral("VN"));
    person.communeCode = json.value(QStringLiteral("commune_code")).toString();
    person.street = json.value(QStringLiteral("street")).toString();
    person.createdAtMs = msFrom(json.value(QStringLiteral("created_at_ms")));
    person.createdBy = json.value(QStringLiteral("created_by")).toString();
    person.updatedAtMs = msFrom(json.value(QStringLiteral("updated_at_ms")));
    person.updatedBy = json.value(QStringLiteral("updated_by")).toString();
    return person;
}
} // namespace

QString Declaration::kindKey(DeclarationKind kind)
{
    return kind == DeclarationKind::Checkpoint ? QStringLiteral("checkpoint")
                                               : QStringLiteral("commune");
}

std::optional<DeclarationKind> Declaration::kindFromKey(QStringView key)
{
    for (const DeclarationKind kind : {DeclarationKind::Commune, DeclarationKind::Checkpoint}) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString Declaration::travelMeansKey(TravelMeans means)
{
    switch (means) {
    case TravelMeans::None:
        break;
    case TravelMeans::Car:
        return QStringLiteral("car");
    case TravelMeans::Motorbike:
        return QStringLiteral("motorbike");
    case TravelMeans::Bus:
        return QStringLiteral("bus");
    case TravelMeans::Train:
        return QStringLiteral("train");
    case TravelMeans::Plane:
        return QStringLiteral("plane");
    case TravelMeans::Ship:
        return QStringLiteral("ship");
    case TravelMeans::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<TravelMeans> Declaration::travelMeansFromKey(QStringView key)
{
    for (const TravelMeans means :
         {TravelMeans::None, TravelMeans::Car, TravelMeans::Motorbike, TravelMeans::Bus,
          TravelMeans::Train, TravelMeans::Plane, TravelMeans::Ship, TravelMeans::Other}) {
        if (key == travelMeansKey(means))
            return means;
    }
    return std::nullopt;
}

QList<Symptom> Declaration::allSymptoms()
{
    return {Symptom::Fever,     Symptom::Cough,      Symptom::ShortnessOfBreath,
            Symptom::Pneumonia, Symptom::SoreThroat, Symptom::Fatigue};
}

QList<Exposure> Declaration::allExposures()
{
    return {Exposure::CovidCase, Exposure::FromCovidCountry, Exposure::SymptomaticPerson};
}

QString Declaration::symptomKey(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Fever:
        return QStringLiteral("fever");
    case Symptom::Cough:
        return QStringLiteral("cough");
    case Symptom::ShortnessOfBreath:
        return QStringLiteral("shortness_of_breath");
    case Symptom::Pneumonia:
        return QStringLiteral("pneumonia");
    case Symptom::SoreThroat:
        return QStringLiteral("sore_throat");
    case Symptom::Fatigue:
        return QStringLiteral("fatigue");
    }
    return {};
}

QString Declaration::exposureKey(Exposure exposure)
{
    switch (exposure) {
    case Exposure::CovidCase:
        return QStringLiteral("covid_case");
    case Exposure::FromCovidCountry:
        return QStringLiteral("from_covid_country");
    case Exposure::SymptomaticPerson:
        return QStringLiteral("symptomatic_person");
    }
    return {};
}

QJsonObject Declaration::toJson() const
{
    QJsonArray symptomKeys;
    for (const Symptom symptom : allSymptoms()) {
        if (symptoms.testFlag(symptom))
            symptomKeys.append(symptomKey(symptom));
    }
    QJsonArray exposureKeys;
    for (const Exposure exposure : allExposures()) {
        if (exposures.testFlag(exposure))
            exposureKeys.append(exposureKey(exposure));
    }
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("supersedes_id"), supersedesId},
        {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("on_behalf"), onBehalf},
        {QStringLiteral("on_behalf_name"), onBehalfName},
        {QStringLiteral("person"), personToJson(person)},
        {QStringLiteral("email"), email},
        {QStringLiteral("visited_places"), visitedPlaces},
        {QStringLiteral("places_text"), placesText},
        {QStringLiteral("symptoms"), symptomKeys},
        {QStringLiteral("symptoms_text"), symptomsText},
        {QStringLiteral("exposures"), exposureKeys},
        {QStringLiteral("vaccine_doses"), vaccineDoses},
        {QStringLiteral("last_dose_date"), dateText(lastDoseDate)},
        {QStringLiteral("travel_from"), travelFrom},
        {QStringLiteral("travel_means"), travelMeansKey(travelMeans)},
        {QStringLiteral("vehicle_number"), vehicleNumber},
        {QStringLiteral("travel_date"), dateText(travelDate)},
        {QStringLiteral("declared_at_ms"), double(declaredAtMs)},
        {QStringLiteral("declared_by"), declaredBy},
        {QStringLiteral("superseded_by"), supersededBy},
    };
}

Declaration Declaration::fromJson(const QJsonObject &json)
{
    Declaration declaration;
    declaration.id = json.value(QStringLiteral("id")).toString();
    declaration.supersedesId = json.value(QStringLiteral("supersedes_id")).toString();
    declaration.kind = kindFromKey(json.value(QStringLiteral("kind")).toString())
                           .value_or(DeclarationKind::Commune);
    declaration.onBehalf = json.value(QStringLiteral("on_behalf")).toBool();
    declaration.onBehalfName = json.value(QStringLiteral("on_behalf_name")).toString();
    declaration.person = personFromJson(json.value(QStringLiteral("person")).toObject());
    declaration.email = json.value(QStringLiteral("email")).toString();
    declaration.visitedPlaces = json.value(QStringLiteral("visited_places")).toBool();
    declaration.placesText = json.value(QStringLiteral("places_text")).toString();
    const QJsonArray symptomKeys = json.value(QStringLiteral("symptoms")).toArray();
    for (const Symptom symptom : allSymptoms()) {
        if (symptomKeys.contains(symptomKey(symptom)))
            declaration.symptoms |= symptom;
    }
    declaration.symptomsText = json.value(QStringLiteral("symptoms_text")).toString();
    const QJsonArray exposureKeys = json.value(QStringLiteral("exposures")).toArray();
    for (const Exposure exposure : allExposures()) {
        if (exposureKeys.contains(exposureKey(exposure)))
            declaration.exposures |= exposure;
    }
    declaration.vaccineDoses = json.value(QStringLiteral("vaccine_doses")).toInt();
    declaration.lastDoseDate = dateFrom(json.value(QStringLiteral("last_dose_date")));
    declaration.travelFrom = json.value(QStringLiteral("travel_from")).toString();
    declaration.travelMeans =
        travelMeansFromKey(json.value(QStringLiteral("travel_means")).toString())
            .value_or(TravelMeans::None);
    declaration.vehicleNumber = json.value(QStringLiteral("vehicle_number")).toString();
    declaration.travelDate = dateFrom(json.value(QStringLiteral("travel_date")));
    declaration.declaredAtMs = msFrom(json.value(QStringLiteral("declared_at_ms")));
    declaration.declaredBy = json.value(QStringLiteral("declared_by")).toString();
    declaration.supersededBy = json.value(QStringLiteral("superseded_by")).toString();
    return declaration;
}

} // namespace pd::declaration
