#include "formfield.h"

#include <QList>

namespace pd::declaration {

FormField fieldForErrorCode(const QString &code)
{
    // The part after the module prefix ("person.", "declaration.", "form.")
    // names the field: "cccd_year" → the ID number, "last_dose_date" → the
    // last dose.
    static const QList<std::pair<QLatin1StringView, FormField>> fields {
        {QLatin1StringView("kind"), FormField::Kind},
        {QLatin1StringView("on_behalf"), FormField::OnBehalfName},
        {QLatin1StringView("name"), FormField::FullName},
        {QLatin1StringView("full_name"), FormField::FullName},
        {QLatin1StringView("id_kind"), FormField::IdKind},
        {QLatin1StringView("id_number"), FormField::IdNumber},
        {QLatin1StringView("cccd"), FormField::IdNumber},
        {QLatin1StringView("cmnd"), FormField::IdNumber},
        {QLatin1StringView("passport"), FormField::IdNumber},
        {QLatin1StringView("birth"), FormField::DateOfBirth},
        {QLatin1StringView("date_of_birth"), FormField::DateOfBirth},
        {QLatin1StringView("dob"), FormField::DateOfBirth},
        {QLatin1StringView("sex"), FormField::Sex},
        {QLatin1StringView("nationality"), FormField::Nationality},
        {QLatin1StringView("commune"), FormField::Commune},
        {QLatin1StringView("address"), FormField::Commune},
        {QLatin1StringView("unit"), FormField::Commune},
        {QLatin1StringView("street"), FormField::Street},
        {QLatin1StringView("phone"), FormField::Phone},
        {QLatin1StringView("email"), FormField::Email},
        {QLatin1StringView("places"), FormField::PlacesText},
        {QLatin1StringView("visited"), FormField::PlacesText},
        {QLatin1StringView("symptoms_text"), FormField::SymptomsText},
        {QLatin1StringView("symptom"), FormField::SymptomChecks},
        {QLatin1StringView("exposure"), FormField::ExposureChecks},
        {QLatin1StringView("vaccine_doses"), FormField::VaccineDoses},
        {QLatin1StringView("doses"), FormField::VaccineDoses},
        {QLatin1StringView("last_dose"), FormField::LastDoseDate},
        {QLatin1StringView("vaccin"), FormField::VaccineDoses},
        {QLatin1StringView("travel_from"), FormField::TravelFrom},
        {QLatin1StringView("travel_means"), FormField::TravelMeans},
        {QLatin1StringView("means"), FormField::TravelMeans},
        {QLatin1StringView("vehicle"), FormField::VehicleNumber},
        {QLatin1StringView("travel_date"), FormField::TravelDate},
        {QLatin1StringView("travel"), FormField::TravelFrom},
    };
    const qsizetype dot = code.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return FormField::None;
    const QStringView rest = QStringView(code).mid(dot + 1);
    FormField best = FormField::None;
    qsizetype bestLength = 0;
    // The longest key the code starts with wins ("symptoms_text" over
    // "symptom"), so the order above is only for reading.
    for (const auto &[key, field] : fields) {
        if (rest.startsWith(key) && key.size() > bestLength) {
            best = field;
            bestLength = key.size();
        }
    }
    return best;
}

} // namespace pd::declaration
