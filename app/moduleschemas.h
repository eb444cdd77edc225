#pragma once

#include "checkinstore.h"
#include "declarationstore.h"
#include "schema.h"

namespace pd::app {

// Every module's tables, for CoreContext::open: the desktop app and the
// command line must open a data file with the same schema.
inline QList<core::ModuleSchema> moduleSchemas()
{
    return {scan::CheckinStore::schema(), declaration::DeclarationStore::schema()};
}

} // namespace pd::app
