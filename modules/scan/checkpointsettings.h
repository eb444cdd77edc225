#pragma once

#include "error.h"

#include <QCoreApplication>

namespace pd::core {
class Database;
}

namespace pd::scan {

// How this checkpoint or venue counts visits (setting keys "checkpoint.*").
struct CheckpointSettings {
    Q_DECLARE_TR_FUNCTIONS(pd::scan::CheckpointSettings)

public:
    static constexpr int defaultMaxStayHours = 8;

    // false: every scan is an entry (most venues); true: a person's second
    // scan while a visit is open is the exit (checkpoints, hospitals).
    bool entryExit = false;
    // A visit with no exit scan is closed automatically after this long.
    int maxStayHours = defaultMaxStayHours;

    qint64 maxStayMs() const { return qint64(maxStayHours) * 60 * 60 * 1000; }

    static core::Result<CheckpointSettings> load(core::Database &database);
    core::Status save(core::Database &database) const;
    static core::Status validate(const CheckpointSettings &settings);
};

} // namespace pd::scan
