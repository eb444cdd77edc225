#include "output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace pd::cli::output {

namespace {
void writeBytes(std::FILE *stream, QByteArray bytes)
{
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void writeJson(const QJsonObject &object)
{
    writeBytes(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void writeJson(const QJsonArray &array)
{
    writeBytes(stdout, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void writeText(const QString &text)
{
    writeBytes(stdout, text.toUtf8());
}

void writeErrorLine(const QString &message)
{
    QString line = message.simplified();
    if (line.isEmpty())
        line = QCoreApplication::translate("pd::cli", "Unknown error.");
    writeBytes(stderr, line.toUtf8());
}

} // namespace pd::cli::output
