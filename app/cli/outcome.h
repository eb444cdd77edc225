#pragma once

#include "error.h"

#include <QString>

#include <expected>

namespace pd::cli {

// Exit codes of every command: 2 when the command line itself is wrong
// (unknown command or option, missing or malformed value), 1 when it was
// understood but could not be carried out (the core refused, the file is
// missing or unreadable).
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// Why a command stopped: the exit code and the one line printed on stderr.
struct Failure {
    int exitCode = ExitFailed;
    QString message;
};

template<typename T> using Outcome = std::expected<T, Failure>;
using Done = Outcome<void>;

inline std::unexpected<Failure> usageError(QString message)
{
    return std::unexpected(Failure {ExitUsage, std::move(message)});
}

inline std::unexpected<Failure> failed(QString message)
{
    return std::unexpected(Failure {ExitFailed, std::move(message)});
}

// Ends a command after CommandParser::parse(): with its failure, or done
// when it printed the help.
inline Done stop(const Outcome<bool> &proceed)
{
    if (proceed)
        return {};
    return std::unexpected(proceed.error());
}

// A core error is an operation failure; its message is already translated
// and free of personal data.
inline std::unexpected<Failure> failed(const core::Error &error)
{
    return failed(error.message);
}

} // namespace pd::cli
