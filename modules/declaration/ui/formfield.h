#pragma once

#include <QString>

namespace pd::declaration {

// The fields of the declaration form, in the order of the national form
// (tokhaiyte.vn). A failed check names one of them so the form can put
// the message beside it and move the focus there.
enum class FormField {
    None, // no field is wrong (e.g. the data file refused the write)
    Kind,
    OnBehalf,
    OnBehalfName,
    FullName,
    IdKind,
    IdNumber,
    DateOfBirth,
    Sex,
    Nationality,
    Commune, // province → district → commune
    Street,
    Phone,
    Email,
    VisitedPlaces,
    PlacesText,
    SymptomChecks, // the six symptom boxes
    SymptomsText,
    ExposureChecks, // the three contact boxes
    VaccineDoses,
    LastDoseDate,
    TravelFrom,
    TravelMeans,
    VehicleNumber,
    TravelDate,
};

// The field an error code of DeclarationStore::validate, PersonStore::
// validate or the form's own date parsing names ("person.cccd_year" → the
// ID number, "declaration.email" → e-mail). Unknown codes name no field.
FormField fieldForErrorCode(const QString &code);

} // namespace pd::declaration
