#include "declarationsummary.h"

#include "adminunitstore.h"
#include "datetext.h"

#include <QDateTime>

namespace pd::declaration {

QString DeclarationSummary::symptomName(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Fever:
        return tr("Fever");
    case Symptom::Cough:
        return tr("Cough");
    case Symptom::ShortnessOfBreath:
        return tr("Shortness of breath");
    case Symptom::Pneumonia:
        return tr("Pneumonia");
    case Symptom::SoreThroat:
        return tr("Sore throat");
    case Symptom::Fatigue:
        return tr("Fatigue");
    }
    return {};
}

QString DeclarationSummary::exposureName(Exposure exposure)
{
    switch (exposure) {
    case Exposure::CovidCase:
        return tr("A COVID-19 patient or suspected case");
    case Exposure::FromCovidCountry:
        return tr("Someone from a country with COVID-19");
    case Exposure::SymptomaticPerson:
        return tr("Someone with fever, cough, shortness of breath or pneumonia");
    }
    return {};
}

QString DeclarationSummary::travelMeansName(TravelMeans means)
{
    switch (means) {
    case TravelMeans::None:
        return tr("Not given");
    case TravelMeans::Car:
        return tr("Car");
    case TravelMeans::Motorbike:
        return tr("Motorbike");
    case TravelMeans::Bus:
        return tr("Bus or coach");
    case TravelMeans::Train:
        return tr("Train");
    case TravelMeans::Plane:
        return tr("Plane");
    case TravelMeans::Ship:
        return tr("Boat or ship");
    case TravelMeans::Other:
        return tr("Other");
    }
    return {};
}

QString DeclarationSummary::kindName(DeclarationKind kind)
{
    return kind == DeclarationKind::Checkpoint ? tr("Checkpoint") : tr("Commune");
}

QString DeclarationSummary::idKindName(core::Person::IdKind kind)
{
    switch (kind) {
    case core::Person::IdKind::None:
        return tr("No document");
    case core::Person::IdKind::Cccd:
        return tr("Chip ID card (CCCD)");
    case core::Person::IdKind::Cmnd:
        return tr("Old ID card (CMND)");
    case core::Person::IdKind::Passport:
        return tr("Passport");
    }
    return {};
}

QString DeclarationSummary::sexName(core::Sex sex)
{
    switch (sex) {
    case core::Sex::Male:
        return tr("Male");
    case core::Sex::Female:
        return tr("Female");
    case core::Sex::Unknown:
        break;
    }
    return tr("Not given");
}

QString DeclarationSummary::health(const Declaration &declaration)
{
    QStringList parts;
    QStringList symptoms;
    for (const Symptom symptom : Declaration::allSymptoms()) {
        if (declaration.symptoms.testFlag(symptom))
            symptoms << symptomName(symptom);
    }
    if (!symptoms.isEmpty())
        parts << symptoms.join(QStringLiteral(", "));
    int exposures = 0;
    for (const Exposure exposure : Declaration::allExposures())
        exposures += declaration.exposures.testFlag(exposure) ? 1 : 0;
    if (exposures > 0)
        parts << tr("%n exposure(s)", nullptr, exposures);
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(" · "));
}

QString DeclarationSummary::address(const core::Person &person, const core::AdminUnitStore &units)
{
    QStringList parts;
    if (!person.street.trimmed().isEmpty())
        parts << person.street.trimmed();
    const QString path =
        person.communeCode.isEmpty() ? QString() : units.fullPath(person.communeCode);
    if (!path.isEmpty())
        parts << path;
    return parts.join(QStringLiteral(", "));
}

QString DeclarationSummary::toHtml(const Declaration &declaration,
                                   const core::AdminUnitStore &units)
{
    const auto yesNo = [](bool value) {
        return value ? tr("Yes") : tr("No");
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const core::Person &person = declaration.person;
    row(tr("Declared at"),
        QDateTime::fromMSecsSinceEpoch(declaration.declaredAtMs)
            .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    row(tr("Where"), kindName(declaration.kind));
    if (!declaration.supersededBy.isEmpty())
        row(tr("Status"), tr("Corrected by a newer declaration"));
    else if (!declaration.supersedesId.isEmpty())
        row(tr("Status"), tr("Correction of an earlier declaration"));
    if (declaration.onBehalf)
        row(tr("Declared on behalf by"), declaration.onBehalfName);
    row(tr("Full name"), person.fullName);
    row(idKindName(person.idKind), person.idNumber);
    row(tr("Date of birth"), DateText::formatBirthDate(person.dateOfBirth));
    row(tr("Sex"), sexName(person.sex));
    row(tr("Nationality"), person.nationality);
    row(tr("Address"), address(person, units));
    row(tr("Phone"), person.phone);
    if (!declaration.email.isEmpty())
        row(tr("E-mail"), declaration.email);
    row(tr("Places visited in the last 14 days"),
        declaration.visitedPlaces ? declaration.placesText : yesNo(false));
    QStringList symptoms;
    for (const Symptom symptom : Declaration::allSymptoms()) {
        if (declaration.symptoms.testFlag(symptom))
            symptoms << symptomName(symptom);
    }
    if (!declaration.symptomsText.trimmed().isEmpty())
        symptoms << declaration.symptomsText.trimmed();
    row(tr("Symptoms"), symptoms.isEmpty() ? tr("None") : symptoms.join(QStringLiteral(", ")));
    QStringList exposures;
    for (const Exposure exposure : Declaration::allExposures()) {
        if (declaration.exposures.testFlag(exposure))
            exposures << exposureName(exposure);
    }
    row(tr("Contact with"),
        exposures.isEmpty() ? tr("None") : exposures.join(QStringLiteral("; ")));
    row(tr("Vaccine doses"),
        declaration.vaccineDoses > 0 && declaration.lastDoseDate.isValid()
            ? tr("%1 (last on %2)")
                  .arg(declaration.vaccineDoses)
                  .arg(DateText::formatDate(declaration.lastDoseDate))
            : QString::number(declaration.vaccineDoses));
    if (declaration.kind == DeclarationKind::Checkpoint) {
        row(tr("Travelling from"), declaration.travelFrom);
        row(tr("By"), travelMeansName(declaration.travelMeans));
        row(tr("Vehicle number"), declaration.vehicleNumber);
        row(tr("Travel date"), DateText::formatDate(declaration.travelDate));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace pd::declaration
