#include "databasespec.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace pd::sync::server {

namespace {
core::Result<DatabaseSpec> usage(const QString &message)
{
    return core::fail(QStringLiteral("usage"), message);
}
} // namespace

core::Result<DatabaseSpec> DatabaseSpec::parse(const QString &spec)
{
    DatabaseSpec result;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            return usage(QStringLiteral("--db sqlite:PATH needs a path."));
        result.dialect = Dialect::Sqlite;
        result.sqlitePath = QFileInfo(path).absoluteFilePath();
        return result;
    }
    if (!spec.startsWith(QLatin1String("postgresql://"))
        && !spec.startsWith(QLatin1String("postgres://")))
        return usage(QStringLiteral("--db: use sqlite:PATH or postgresql://user@host:port/db."));
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return usage(QStringLiteral("--db: not a valid postgresql:// address."));
    result.dialect = Dialect::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.databaseName = url.path().mid(1);
    if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
        return usage(QStringLiteral("--db: name the database: postgresql://user@host:port/db."));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    // The server is single-threaded: a connection attempt to an unreachable
    // host (a reconnect included) must not hold every request for minutes.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    result.connectOptions = options.join(QLatin1Char(';'));
    return result;
}

QString DatabaseSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace pd::sync::server
