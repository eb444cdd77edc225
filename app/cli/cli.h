#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// The top level of phongdich-cli: --help, --version and the dispatch to a
// command group. Every failure ends here as one line on stderr and an exit
// code (see ExitCode).
class Cli {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::Cli)

public:
    // Vietnamese when the environment asks for it and the catalogue is
    // built in; the English source strings otherwise.
    static void installTranslator(QCoreApplication &app);

    // `arguments` as from QCoreApplication::arguments(), program first.
    static int run(const QStringList &arguments);

private:
    static Done dispatch(const QStringList &arguments);
    static QString helpText();
};

} // namespace pd::cli
