#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `checkin`: records a scanned payload at this device's checkpoint through
// the same recogniser, controller and store as the checkpoint screen, and
// prints the verdict. For operators replaying a scanner log, tests and
// benchmarks.
class CheckinCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CheckinCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);
};

} // namespace pd::cli
