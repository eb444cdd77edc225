#include "initcommand.h"

#include "adminunitcommands.h"
#include "commandparser.h"
#include "infocommand.h"
#include "output.h"

#include <QSysInfo>

namespace pd::cli {

QString InitCommand::summary()
{
    return tr("Create or update the data file and save this device's settings.");
}

Done InitCommand::run(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("init"), summary(), arguments);
    const QCommandLineOption deviceName(QStringLiteral("device-name"),
                                        tr("Name of this device (default: the host name)."),
                                        tr("NAME"));
    const QCommandLineOption unit(
        QStringLiteral("unit"),
        tr("GSO code of the commune, district or province this device serves."), tr("CODE"));
    const QCommandLineOption venue(QStringLiteral("venue"), tr("Name of the checkpoint or venue."),
                                   tr("NAME"));
    const QCommandLineOption retentionDays(
        QStringLiteral("retention-days"),
        tr("Days check-ins are kept before they are purged (default %1).")
            .arg(core::DeviceSettings::defaultRetentionDays),
        tr("DAYS"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Address of the provincial sync server."), tr("URL"));
    for (const auto &option : {deviceName, unit, venue, retentionDays, server})
        parser.addOption(option);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    // The range is SettingsStore's to check; here only "is it a number".
    auto retention = parser.intValue(retentionDays, core::DeviceSettings::defaultRetentionDays);
    if (!retention)
        return std::unexpected(retention.error());

    auto context = parser.openContext(/*mayCreate=*/true);
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    auto settings = core.settings().load();
    if (!settings)
        return failed(settings.error());
    if (parser.isSet(deviceName))
        settings->deviceName = parser.value(deviceName);
    else if (settings->deviceName.isEmpty())
        settings->deviceName = QSysInfo::machineHostName();
    if (parser.isSet(unit)) {
        const QString code = parser.value(unit).trimmed();
        if (!code.isEmpty() && !core.adminUnits().find(code))
            return failed(AdminUnitCommands::unknownCodeMessage(code));
        settings->locationUnitCode = code;
    }
    if (parser.isSet(venue))
        settings->locationName = parser.value(venue);
    if (parser.isSet(retentionDays))
        settings->retentionDays = *retention;
    if (parser.isSet(server))
        settings->serverUrl = parser.value(server).trimmed();
    if (auto saved = core.saveSettings(*settings); !saved)
        return failed(saved.error());

    auto schema = InfoCommand::schemaVersions(core.database());
    if (!schema)
        return std::unexpected(schema.error());
    output::writeJson(QJsonObject {
        {QStringLiteral("db"), core.database().path()},
        {QStringLiteral("deviceId"), core.deviceId()},
        {QStringLiteral("schema"), *schema},
    });
    return {};
}

} // namespace pd::cli
