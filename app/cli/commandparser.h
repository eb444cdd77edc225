#pragma once

#include "corecontext.h"
#include "outcome.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>
#include <memory>

namespace pd::cli {

// The parser of one subcommand ("init", "user add", ...): QCommandLineParser
// with the options every subcommand has (--help, --db), one-line usage
// errors instead of Qt's exit(), and the checks Qt leaves to the caller
// (required options, numbers in range, positional argument counts).
class CommandParser {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CommandParser)

public:
    // The name in usage lines and messages, whatever the binary is called.
    static QString programName() { return QStringLiteral("phongdich-cli"); }

    // `command` is what the user typed after the program name ("user add");
    // `arguments` follow it.
    CommandParser(QString command, const QString &description, QStringList arguments);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = {});
    // Parses the arguments, answers --help (printed to stdout) and checks
    // the number of positional arguments (maximum -1: no limit). False when
    // help was printed and the command has nothing more to do.
    Outcome<bool> parse(int minPositional = 0, int maxPositional = 0);
    QString helpText() const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    Outcome<QString> requiredValue(const QCommandLineOption &option) const;
    // `fallback` when the option is absent; a usage error when its value is
    // not a whole number in [minimum, maximum].
    Outcome<int> intValue(const QCommandLineOption &option, int fallback,
                          int minimum = std::numeric_limits<int>::min(),
                          int maximum = std::numeric_limits<int>::max()) const;

    QString databasePath() const;
    // Opens the data file. Only `init` may create one: every other command
    // fails on a missing file rather than leave an empty one behind. Writes
    // are attributed to the actor "cli" in the audit log.
    Outcome<std::unique_ptr<core::CoreContext>> openContext(bool mayCreate = false) const;

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_dbOption;
    QStringList m_positionalSyntax;
};

} // namespace pd::cli
