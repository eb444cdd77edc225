#pragma once

#include <QDateTime>
#include <QTime>

#include <functional>

namespace pd::app {

// When the next automatic sync cycle is due. Pure functions, so the
// schedule is tested without waiting.
namespace syncschedule {

// Retry delay after `failures` failed cycles in a row (1, 2, …): exponential
// from 30 s, capped at 30 min, with "full jitter" (a uniform draw between
// half the delay and the delay) so laptops that lost the network together
// do not all call the server at the same second when it returns.
// `unitRandom` returns a number in [0, 1).
qint64 retryDelayMs(int failures, const std::function<double()> &unitRandom);

inline constexpr qint64 firstRetryMs = 30 * 1000;
inline constexpr qint64 maxRetryMs = 30 * 60 * 1000;

// The next time of day `at` strictly after `now` (today or tomorrow), in
// local time.
QDateTime nextDaily(const QDateTime &now, QTime at);

} // namespace syncschedule

} // namespace pd::app
