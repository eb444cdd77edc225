#pragma once

#include <QLoggingCategory>

namespace pd::sync::server {
// Standard error of phongdich-server: start-up, purges, failures. Counts,
// codes and routes only: never row values, names, id numbers or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
} // namespace pd::sync::server
