#include "serverlog.h"

namespace pd::sync::server {
Q_LOGGING_CATEGORY(lcServer, "pd.sync.server")
}
