#pragma once

#include "recognition.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace pd::core {

// The unified personal QR code (mã QR cá nhân thống nhất) of Decision
// 1405/QĐ-BTTTT:
//
//   SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT
//
// document number, full name (upper case without diacritics), date of birth
// YYYY-MM-DD, identity type, QID and an extension kept as raw text (it may
// itself contain '|', so EXT is everything after the fifth '|'). The code is
// not signed. Read leniently, because several apps generated it: a name
// with diacritics or in mixed case is accepted as written, EXT may be
// missing, and a date of birth of only the year ("1958") is accepted.
class UnifiedQr {
    Q_DECLARE_TR_FUNCTIONS(pd::core::UnifiedQr)

public:
    // Fields up to QID must be present; EXT is optional.
    static constexpr int minimumFields = 5;

    // '|'-separated with a third field that is a date YYYY-MM-DD, or a year
    // YYYY when at least five fields are present (a CCCD QR has the full
    // name there).
    static bool looksLike(QByteArrayView payload);

    // Parses and checks a normalised payload; `today` is the local date of
    // the check.
    static Recognition recognize(QByteArrayView payload, QDate today);
};

} // namespace pd::core
