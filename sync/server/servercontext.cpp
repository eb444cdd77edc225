#include "servercontext.h"

#include "rowstore.h"
#include "schemamigrator.h"

namespace pd::sync::server {

core::Result<std::unique_ptr<ServerContext>> ServerContext::open(const QString &databaseSpec,
                                                                 Use use)
{
    auto spec = DatabaseSpec::parse(databaseSpec);
    if (!spec)
        return std::unexpected(spec.error());
    auto database = ServerDatabase::open(*spec);
    if (!database)
        return std::unexpected(database.error());
    if (auto migrated = SchemaMigrator::migrate(**database); !migrated)
        return std::unexpected(migrated.error());
    auto units = AdminUnitTree::load();
    if (!units)
        return std::unexpected(units.error());
    std::unique_ptr<ServerContext> context(
        new ServerContext(std::move(*database), std::move(*units)));
    if (use == Use::Admin)
        return context;
    auto newest = RowStore(context->database()).maxHlc();
    if (!newest)
        return std::unexpected(newest.error());
    context->m_clock.seed(*newest);
    if (auto analyzed = context->m_pushes.statistics().refreshIfUnknown(); !analyzed)
        return std::unexpected(analyzed.error());
    return context;
}

ServerContext::ServerContext(std::unique_ptr<ServerDatabase> database, AdminUnitTree units)
    : m_database(std::move(database)),
      m_units(std::move(units)),
      m_devices(*m_database, m_units, m_clock),
      // Package imports only: a process that applies a few batches.
      m_pushes(*m_database, m_clock, ConflictDetector::StoredKeys::AskDatabase),
      m_pulls(*m_database)
{
}

} // namespace pd::sync::server
