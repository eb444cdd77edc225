#pragma once

#include "recognition.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace pd::core {

// The QR code on the chip ID card (thẻ căn cước công dân gắn chip, from 2021;
// thẻ căn cước from 1 July 2024), Circular 06/2021/TT-BCA:
//
//   ID12|OldID|Full name|DOB ddMMyyyy|Nam/Nữ|Address|Issue date ddMMyyyy
//
// UTF-8, '|'-separated. The old id (9- or 12-digit CMND) may be empty;
// cards issued from mid-2024 append further, mostly empty, fields, so the
// first seven are read by position and any more are accepted. The code is
// not signed (the chip is), so the checks are consistency checks:
//
// - the 12-digit personal identification number (Decree 137/2015/NĐ-CP,
//   Art. 7; Circular 07/2016/TT-BCA): digits 1–3 the place of birth
//   registration, "0" + the GSO province code (one of the 63); digit 4
//   century and sex (1900s: 0 male, 1 female; 2000s: 2/3; 2100s: 4/5; and
//   so on to 2300s: 8/9); digits 5–6 the last two digits of the birth year;
//   digits 7–12 random. Digit 4 and digits 5–6 must match the date of birth
//   and the sex in the same code;
// - dates are real dates; the issue date is neither before the date of
//   birth nor in the future;
// - validity by age (Law on Citizen Identification 2014 and Law on
//   Identification 2023, Art. 21): a card must be renewed at 25, 40 and
//   60 (from 1 July 2024 also at 14); one issued within two years before
//   such an age stays valid until the next one; after 58 it is for life.
class CccdQr {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CccdQr)

public:
    static constexpr int fieldCount = 7;
    static constexpr int idLength = 12;

    // Whether a normalised payload (no BOM, no trailing CR/LF) is shaped
    // like a CCCD QR: '|'-separated with a first field of 8–16 digits, or with
    // at least seven fields the fourth of which is eight digits. A unified
    // personal QR also starts with digits; CodeRecognizer asks UnifiedQr
    // first.
    static bool looksLike(QByteArrayView payload);

    // Parses and checks a normalised payload; `today` is the local date of
    // the check.
    static Recognition recognize(QByteArrayView payload, QDate today);

    // "001" .. "096": "0" followed by one of the 63 GSO province codes.
    static bool isProvinceCode(QStringView threeDigits);
    // The last day a card issued on `issueDate` to someone born on
    // `dateOfBirth` is valid by the age rule; null when valid for life.
    static QDate validUntil(QDate dateOfBirth, QDate issueDate);
    // Which rule a well-formed 12-digit number breaks against a birth year
    // and sex (Decree 137/2015/NĐ-CP, Art. 7): digit 4 is the century and
    // sex (1900s 0 male / 1 female, 2000s 2/3, 2100s 4/5), digits 5–6 the
    // year. Sex::Unknown skips the sex rule.
    enum class NumberMismatch { None, Century, Sex, BirthYear };
    static NumberMismatch checkNumber(QStringView idNumber, int birthYear, Sex sex);
    // The year of birth a well-formed number encodes (digit 4's century +
    // digits 5–6).
    static int birthYearOf(QStringView idNumber);
    // "Nam" → male, "Nữ" → female, in any case, with or without diacritics
    // (NFC or NFD); unknown otherwise.
    static Sex parseSex(QStringView text);
};

} // namespace pd::core
