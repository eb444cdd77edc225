#pragma once

#include <QString>

namespace pd::sync::server {

// An administrative unit with its ancestors (GSO codes: province 2 digits,
// district 3, commune 5), the form in which rows and device scopes are
// stored: a unit above the commune level leaves the lower codes empty.
struct UnitPath {
    enum Level { Province = 1, District = 2, Commune = 3 };

    QString code;
    int level = 0;
    QString province;
    QString district;
    QString commune;

    bool isValid() const { return level >= Province && level <= Commune; }

    // Whether a row stored under `row` is this unit's or of a unit inside
    // it: what a device of this scope may update (docs/SYNC.md "Scope").
    bool contains(const UnitPath &row) const
    {
        switch (level) {
        case Province:
            return row.province == province;
        case District:
            return row.district == district;
        case Commune:
            return row.commune == commune;
        default:
            return false;
        }
    }
};

} // namespace pd::sync::server
