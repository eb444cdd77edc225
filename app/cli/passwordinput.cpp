#include "passwordinput.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace pd::cli {

namespace {
QString withoutLineEnd(std::string line)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}
} // namespace

Outcome<QString> PasswordInput::read(bool fromStdin)
{
    if (fromStdin)
        return readStdinLine();
    if (!stdinIsTerminal())
        return usageError(
            tr("No password given: pass it on standard input with --password-stdin."));
    return prompt();
}

Outcome<QString> PasswordInput::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return usageError(tr("No password on standard input."));
    return withoutLineEnd(std::move(line));
}

Outcome<QString> PasswordInput::prompt()
{
    QString first;
    QString second;
    std::fputs(qPrintable(tr("New password: ")), stderr);
    const bool gotFirst = readHiddenLine(&first);
    std::fputs(qPrintable(tr("Repeat the password: ")), stderr);
    const bool gotSecond = gotFirst && readHiddenLine(&second);
    if (!gotSecond)
        return usageError(tr("No password entered."));
    if (first != second)
        return failed(tr("The two passwords differ."));
    return first;
}

bool PasswordInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool PasswordInput::readHiddenLine(QString *line)
{
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool restore =
        GetConsoleMode(input, &mode) && SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved {};
    const bool restore = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    std::string text;
    const bool ok = bool(std::getline(std::cin, text));
#ifdef Q_OS_WIN
    if (restore)
        SetConsoleMode(input, mode);
    std::fputs("\n", stderr);
#else
    if (restore)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (ok)
        *line = withoutLineEnd(std::move(text));
    return ok;
}

} // namespace pd::cli
