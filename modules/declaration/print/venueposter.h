#pragma once

#include "pdcode.h"

#include <QDate>
#include <QString>

namespace pd::declaration {

// A venue or checkpoint to make a poster for: what the clerk typed.
struct VenueDetails {
    QString recordId; // UUID of the venue record; empty: a new one is made
    QString name;
    QString unitCode; // GSO commune code of the venue
    QString street; // house number, street, hamlet
    core::PdCodeContent::VenueKind kind = core::PdCodeContent::VenueKind::Venue;
};

// What one printed A4 poster shows: the signed code and its texts.
struct VenuePoster {
    QString recordId;
    QString payload; // "PD1:V…"
    QString name;
    core::PdCodeContent::VenueKind kind = core::PdCodeContent::VenueKind::Venue;
    QString street;
    QString unitPath; // "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"
    QDate issueDate;
    QDate validUntil; // null: no expiry
};

} // namespace pd::declaration
