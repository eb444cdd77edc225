#pragma once

#include "error.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pd::core {

struct Migration {
    QString module;
    int version = 0;
    QString name;
    QString resourcePath;
};

// Applies the numbered SQL files of each module, each file in one
// transaction together with its row in `schema_migrations`; a failing file
// rolls back whole and stops the run.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(pd::core::Migrator)

public:
    Migrator(QSqlDatabase connection, QList<ModuleSchema> modules);

    // The migrations this build has and the file has not applied yet.
    // Fails when the file holds a migration newer than this build knows.
    Result<QList<Migration>> pending() const;
    Status apply(const QList<Migration> &migrations) const;
    int appliedCount() const;

    static Result<QList<Migration>> available(const ModuleSchema &module);
    // Splits a migration file into complete statements (trigger bodies stay
    // whole); uses SQLite's own tokenizer via sqlite3_complete().
    static QStringList splitStatements(const QString &sql);

private:
    Status ensureTable() const;

    QSqlDatabase m_connection;
    QList<ModuleSchema> m_modules;
};

} // namespace pd::core
