#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pd::cli {

// Everything the command line prints goes through here: compact JSON (one
// document a line) and plain text on stdout, and error lines on stderr.
// Output is UTF-8 whatever the locale, so scripts read the same bytes.
namespace output {

void writeJson(const QJsonObject &object);
void writeJson(const QJsonArray &array);
void writeText(const QString &text);
// Exactly one line: embedded line breaks are folded into spaces so a script
// reading stderr line by line gets the whole reason.
void writeErrorLine(const QString &message);

} // namespace output

} // namespace pd::cli
