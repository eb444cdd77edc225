#include "transfercommands.h"

#include "commandparser.h"
#include "districtexport.h"
#include "output.h"
#include "peopleimport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace pd::cli {

namespace {
QJsonObject issueJson(const core::ImportIssue &issue)
{
    return QJsonObject {
        {QStringLiteral("row"), issue.row},         {QStringLiteral("field"), issue.field},
        {QStringLiteral("column"), issue.column},   {QStringLiteral("code"), issue.code},
        {QStringLiteral("message"), issue.message},
    };
}
} // namespace

QString TransferCommands::importSummary()
{
    return tr("Import people from an .xlsx or .csv list into the registry (checked first, one "
              "transaction).");
}

QString TransferCommands::exportSummary()
{
    return tr("Export a district's declarations, arrivals or both (KIND: declarations, "
              "arrivals, district) to .xlsx or .csv.");
}

Done TransferCommands::runImport(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("Missing import command: people."));
    const QString &name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        output::writeText(tr("Usage: %1 import people FILE [options]\n%2\n\n"
                             "Run \"%1 import people --help\" for the options.")
                              .arg(CommandParser::programName(), importSummary()));
        return {};
    }
    if (name == QLatin1String("people"))
        return importPeople(arguments.mid(1));
    return usageError(tr("Unknown import command: %1 (use people).").arg(name));
}

Done TransferCommands::runExport(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("Missing export command: declarations, arrivals or district."));
    const QString &name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        output::writeText(
            tr("Usage: %1 export COMMAND --district CODE [options]\n%2\n\n"
               "Commands:\n"
               "  declarations  The district's health declarations (corrections replace what "
               "they correct).\n"
               "  arrivals      Arrivals from the check-in log: at the district's checkpoints, "
               "or of people whose latest declaration is in the district.\n"
               "  district      Both: two sheets of one .xlsx, or two .csv files "
               "(NAME-declarations.csv, NAME-arrivals.csv).\n\n"
               "Run \"%1 export COMMAND --help\" for the options.")
                .arg(CommandParser::programName(), exportSummary()));
        return {};
    }
    if (name == QLatin1String("declarations") || name == QLatin1String("arrivals")
        || name == QLatin1String("district"))
        return exportDistrict(name, arguments.mid(1));
    return usageError(
        tr("Unknown export command: %1 (use declarations, arrivals or district).").arg(name));
}

Done TransferCommands::importPeople(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("import people"),
                         tr("Import people from a list. Columns are recognised by their headers "
                            "(Vietnamese or English, with or without diacritics). Each problem "
                            "is printed as a JSON line with its row number; with any problem "
                            "nothing is imported unless --valid-only is given."),
                         arguments);
    const QCommandLineOption validOnly(QStringLiteral("valid-only"),
                                       tr("Import the valid rows and skip the rows with errors."));
    const QCommandLineOption area(
        QStringLiteral("commune-district"),
        tr("District (or province) code in which commune names are looked up, when the list "
           "names communes without their district."),
        tr("CODE"));
    parser.addOption(validOnly);
    parser.addOption(area);
    parser.addPositionalArgument(tr("FILE"), tr("The .xlsx or .csv list (first sheet)."));
    if (auto proceed = parser.parse(1, 1); !proceed || !*proceed)
        return stop(proceed);
    const QString path = parser.positionalArguments().constFirst();

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;
    if (parser.isSet(area)) {
        const auto unit = core.adminUnits().find(parser.value(area).trimmed());
        if (!unit || unit->level == core::AdminUnit::Level::Commune)
            return usageError(tr("--commune-district: %1 is not a district or province code.")
                                  .arg(parser.value(area)));
    }

    auto table = core::PeopleImport::readTable(path);
    if (!table)
        return failed(table.error());
    core::PeopleImport import(core);
    core::PeopleImport::Options options;
    options.communeArea = parser.value(area).trimmed();
    auto preview = import.preview(*table, options);
    if (!preview)
        return failed(preview.error());
    for (const core::ImportIssue &issue : preview->issues())
        output::writeJson(issueJson(issue));

    QJsonObject summary {
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("rows"), int(preview->rows.size())},
        {QStringLiteral("ready"), preview->ready},
        {QStringLiteral("errors"), preview->errors},
        {QStringLiteral("registered"), preview->registered},
        {QStringLiteral("created"), 0},
    };
    const bool strict = !parser.isSet(validOnly);
    if (strict && preview->errors > 0) {
        output::writeJson(summary);
        return failed(tr("%n row(s) have errors; nothing was imported (fix them, or use "
                         "--valid-only to import the other rows).",
                         nullptr, preview->errors));
    }
    auto result = import.commit(*preview,
                                strict ? core::PeopleImport::CommitMode::Strict
                                       : core::PeopleImport::CommitMode::ValidRowsOnly);
    if (!result)
        return failed(result.error());
    summary.insert(QStringLiteral("created"), result->created);
    summary.insert(QStringLiteral("registered"), result->registered);
    output::writeJson(summary);
    return {};
}

