#pragma once

#include "error.h"

#include <QString>

namespace pd::sync::server {

enum class Dialect { Sqlite, Postgres };

// The --db argument: `sqlite:PATH` (the embedded default) or
// `postgresql://user[:password]@host[:port]/database[?option=value&...]`,
// the options passed on to libpq (sslmode, connect_timeout, ...).
struct DatabaseSpec {
    static QString defaultSpec() { return QStringLiteral("sqlite:phongdich-server.sqlite"); }

    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // "key=value;key=value", QPSQL's form

    static core::Result<DatabaseSpec> parse(const QString &spec);
    // For messages: never the password.
    QString displayName() const;
};

} // namespace pd::sync::server
