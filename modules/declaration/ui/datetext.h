#pragma once

#include "recognition.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pd::declaration {

// Dates as clerks type them: day first, as on Vietnamese documents
// ("17/05/1990", "17-5-1990", "17.05.1990", "17051990"). Typed text rather
// than a date spin box, because a form is filled fastest from the keyboard
// and a date of birth may be only a year.
namespace DateText {

// An empty text is an empty date (`QDate()`); nullopt means unreadable.
std::optional<QDate> parseDate(QStringView text);
// Also accepts a year alone ("1958").
std::optional<core::BirthDate> parseBirthDate(QStringView text);

QString formatDate(const QDate &date); // "17/05/1990", empty for a null date
QString formatBirthDate(const core::BirthDate &date); // "17/05/1990" or "1958"

} // namespace DateText

} // namespace pd::declaration
