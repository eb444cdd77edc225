#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// Where a new password comes from: the first line of stdin for scripts
// (--password-stdin), otherwise a prompt on the terminal with echo off. A
// password is never taken from the command line, where `ps` and the shell
// history would show it.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::PasswordInput)

public:
    static Outcome<QString> read(bool fromStdin);

private:
    static Outcome<QString> readStdinLine();
    static Outcome<QString> prompt();
    static bool stdinIsTerminal();
    // Reads one line from the terminal without echo; false on end of input.
    static bool readHiddenLine(QString *line);
};

} // namespace pd::cli
