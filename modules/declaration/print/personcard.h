#pragma once

#include <QDate>
#include <QString>

namespace pd::declaration {

// What one printed personal card shows: the signed code and the texts
// beside it, already formatted (CardText). Plain data, so a worker thread
// can paint it.
struct PersonCard {
    QString personId; // the registry record the card was issued for
    QString payload; // "PD1:P…", the QR content
    QString fullName;
    QString maskedIdNumber; // CardText::maskIdNumber; empty without a document
    QString birthDate; // "17/05/1990" or "1958"; may be empty
    QString commune; // CardText::shortUnitPath; may be empty
    QDate issueDate;
    QDate validUntil; // null: no expiry
};

} // namespace pd::declaration
