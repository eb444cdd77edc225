#pragma once

#include "recognition.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd::core::payloadtext {

// Helpers the payload parsers share. Internal to recognition/.

// The payload as UTF-8, or nothing when it is not well-formed UTF-8
// (overlong forms, lone surrogates and truncated sequences included).
std::optional<QString> decodeUtf8(QByteArrayView bytes);

// True when `text` is non-empty and only ASCII digits.
bool isDigits(QStringView text);
bool isDigits(QByteArrayView bytes);

// A date written as exactly eight digits ddMMyyyy (CCCD), or an invalid
// date.
QDate parseDdMmYyyy(QStringView text);

// "YYYY-MM-DD" (a real date) or "YYYY"; null otherwise. Unified QR and
// PhongDich codes write dates of birth this way.
BirthDate parseIsoBirthDate(QStringView text);

} // namespace pd::core::payloadtext
