#pragma once

#include "declaration.h"

#include <QCoreApplication>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// Translated names of the declaration's answers and short texts built from
// them, shared by the form, the list and the detail pane.
class DeclarationSummary {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::DeclarationSummary)

public:
    static QString symptomName(Symptom symptom);
    static QString exposureName(Exposure exposure);
    static QString travelMeansName(TravelMeans means);
    static QString kindName(DeclarationKind kind);
    static QString idKindName(core::Person::IdKind kind);
    static QString sexName(core::Sex sex);

    // "Fever, cough · contact: a COVID-19 case", or "None" for no symptom
    // and no exposure.
    static QString health(const Declaration &declaration);
    // Every answer, as an HTML table for the detail pane (personal values
    // escaped).
    static QString toHtml(const Declaration &declaration, const core::AdminUnitStore &units);
    // "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội" after the street.
    static QString address(const core::Person &person, const core::AdminUnitStore &units);
};

} // namespace pd::declaration
