#pragma once

#include <QLoggingCategory>

// "pd.sync": what the engine did (batch ids, counts, HTTP statuses), never a
// row's values.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
