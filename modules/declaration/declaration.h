#pragma once

#include "personstore.h"

#include <QDate>
#include <QFlags>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pd::declaration {

// The symptoms and exposures of the national health declaration
// (tokhaiyte.vn), in the order the form asks them.
enum class Symptom : quint8 {
    Fever = 0x01,
    Cough = 0x02,
    ShortnessOfBreath = 0x04,
    Pneumonia = 0x08,
    SoreThroat = 0x10,
    Fatigue = 0x20,
};
Q_DECLARE_FLAGS(Symptoms, Symptom)

enum class Exposure : quint8 {
    CovidCase = 0x01, // a COVID-19 patient or suspected case
    FromCovidCountry = 0x02, // someone from a country with COVID-19
    SymptomaticPerson = 0x04, // someone with fever, cough, shortness of breath or pneumonia
};
Q_DECLARE_FLAGS(Exposures, Exposure)

// How a traveller reached the checkpoint (domestic travel declaration).
enum class TravelMeans { None, Car, Motorbike, Bus, Train, Plane, Ship, Other };

// Where the declaration was taken: at the commune office for a resident,
// or at a checkpoint for an arrival (with the travel part filled in).
enum class DeclarationKind { Commune, Checkpoint };

// One health declaration: an append-only fact. A correction is a new
// declaration whose `supersedesId` names the one it replaces.
struct Declaration {
    QString id; // UUIDv7; empty until saved
    QString supersedesId;
    DeclarationKind kind = DeclarationKind::Commune;

    bool onBehalf = false; // declared by someone else for this person
    QString onBehalfName; // who declared, when onBehalf

    // The person as declared. `person.id` is the registry record the
    // declaration belongs to (found or created when it is saved); the other
    // fields are kept with the declaration as they were declared.
    core::Person person;
    QString email;

    bool visitedPlaces = false; // places visited in the last 14 days
    QString placesText;
    Symptoms symptoms; // in the last 14 days
    QString symptomsText; // other symptoms, free text
    Exposures exposures; // contact in the last 14 days

    int vaccineDoses = 0;
    QDate lastDoseDate;

    // Domestic travel (checkpoint declarations).
    QString travelFrom; // where from, free text
    TravelMeans travelMeans = TravelMeans::None;
    QString vehicleNumber;
    QDate travelDate;

    qint64 declaredAtMs = 0; // filled by the store (saveBatch keeps one already set)
    QString declaredBy; // app_user id of the clerk or volunteer; filled by the store
    QString supersededBy; // id of the newer declaration, if corrected (read only)

    // Any symptom or exposure: the declaration needs a health worker's look.
    bool needsAttention() const { return symptoms || exposures; }

    // Every field as JSON (drafts; the form's saved state). fromJson(toJson())
    // gives the same declaration back; unknown or missing keys keep their
    // defaults, so a draft written by an older version still loads.
    QJsonObject toJson() const;
    static Declaration fromJson(const QJsonObject &json);

    // Stable keys (JSON, exports, the CLI): "commune"/"checkpoint", "car",
    // "fever", "covid_case", ...
    static QString kindKey(DeclarationKind kind);
    static std::optional<DeclarationKind> kindFromKey(QStringView key);
    static QString travelMeansKey(TravelMeans means);
    static std::optional<TravelMeans> travelMeansFromKey(QStringView key);
    // Every symptom and exposure in the form's order.
    static QList<Symptom> allSymptoms();
    static QList<Exposure> allExposures();
    static QString symptomKey(Symptom symptom);
    static QString exposureKey(Exposure exposure);
};

} // namespace pd::declaration

Q_DECLARE_OPERATORS_FOR_FLAGS(pd::declaration::Symptoms)
Q_DECLARE_OPERATORS_FOR_FLAGS(pd::declaration::Exposures)
