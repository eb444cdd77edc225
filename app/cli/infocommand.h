#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pd::core {
class Database;
}

namespace pd::cli {

// `info`: what an operator needs to know about a data file before a
// support call or a sync: schema versions, row counts, outbox size.
class InfoCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::InfoCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);

    // module → highest applied migration, from `schema_migrations`.
    static Outcome<QJsonObject> schemaVersions(core::Database &database);
};

} // namespace pd::cli
