#include "infocommand.h"

#include "commandparser.h"
#include "output.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::cli {

namespace {
// The core tables worth counting; names are fixed here, never user input.
constexpr const char *kCountedTables[] = {"app_user", "audit_log", "admin_unit", "setting"};

Outcome<qint64> scalar(core::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return failed(query.lastError().text());
    return query.value(0).toLongLong();
}
} // namespace

QString InfoCommand::summary()
{
    return tr("Show the data file's schema versions, row counts and outbox size.");
}

Outcome<QJsonObject> InfoCommand::schemaVersions(core::Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT module, MAX(version) FROM schema_migrations GROUP BY module ORDER BY module")))
        return failed(query.lastError().text());
    QJsonObject versions;
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toInt());
    return versions;
}

Done InfoCommand::run(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("info"), summary(), arguments);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    auto schema = schemaVersions(core.database());
    if (!schema)
        return std::unexpected(schema.error());
    auto userVersion = scalar(core.database(), QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return std::unexpected(userVersion.error());
    QJsonObject rows;
    for (const char *table : kCountedTables) {
        auto count =
            scalar(core.database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        if (!count)
            return std::unexpected(count.error());
        rows.insert(QLatin1String(table), *count);
    }
    auto outbox = core.pendingChanges();
    if (!outbox)
        return failed(outbox.error());
    auto settings = core.settings().load();
    if (!settings)
        return failed(settings.error());

    output::writeJson(QJsonObject {
        {QStringLiteral("db"), core.database().path()},
        {QStringLiteral("deviceId"), core.deviceId()},
        {QStringLiteral("deviceName"), settings->deviceName},
        {QStringLiteral("schema"), *schema},
        {QStringLiteral("userVersion"), *userVersion},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("outbox"), *outbox},
    });
    return {};
}

} // namespace pd::cli
