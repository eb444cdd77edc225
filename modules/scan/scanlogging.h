#pragma once

#include <QLoggingCategory>

namespace pd::scan {

// Logging of the scan module: sources, frame counts, timings and reasons.
// Never the decoded text: a code carries a person's identity.
Q_DECLARE_LOGGING_CATEGORY(lcScan)

} // namespace pd::scan
