#pragma once

#include "error.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace pd::core {

// One open PhongDich SQLite file: WAL, synchronous=FULL, foreign keys on, a
// busy timeout, every module's migrations applied and change capture
// installed. One instance per thread (QtSql connections are per thread).
class Database {
    Q_DECLARE_TR_FUNCTIONS(pd::core::Database)

public:
    static constexpr int busyTimeoutMs = 5000;

    // Opens or creates `path` and brings it to the schema of `modules` (core
    // is always included first). A file written by a newer PhongDich is
    // refused and left untouched; an existing file is backed up next to
    // itself before any migration runs.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const QList<ModuleSchema> &modules = {});
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    const QList<ModuleSchema> &modules() const { return m_modules; }
    // The backup written before the last migration, empty if none was needed.
    const QString &backupPath() const { return m_backupPath; }

    // Runs `work` in one transaction: committed when it succeeds, rolled
    // back when it fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Executes one statement, for callers that need no result rows.
    Status exec(const QString &sql, const QVariantList &values = {});
    // Binds `values` in order. SQL NULL comes from an invalid QVariant();
    // a null QString is bound as '' because QtSql would otherwise make it
    // NULL, and text columns are NOT NULL DEFAULT '' throughout.
    static void bindValues(QSqlQuery &query, const QVariantList &values);

private:
    Database(QString path, QString connectionName, QList<ModuleSchema> modules);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QList<ModuleSchema> m_modules;
    QString m_backupPath;
    int m_transactionDepth = 0;
};

} // namespace pd::core
