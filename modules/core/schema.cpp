#include "schema.h"

namespace pd::core {

ModuleSchema coreSchema()
{
    return ModuleSchema {
        QStringLiteral("core"),
        {
            {QStringLiteral("audit_log"), SyncedTable::Kind::AppendOnly},
            {QStringLiteral("person"), SyncedTable::Kind::Mutable},
            {QStringLiteral("person_merge"), SyncedTable::Kind::AppendOnly},
            {QStringLiteral("pd_trusted_key"), SyncedTable::Kind::Mutable},
            {QStringLiteral("conflict"), SyncedTable::Kind::Mutable},
        },
        {
            {QStringLiteral("admin_unit"), {QStringLiteral("folded_path")}},
            {QStringLiteral("person"), {QStringLiteral("folded_name")}},
        },
    };
}

} // namespace pd::core
