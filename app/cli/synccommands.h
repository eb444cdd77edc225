#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `enroll` and `sync` (docs/SYNC.md) through pd_sync_client, on the
// command's own thread:
//
// enroll --server URL --code CODE [--name NAME] [--ca-cert PEM_FILE]
//   {"device","scope","scopeLevel"}
// sync                            one cycle: {"pushed","pulled","conflicts","rejected","ms"}
// sync export-package --out FILE  {"batches","rows"}
// sync status                     the sync state and the number of failures
//
// A failed enrolment or cycle prints {"error": CODE, "message": TEXT} on
// standard output for scripts, the reason on standard error, and exits 1.
class SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::SyncCommands)

public:
    static QString enrollSummary();
    static QString syncSummary();
    static Done runEnroll(const QStringList &arguments);
    static Done runSync(const QStringList &arguments);

private:
    static Done cycle(const QStringList &arguments);
    static Done exportPackage(const QStringList &arguments);
    static Done status(const QStringList &arguments);
};

} // namespace pd::cli
