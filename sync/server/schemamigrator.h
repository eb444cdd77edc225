#pragma once

#include "error.h"

namespace pd::sync::server {

class ServerDatabase;

// Brings the server's schema up to date from the numbered migrations in
// :/pd/server/sql/ (NNNN_name.sql), each applied in its own transaction
// together with its row in `schema_version`. Two servers starting at once
// on one PostgreSQL database take turns (advisory lock; SQLite's write lock).
class SchemaMigrator {
public:
    static core::Status migrate(ServerDatabase &database);
    // The highest migration in the binary.
    static int latestVersion();
};

} // namespace pd::sync::server
