#include "adminunitcommands.h"

#include "commandparser.h"
#include "output.h"

namespace pd::cli {

QString AdminUnitCommands::summary()
{
    return tr("Search and show administrative units (GSO list of 2021).");
}

QString AdminUnitCommands::helpText()
{
    return tr("Usage: %1 admin-units COMMAND [options]\n"
              "%2\n\n"
              "Commands:\n"
              "  search TEXT  Units whose name or path starts with every typed word, diacritics "
              "optional "
              "(\"phuc xa ba dinh\"); one JSON line each. [--limit N]\n"
              "  show CODE    One unit with its kind, full path, parent and number of children.\n\n"
              "Run \"%1 admin-units COMMAND --help\" for the options of a command.")
        .arg(CommandParser::programName(), summary());
}

Done AdminUnitCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("Missing admin-units command: search or show."));
    const QString &name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        output::writeText(helpText());
        return {};
    }
    if (name == QLatin1String("search"))
        return search(arguments.mid(1));
    if (name == QLatin1String("show"))
        return show(arguments.mid(1));
    return usageError(tr("Unknown admin-units command: %1 (use search or show).").arg(name));
}

QString AdminUnitCommands::unknownCodeMessage(const QString &code)
{
    return tr("No administrative unit has the code %1.").arg(code);
}

QString AdminUnitCommands::levelKey(const core::AdminUnit &unit)
{
    switch (unit.level) {
    case core::AdminUnit::Level::Province:
        return QStringLiteral("province");
    case core::AdminUnit::Level::District:
        return QStringLiteral("district");
    case core::AdminUnit::Level::Commune:
        break;
    }
    return QStringLiteral("commune");
}

Done AdminUnitCommands::search(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("admin-units search"),
                         tr("Find units by name; words may be typed without diacritics."),
                         arguments);
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        tr("At most this many results (default %1).").arg(defaultSearchLimit), tr("N"));
    parser.addOption(limit);
    parser.addPositionalArgument(tr("TEXT"), tr("Words to look for, such as \"phuc xa\"."));
    if (auto proceed = parser.parse(0, -1); !proceed || !*proceed)
        return stop(proceed);
    // Unquoted words arrive as several arguments; they mean one search.
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usageError(tr("Missing search text."));
    const auto limitValue = parser.intValue(limit, defaultSearchLimit, 1, maximumSearchLimit);
    if (!limitValue)
        return std::unexpected(limitValue.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    const core::AdminUnitStore &units = (*context)->adminUnits();
    for (const core::AdminUnit &unit : units.search(text, *limitValue)) {
        output::writeJson(QJsonObject {
            {QStringLiteral("code"), unit.code},
            {QStringLiteral("level"), levelKey(unit)},
            {QStringLiteral("name"), unit.displayName()},
            {QStringLiteral("path"), units.fullPath(unit.code)},
        });
    }
    return {};
}

Done AdminUnitCommands::show(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("admin-units show"), tr("Show one administrative unit."),
                         arguments);
    parser.addPositionalArgument(tr("CODE"), tr("GSO code, such as 00001."));
    if (auto proceed = parser.parse(1, 1); !proceed || !*proceed)
        return stop(proceed);
    const QString code = parser.positionalArguments().constFirst().trimmed();

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    const core::AdminUnitStore &units = (*context)->adminUnits();
    const auto unit = units.find(code);
    if (!unit)
        return failed(unknownCodeMessage(code));
    output::writeJson(QJsonObject {
        {QStringLiteral("code"), unit->code},
        {QStringLiteral("level"), levelKey(*unit)},
        {QStringLiteral("kind"), unit->kind},
        {QStringLiteral("name"), unit->displayName()},
        {QStringLiteral("shortName"), unit->name},
        {QStringLiteral("path"), units.fullPath(unit->code)},
        {QStringLiteral("parent"),
         unit->parentCode.isEmpty() ? QJsonValue() : QJsonValue(unit->parentCode)},
        {QStringLiteral("children"), units.children(unit->code).size()},
    });
    return {};
}

} // namespace pd::cli
