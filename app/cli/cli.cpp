#include "cli.h"

#include "adminunitcommands.h"
#include "checkincommand.h"
#include "commandparser.h"
#include "decodecommand.h"
#include "demodatacommand.h"
#include "infocommand.h"
#include "initcommand.h"
#include "output.h"
#include "synccommands.h"
#include "transfercommands.h"
#include "usercommands.h"
#include "verifycommand.h"

#include <QTranslator>

namespace pd::cli {

namespace {
struct Command {
    const char *name;
    Done (*run)(const QStringList &);
    QString (*summary)();
    const char *syntax;
};

constexpr Command kCommands[] = {
    {"init", &InitCommand::run, &InitCommand::summary, "init"},
    {"info", &InfoCommand::run, &InfoCommand::summary, "info"},
    {"user", &UserCommands::run, &UserCommands::summary, "user add|list|passwd|roles"},
    {"admin-units", &AdminUnitCommands::run, &AdminUnitCommands::summary,
     "admin-units search|show"},
    {"decode", &DecodeCommand::run, &DecodeCommand::summary, "decode IMAGE|FOLDER..."},
    {"verify", &VerifyCommand::run, &VerifyCommand::summary, "verify PAYLOAD|-"},
    {"checkin", &CheckinCommand::run, &CheckinCommand::summary, "checkin PAYLOAD|-"},
    {"demo-data", &DemoDataCommand::run, &DemoDataCommand::summary, "demo-data --people N"},
    {"import", &TransferCommands::runImport, &TransferCommands::importSummary,
     "import people FILE"},
    {"export", &TransferCommands::runExport, &TransferCommands::exportSummary,
     "export KIND --district CODE"},
    {"enroll", &SyncCommands::runEnroll, &SyncCommands::enrollSummary, "enroll --code CODE"},
    {"sync", &SyncCommands::runSync, &SyncCommands::syncSummary, "sync [status|export-package]"},
};
} // namespace

void Cli::installTranslator(QCoreApplication &app)
{
    // gettext's order: LANGUAGE, then LC_ALL, then LANG.
    QByteArray language;
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LANG"}) {
        language = qgetenv(variable);
        if (!language.isEmpty())
            break;
    }
    if (!language.startsWith("vi"))
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/phongdich_vi.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString Cli::helpText()
{
    QString commands;
    for (const Command &command : kCommands)
        commands += QStringLiteral("  %1%2\n")
                        .arg(QLatin1String(command.syntax), -30)
                        .arg(command.summary());
    return tr("Usage: %1 COMMAND [options]\n"
              "PhongDich without a window: the same data file and rules as the desktop app.\n\n"
              "Commands:\n"
              "%2\n"
              "Options:\n"
              "  -h, --help     Show this help.\n"
              "  -v, --version  Show the version.\n\n"
              "Every command takes --db PATH (default: %3) and --help.\n"
              "Results are compact JSON on standard output. Exit codes: 0 done, 1 the command "
              "failed, "
              "2 the command line is wrong; the reason is one line on standard error.")
        .arg(CommandParser::programName(), commands, core::Database::defaultPath());
}

Done Cli::dispatch(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return usageError(tr("Missing command; run \"%1 --help\" for the list.")
                              .arg(CommandParser::programName()));
    const QString &name = rest.first();
    if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
        output::writeText(helpText());
        return {};
    }
    if (name == QLatin1String("-v") || name == QLatin1String("--version")) {
        output::writeText(CommandParser::programName() + QLatin1Char(' ')
                          + QCoreApplication::applicationVersion());
        return {};
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(rest.mid(1));
    }
    if (name.startsWith(QLatin1Char('-')))
        return usageError(tr("Unknown option %1 (options go after the command).").arg(name));
    return usageError(tr("Unknown command: %1; run \"%2 --help\" for the list.")
                          .arg(name, CommandParser::programName()));
}

int Cli::run(const QStringList &arguments)
{
    const Done done = dispatch(arguments);
    if (done)
        return ExitOk;
    output::writeErrorLine(done.error().message);
    return done.error().exitCode;
}

} // namespace pd::cli
