#include "schema.h"

namespace pd::core {

ModuleSchema coreSchema()
{
    return ModuleSchema {
        QStringLiteral("core"),
        {{QStringLiteral("audit_log"), SyncedTable::Kind::AppendOnly}},
        {{QStringLiteral("admin_unit"), {QStringLiteral("folded_path")}}},
    };
}

} // namespace pd::core
