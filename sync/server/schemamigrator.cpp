#include "schemamigrator.h"

#include "serverdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace pd::sync::server {

namespace {
constexpr auto kMigrationDir = ":/pd/server/sql";
// Any fixed number: the key of the PostgreSQL advisory lock migrations hold.
constexpr qint64 kMigrationLockKey = 0x70645f7376; // "pd_sv"

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QString::fromLatin1(kMigrationDir));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// Statements end with ';' at the end of a line; '--' lines are comments.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

core::Result<int> currentVersion(ServerDatabase &database)
{
    auto created = database.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, applied_at_ms BIGINT NOT NULL)"));
    if (!created)
        return std::unexpected(created.error());
    auto query = database.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

core::Status applyOne(ServerDatabase &database, int version, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(QStringLiteral("db.migrate"),
                          QStringLiteral("Migration %1 is missing.").arg(path));
    const QString script = database.expandTemplate(QString::fromUtf8(file.readAll()));

    Transaction transaction(database);
    if (auto status = transaction.begin(); !status)
        return status;
    if (database.dialect() == Dialect::Postgres) {
        if (auto locked = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                        {kMigrationLockKey});
            !locked)
            return std::unexpected(locked.error());
    }
    // Read again under the lock: another server may have just applied it.
    auto current = currentVersion(database);
    if (!current)
        return std::unexpected(current.error());
    if (*current >= version)
        return {};
    for (const QString &statement : statementsOf(script)) {
        if (auto done = database.exec(statement); !done)
            return core::fail(
                QStringLiteral("db.migrate"),
                QStringLiteral("Migration %1 failed: %2").arg(version).arg(done.error().message));
    }
    if (auto recorded = database.exec(
            QStringLiteral("INSERT INTO schema_version (version, applied_at_ms) VALUES (?, ?)"),
            {version, QDateTime::currentMSecsSinceEpoch()});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction.commit();
}
} // namespace

core::Status SchemaMigrator::migrate(ServerDatabase &database)
{
    const QMap<int, QString> files = migrationFiles();
    auto current = currentVersion(database);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return core::fail(QStringLiteral("db.too_new"),
                          QStringLiteral("The database has schema version %1; this server knows "
                                         "up to %2. Run a newer phongdich-server.")
                              .arg(*current)
                              .arg(latestVersion()));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= *current)
            continue;
        if (auto status = applyOne(database, it.key(), it.value()); !status)
            return status;
    }
    return {};
}

int SchemaMigrator::latestVersion()
{
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

} // namespace pd::sync::server
