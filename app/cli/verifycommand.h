#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::cli {

// `verify [--trust-list FILE] [--at ISO8601] [--db PATH] PAYLOAD|-`:
// recognises a scanned payload (EU DCC, CCCD QR, unified personal QR,
// PhongDich code, or text) and prints one JSON object with the kind, the
// verdict, the checks, the reason and the fields. Exit 0 whatever the
// verdict: the command worked when it could say what the payload is.
class VerifyCommand {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::VerifyCommand)

public:
    static QString summary();
    static Done run(const QStringList &arguments);
    // The payload argument, or standard input for "-" (at most 64 KiB);
    // shared with `checkin`.
    static Outcome<QByteArray> readPayload(const QString &argument);

private:
    // CommandParser gives --db a default; the trusted keys are read only
    // when the user named a data file.
    static bool databaseGiven(const QStringList &arguments);
};

} // namespace pd::cli
