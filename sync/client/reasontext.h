#pragma once

#include <QString>

namespace pd::sync {

// A sentence for people about a reason code: a row reason of docs/SYNC.md
// (out_of_scope, clock_ahead, ...), local_constraint, or a sync error code
// kept in sync_state.last_error (sync.network, ...). Translated; a generic
// sentence naming the code for one this version does not know.
QString reasonText(const QString &code);

} // namespace pd::sync