Done TransferCommands::exportDistrict(const QString &what, const QStringList &arguments)
{
    using declaration::DistrictExport;
    CommandParser parser(QStringLiteral("export ") + what,
                         tr("Write the district's list for a range of days (local time). The "
                            "format follows the file name: .xlsx or .csv."),
                         arguments);
    const QCommandLineOption districtOption(QStringLiteral("district"),
                                            tr("GSO district code, such as 082."), tr("CODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (default: today)."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day, included (default: the first day)."), tr("YYYY-MM-DD"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("The file to write, .xlsx or .csv (default: DISTRICT-NAME_DAY.xlsx here)."), tr("FILE"));
    parser.addOption(districtOption);
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addOption(outOption);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    auto districtCode = parser.requiredValue(districtOption);
    if (!districtCode)
        return std::unexpected(districtCode.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    const auto day = [&](const QCommandLineOption &option, QDate fallback) -> Outcome<QDate> {
        if (!parser.isSet(option))
            return fallback;
        const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return usageError(
                tr("--%1: use a date such as 2026-11-22.").arg(option.names().first()));
        return date;
    };
    const QDate today = QDateTime::fromMSecsSinceEpoch(core.clock().nowMs()).date();
    const auto from = day(fromOption, today);
    if (!from)
        return std::unexpected(from.error());
    const auto to = day(toOption, *from);
    if (!to)
        return std::unexpected(to.error());
    const auto district = core.adminUnits().find(districtCode->trimmed());
    if (!district || district->level != core::AdminUnit::Level::District)
        return failed(tr("%1 is not a district code; find it with \"%2 admin-units search\".")
                          .arg(*districtCode, CommandParser::programName()));

    DistrictExport::Request request;
    request.districtCode = district->code;
    request.from = *from;
    request.to = *to;
    request.sheets = what == QLatin1String("declarations")
        ? DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
        : what == QLatin1String("arrivals")
        ? DistrictExport::Sheets(DistrictExport::Sheet::Arrivals)
        : DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
            | DistrictExport::Sheet::Arrivals;
    if (parser.isSet(outOption)) {
        request.path = parser.value(outOption);
        const QString suffix = QFileInfo(request.path).suffix().toLower();
        if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
            return usageError(tr("--out: the file name must end in .xlsx or .csv."));
        request.format = DistrictExport::formatOfPath(request.path);
    } else {
        request.path = QDir::current().filePath(DistrictExport::defaultFileName(
            *district, request.from, request.to, DistrictExport::Format::Xlsx));
    }

    auto summary = DistrictExport(core).run(request);
    if (!summary)
        return failed(summary.error());
    QJsonObject result {
        {QStringLiteral("district"), district->code},
        {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
        {QStringLiteral("files"), QJsonArray::fromStringList(summary->files)},
    };
    if (request.sheets.testFlag(DistrictExport::Sheet::Declarations))
        result.insert(QStringLiteral("declarations"), summary->declarations);
    if (request.sheets.testFlag(DistrictExport::Sheet::Arrivals)) {
        result.insert(QStringLiteral("arrivals"), summary->arrivals);
        result.insert(QStringLiteral("checkin_log"), summary->checkinLogPresent);
    }
    output::writeJson(result);
    return {};
}

} // namespace pd::cli
