#include "synccommands.h"

#include "commandparser.h"
#include "enrolment.h"
#include "offlinepackage.h"
#include "output.h"
#include "reasontext.h"
#include "synccycle.h"
#include "syncstatestore.h"

#include <QFile>
#include <QSysInfo>

namespace pd::cli {

namespace {
// A sync error for scripts (the stable code) and for people (stderr).
std::unexpected<Failure> syncFailed(const core::Error &error)
{
    output::writeJson(QJsonObject {{QStringLiteral("error"), error.code},
                                   {QStringLiteral("message"), error.message}});
    return failed(error);
}
} // namespace

QString SyncCommands::enrollSummary()
{
    return tr("Enrol this device with the provincial sync server using a one-time code.");
}

QString SyncCommands::syncSummary()
{
    return tr("Sync with the provincial server, show the sync state, or write the changes "
              "waiting to be sent to an offline package.");
}

Done SyncCommands::runEnroll(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("enroll"),
                         tr("%1 The provincial administrator makes the code with "
                            "\"phongdich-server enroll-code\"; it works once.")
                             .arg(enrollSummary()),
                         arguments);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("Address of the sync server, such as https://sync.example.gov.vn (default: the "
           "address saved with init --server)."),
        tr("URL"));
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The one-time enrolment code."),
                                        tr("CODE"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        tr("Name of this device on the server (default: the device name, or the host name)."),
        tr("NAME"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-cert"),
        tr("A PEM file with the certificate authority to trust for this server (instead of the "
           "system's)."),
        tr("PEM_FILE"));
    for (const auto &option : {serverOption, codeOption, nameOption, caOption})
        parser.addOption(option);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    auto code = parser.requiredValue(codeOption);
    if (!code)
        return std::unexpected(code.error());

    QString caPem;
    if (parser.isSet(caOption)) {
        QFile file(parser.value(caOption));
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read the certificate file %1: %2")
                              .arg(parser.value(caOption), file.errorString()));
        caPem = QString::fromUtf8(file.readAll());
    }

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;
    auto settings = core.settings().load();
    if (!settings)
        return failed(settings.error());

    const QString server =
        parser.isSet(serverOption) ? parser.value(serverOption).trimmed() : settings->serverUrl;
    if (server.isEmpty())
        return usageError(tr("Missing required option --server."));
    QString name = parser.value(nameOption).trimmed();
    if (name.isEmpty())
        name = settings->deviceName.isEmpty() ? QSysInfo::machineHostName() : settings->deviceName;

    auto enrolment = sync::enrol(core, QUrl(server), *code, name, caPem);
    if (!enrolment)
        return syncFailed(enrolment.error());
    output::writeJson(QJsonObject {{QStringLiteral("device"), enrolment->deviceId},
                                   {QStringLiteral("scope"), enrolment->scopeCode},
                                   {QStringLiteral("scopeLevel"), enrolment->scopeLevel}});
    return {};
}

Done SyncCommands::runSync(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("export-package"))
        return exportPackage(arguments.mid(1));
    if (first == QLatin1String("status"))
        return status(arguments.mid(1));
    return cycle(arguments);
}

Done SyncCommands::cycle(const QStringList &arguments)
{
    CommandParser parser(
        QStringLiteral("sync"),
        tr("Run one sync cycle: send the changes made here, then receive the others' until "
           "the server has no more. What was sent or received stays done if the connection "
           "breaks; the rest follows next time.\n\n"
           "Also:\n"
           "  sync status                     Show the sync state.\n"
           "  sync export-package --out FILE  Write the changes waiting to be sent to a file "
           "for \"phongdich-server import-package\" (no network needed)."),
        arguments);
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Seconds to wait for the server before giving up (default %1).")
            .arg(sync::SyncTransport::defaultTimeoutMs / 1000),
        tr("SECONDS"));
    parser.addOption(timeoutOption);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    auto timeout =
        parser.intValue(timeoutOption, sync::SyncTransport::defaultTimeoutMs / 1000, 1, 3600);
    if (!timeout)
        return std::unexpected(timeout.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    sync::SyncCycle cycle(**context);
    cycle.setTimeoutMs(*timeout * 1000);
    auto summary = cycle.run();
    if (!summary)
        return syncFailed(summary.error());
    output::writeJson(QJsonObject {{QStringLiteral("pushed"), summary->pushed},
                                   {QStringLiteral("pulled"), summary->pulled},
                                   {QStringLiteral("conflicts"), summary->conflicts},
                                   {QStringLiteral("rejected"), summary->rejected},
                                   {QStringLiteral("ms"), summary->ms}});
    return {};
}

Done SyncCommands::exportPackage(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("sync export-package"),
                         tr("Write every change waiting to be sent to one file, for a server "
                            "that cannot be reached over the network. The changes stay queued: "
                            "the next online sync is acknowledged as already received."),
                         arguments);
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The package file to write."),
                                       tr("FILE"));
    parser.addOption(outOption);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    auto out = parser.requiredValue(outOption);
    if (!out)
        return std::unexpected(out.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    auto summary = sync::exportPackage(**context, *out);
    if (!summary)
        return syncFailed(summary.error());
    output::writeJson(QJsonObject {{QStringLiteral("batches"), summary->batches},
                                   {QStringLiteral("rows"), summary->rows}});
    return {};
}

Done SyncCommands::status(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("sync status"),
                         tr("Show the enrolment, the last sync and what waits to be sent."),
                         arguments);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    sync::SyncStateStore store((*context)->database());
    auto state = store.load();
    if (!state)
        return failed(state.error());
    auto failures = store.failureCount();
    if (!failures)
        return failed(failures.error());
    output::writeJson(QJsonObject {
        {QStringLiteral("device"), (*context)->deviceId()},
        {QStringLiteral("enrolled"), state->enrolled()},
        {QStringLiteral("url"), state->url},
        {QStringLiteral("scope"), state->scopeCode},
        {QStringLiteral("scopeLevel"), state->scopeLevel},
        {QStringLiteral("enrolledAtMs"), state->enrolledAtMs},
        {QStringLiteral("pullCursor"), state->pullCursor},
        {QStringLiteral("lastSuccessMs"), state->lastSuccessMs},
        {QStringLiteral("lastAttemptMs"), state->lastAttemptMs},
        {QStringLiteral("lastError"), state->lastError},
        {QStringLiteral("lastErrorText"),
         state->lastError.isEmpty() ? QString() : sync::reasonText(state->lastError)},
        {QStringLiteral("pendingBatches"), state->pendingBatches},
        {QStringLiteral("pendingRows"), state->pendingRows},
        {QStringLiteral("failures"), *failures},
    });
    return {};
}

} // namespace pd::cli
