#include "exceldate.h"

#include <cmath>

namespace pd::core::ExcelDate {

namespace {
constexpr qint64 secondsPerDay = 86'400;
// Excel's last date, 9999-12-31.
constexpr double maxSerial1900 = 2'958'465;

QDate epochFor(double days, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1);
    // Serials 1..59 are 1900-01-01..02-28; 60 is the fictitious 02-29.
    return days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
}
} // namespace

double fromDate(QDate date)
{
    if (!date.isValid())
        return 0;
    const QDate epoch = date < QDate(1900, 3, 1) ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return double(epoch.daysTo(date));
}

double fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return 0;
    const QDateTime local = dateTime.toLocalTime();
    return fromDate(local.date()) + double(local.time().msecsSinceStartOfDay()) / 86'400'000.0;
}

std::optional<QDateTime> toDateTime(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= maxSerial1900 + 1)
        return std::nullopt;
    double days = std::floor(serial);
    qint64 seconds = qRound64((serial - days) * double(secondsPerDay));
    if (seconds >= secondsPerDay) {
        days += 1;
        seconds -= secondsPerDay;
    }
    if (!date1904 && days == 60) // 1900-02-29 never existed; Excel shows it, we cannot
        days = 59;
    const QDate date = epochFor(days, date1904).addDays(qint64(days));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(seconds * 1000)));
}

std::optional<QDate> toDate(double serial, bool date1904)
{
    const auto dateTime = toDateTime(std::floor(serial), date1904);
    if (!dateTime)
        return std::nullopt;
    return dateTime->date();
}

} // namespace pd::core::ExcelDate
