#include "syncschedule.h"

#include <algorithm>

namespace pd::app::syncschedule {

qint64 retryDelayMs(int failures, const std::function<double()> &unitRandom)
{
    if (failures <= 0)
        return 0;
    // 30 s · 2^(n−1), without overflowing for a laptop offline for weeks.
    const int doublings = std::min(failures - 1, 16);
    const qint64 ceiling = std::min(maxRetryMs, firstRetryMs << doublings);
    const double draw = std::clamp(unitRandom(), 0.0, 1.0);
    return ceiling / 2 + qint64(double(ceiling / 2) * draw);
}

QDateTime nextDaily(const QDateTime &now, QTime at)
{
    QDateTime next(now.date(), at, now.timeSpec());
    if (next <= now)
        next = QDateTime(now.date().addDays(1), at, now.timeSpec());
    return next;
}

} // namespace pd::app::syncschedule
