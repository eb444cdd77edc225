#pragma once

#include <QDateTime>

#include <optional>

namespace pd::core {

// Excel stores dates as serial day numbers: 1 = 1900-01-01 in the 1900 date
// system, with the fictitious 1900-02-29 (serial 60) kept for Lotus 1-2-3
// compatibility, so serials from 61 on count from 1899-12-30; the 1904 date
// system (old Mac workbooks, <workbookPr date1904="1"/>) counts from
// 1904-01-01. The fraction is the time of day. Times are local: Excel has
// no time zones.
namespace ExcelDate {

double fromDate(QDate date);
double fromDateTime(const QDateTime &dateTime); // converted to local time first

// Empty for serials outside 1900-01-01 … 9999-12-31 (or negative ones).
std::optional<QDate> toDate(double serial, bool date1904 = false);
// Rounded to the second, as Excel shows it.
std::optional<QDateTime> toDateTime(double serial, bool date1904 = false);

} // namespace ExcelDate

} // namespace pd::core
