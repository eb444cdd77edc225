#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pd::scan {
struct FrameResult;
}

namespace pd::cli {

// `decode [--formats LIST] [--budget-ms N] [--max-codes N] IMAGE|FOLDER…`:
// reads codes from image files with the app's own decoder (BarcodeReader,
// the function the camera's worker thread runs) and prints one JSON line a
// image, in the order given: {"file", "codes": [{"format", "text",
// "position": [[x, y] ×4]}], "ms"}. A folder stands for its images, by name.
// An image without a code gives "codes": [] and exit 0. Images that cannot
// be read are skipped and the others still printed; then the command ends
// with exit 1 and one line on stderr naming them.
class DecodeCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DecodeCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);

    // The JSON line of one image; public for the format's own tests.
    static QJsonObject resultJson(const QString &file, const scan::FrameResult &result);
};

} // namespace pd::cli
