#pragma once

#include "databasespec.h"
#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>

namespace pd::sync::server {

// One connection to the server's database, SQLite or PostgreSQL, and the
// few places where the two differ: column types in the schema and how a
// write transaction starts. Everything else is the same SQL on both.
class ServerDatabase {
public:
    static core::Result<std::unique_ptr<ServerDatabase>> open(const DatabaseSpec &spec);
    ~ServerDatabase();

    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Dialect dialect() const { return m_spec.dialect; }
    // "sqlite" or "postgresql", as /v1/health says.
    QString dialectName() const;
    const DatabaseSpec &spec() const { return m_spec; }

    // The schema text for this dialect: ${BLOB} and ${KEY} filled in.
    QString expandTemplate(QString sql) const;

    // Runs one statement with positional values; the query, ready to read.
    core::Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // The statement named `key`, prepared on this connection the first
    // time (`sql` is only called then) and kept for reuse with new values.
    core::Result<QSqlQuery *> prepared(const QString &key, const std::function<QString()> &sql);
    // For the statements every push or request runs: `sql` with positional
    // values on a statement prepared once (on PostgreSQL one round trip
    // instead of exec()'s three: prepare, execute, deallocate), each result
    // row handed to `onRow`. The statement is reset afterwards, so SQLite
    // keeps no read open.
    core::Status execPrepared(const QString &sql, const QVariantList &values,
                              const std::function<void(const QSqlQuery &)> &onRow = {});
    // Runs a prepared query with its values bound, hands each result row to
    // `onRow` and resets the statement, so SQLite keeps no read open.
    static core::Status run(QSqlQuery &query,
                            const std::function<void(const QSqlQuery &)> &onRow = {});

    // After a failure: when the database no longer answers on this
    // connection (PostgreSQL restarted, a network cut), drops the prepared
    // statements (freed on a new connection they would fail and abort its
    // transaction) and opens it again; true when it did. A failure is
    // logged here.
    core::Result<bool> recover();

    // A write transaction. SQLite takes its write lock at once (BEGIN
    // IMMEDIATE) so two writers never deadlock upgrading a read lock.
    core::Status begin();
    core::Status commit();
    void rollback();

    // Text to bind: a null QString would be bound as SQL NULL, and every text
    // column of the schema is NOT NULL ('' for "none").
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    // `code` plus the driver's primary message, which names no values
    // (constraint names, "database is locked", ...), so it may be logged.
    static core::Error sqlError(const QString &code, const QSqlQuery &query);

private:
    explicit ServerDatabase(DatabaseSpec spec, QString connectionName);
    // Opens the connection and sets up its session.
    core::Status connect();
    // Whether the database answers (SELECT 1).
    bool answers() const;

    DatabaseSpec m_spec;
    QString m_connectionName;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // by key
};

// Rolls back unless commit() was reached, so every early return of a push
// leaves the database as it was.
class Transaction {
public:
    explicit Transaction(ServerDatabase &database) : m_database(database) { }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    core::Status begin();
    core::Status commit();
    void rollback();

private:
    ServerDatabase &m_database;
    bool m_open = false;
};

} // namespace pd::sync::server
