#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `demo-data`: fills a data file with realistic people (core::DemoPeople)
// and health declarations over the last 14 days, for demonstrations
// (./run), benchmarks and manual testing. Reproducible: the same seed on an
// empty file gives the same people and declarations.
//
// The rows are ordinary local data: change capture stays on, so every row
// has its outbox entry as if a clerk had typed it, and the file keeps every
// invariant a real one has (sync, retention and export see nothing
// special). That is also why the command refuses a file that syncs with a
// server: demo people must never reach a province's registry.
class DemoDataCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DemoDataCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);
};

} // namespace pd::cli
