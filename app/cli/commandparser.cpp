#include "commandparser.h"

#include "moduleschemas.h"

#include "output.h"

#include <QFileInfo>

namespace pd::cli {

CommandParser::CommandParser(QString command, const QString &description, QStringList arguments)
    : m_command(std::move(command)),
      m_arguments(std::move(arguments)),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_dbOption(QStringLiteral("db"),
                 tr("The data file (default: %1).").arg(core::Database::defaultPath()), tr("PATH"),
                 core::Database::defaultPath())
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_dbOption);
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description,
                                          const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionalSyntax << (syntax.isEmpty() ? name : syntax);
}

Outcome<bool> CommandParser::parse(int minPositional, int maxPositional)
{
    // QCommandLineParser skips the first element as the program name.
    if (!m_parser.parse(QStringList {m_command} + m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        output::writeText(helpText());
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositional)
        return usageError(
            tr("Missing argument %1.").arg(m_positionalSyntax.value(positional.size())));
    if (maxPositional >= 0 && positional.size() > maxPositional)
        return usageError(tr("Unexpected argument: %1").arg(positional.at(maxPositional)));
    return true;
}

QString CommandParser::helpText() const
{
    // Qt's first line names the program by its full path; ours names the
    // subcommand as typed.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage = tr("Usage: %1 %2 [options]").arg(programName(), m_command)
        + (m_positionalSyntax.isEmpty()
               ? QString()
               : QLatin1Char(' ') + m_positionalSyntax.join(QLatin1Char(' ')));
    return usage + text.mid(firstLineEnd);
}

Outcome<QString> CommandParser::requiredValue(const QCommandLineOption &option) const
{
    const QString name = QStringLiteral("--") + option.names().constLast();
    if (!m_parser.isSet(option))
        return usageError(tr("Missing required option %1.").arg(name));
    const QString value = m_parser.value(option);
    if (value.trimmed().isEmpty())
        return usageError(tr("Option %1 needs a value.").arg(name));
    return value;
}

Outcome<int> CommandParser::intValue(const QCommandLineOption &option, int fallback, int minimum,
                                     int maximum) const
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString name = QStringLiteral("--") + option.names().constLast();
    bool ok = false;
    const int value = m_parser.value(option).trimmed().toInt(&ok);
    if (!ok)
        return usageError(tr("Option %1: enter a whole number.").arg(name));
    if (value < minimum || value > maximum)
        return usageError(tr("Option %1: enter a whole number from %2 to %3.")
                              .arg(name)
                              .arg(minimum)
                              .arg(maximum));
    return value;
}

QString CommandParser::databasePath() const
{
    return QFileInfo(m_parser.value(m_dbOption)).absoluteFilePath();
}

Outcome<std::unique_ptr<core::CoreContext>> CommandParser::openContext(bool mayCreate) const
{
    const QString path = databasePath();
    if (!mayCreate && !QFileInfo::exists(path))
        return failed(tr("No data file at %1: run \"%2 init\" first.").arg(path, programName()));
    auto context = core::CoreContext::open(path, app::moduleSchemas());
    if (!context)
        return failed(context.error());
    (*context)->audit().setActor({}, QStringLiteral("cli"));
    return std::move(*context);
}

} // namespace pd::cli
