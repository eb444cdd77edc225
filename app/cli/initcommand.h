#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `init`: creates or migrates the data file and saves the device settings
// given on the command line; settings not given keep their saved value.
class InitCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::InitCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);
};

} // namespace pd::cli
