#pragma once

#include "recognition.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// The texts printed beside a code, formatted the way Vietnamese documents
// write them.
class CardText {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::CardText)

public:
    // Kept visible at each end of a masked id number.
    static constexpr int idKeptLeading = 3;
    static constexpr int idKeptTrailing = 2;

    // "001*******45". A card is shown to volunteers and venue staff all day
    // and gets photographed; a legible CCCD number is what SIM
    // registrations and loans are taken out with. The first three digits
    // are only the province of registration (Decree 137/2015/NĐ-CP, Art. 7
    // — the commune is printed anyway) and the last two let a checkpoint
    // volunteer match the card against the ID card in the person's hand;
    // digits 4–6 (century/sex, birth year) stay hidden although the birth
    // date is printed, so the number cannot be rebuilt from the card text.
    // Checkpoints read the full number from the signed code. Numbers of up
    // to five characters keep only their last two (or nothing when shorter
    // than four): there is no middle to hide otherwise.
    static QString maskIdNumber(QStringView idNumber);

    // "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội": the admin-unit path with the
    // unit kinds abbreviated as on Vietnamese forms; empty if unknown.
    static QString shortUnitPath(const core::AdminUnitStore &units, const QString &code);
    // "Thành phố" → "TP.", "Phường" → "P.", … ; unknown kinds as written.
    static QString abbreviatedKind(const QString &kind);

    // "17/05/1990", or "1958" when only the year is known.
    static QString birthDate(const core::BirthDate &date);
    // "dd/MM/yyyy", the order Vietnamese documents use in either language.
    static QString date(QDate date);
};

} // namespace pd::declaration
