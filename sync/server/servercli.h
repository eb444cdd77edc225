#pragma once

#include "error.h"

#include <QStringList>

namespace pd::sync::server {

// The command line of phongdich-server, shaped like phongdich-cli's:
// results are compact JSON on stdout, a failure is one line on stderr, exit
// code 2 when the command line is wrong and 1 when the command failed.
//
//   phongdich-server [--db SPEC] [serve] [--listen HOST:PORT] [--tls-cert F --tls-key F]
//                    [--retention-days N]
//   phongdich-server [--db SPEC] enroll-code --scope CODE [--expires 24h]
//   phongdich-server [--db SPEC] devices list | devices revoke ID
//   phongdich-server [--db SPEC] import-package FILE
class ServerCli {
public:
    enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

    // `arguments` as from QCoreApplication::arguments(), program first.
    // `serve` returns when the server stops (SIGTERM, SIGINT).
    static int run(const QStringList &arguments);

    // "24h", "90m", "7d", "30s" in milliseconds.
    static core::Result<qint64> parseDuration(const QString &text);
};

} // namespace pd::sync::server
