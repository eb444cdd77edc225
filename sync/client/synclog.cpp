#include "synclog.h"

// Debug lines (one per request) only when asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcSync, "pd.sync", QtInfoMsg)
