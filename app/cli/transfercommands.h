#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `import people` and `export declarations|arrivals|district`: the commune
// office's Excel/CSV exchange without a window, through the same
// core::PeopleImport and declaration::DistrictExport as the dialogs (run on
// the command's own thread: there is no UI to keep responsive).
//
// import people FILE: the whole preview is checked first; each problem is
// one JSON line on standard output ({"row","field","column","code",
// "message"}), then one summary line. With any error nothing is written and
// the command fails (exit 1) unless --valid-only imports the other rows.
class TransferCommands {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::TransferCommands)

public:
    static QString importSummary();
    static QString exportSummary();
    static Done runImport(const QStringList &arguments);
    static Done runExport(const QStringList &arguments);

private:
    static Done importPeople(const QStringList &arguments);
    static Done exportDistrict(const QString &what, const QStringList &arguments);
};

} // namespace pd::cli
