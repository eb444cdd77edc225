#include "verifycommand.h"

#include "coderecognizer.h"
#include "commandparser.h"
#include "output.h"
#include "pdkeystore.h"

#include <QFile>

#include <cstdio>

namespace pd::cli {

namespace {
// The longest payload read from standard input: far above any QR code
// (2,953 bytes at most), so a wrong pipe cannot fill memory.
constexpr qint64 kMaxPayloadBytes = 64 * 1024;
} // namespace

QString VerifyCommand::summary()
{
    return tr("Recognise and check a scanned code (EU DCC, ID card QR, personal QR, PhongDich "
              "code).");
}

bool VerifyCommand::databaseGiven(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--db") || argument == QLatin1String("-db")
            || argument.startsWith(QLatin1String("--db="))
            || argument.startsWith(QLatin1String("-db=")))
            return true;
    }
    return false;
}

Outcome<QByteArray> VerifyCommand::readPayload(const QString &argument)
{
    QByteArray payload;
    if (argument == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return failed(tr("Cannot read standard input."));
        payload = input.read(kMaxPayloadBytes + 1);
        if (payload.size() > kMaxPayloadBytes)
            return usageError(
                tr("The payload on standard input is longer than %1 bytes.").arg(kMaxPayloadBytes));
    } else {
        payload = argument.toUtf8();
    }
    if (core::CodeRecognizer::normalize(payload).isEmpty())
        return usageError(tr("The payload is empty."));
    return payload;
}

Done VerifyCommand::run(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("verify"), summary(), arguments);
    const QCommandLineOption trustListOption(
        QStringLiteral("trust-list"),
        tr("EU DCC signer certificates (JSON, the EU gateway's shape); without it DCC signatures "
           "are not checked."),
        tr("FILE"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        tr("Check as at this time, ISO 8601 (2021-09-15T08:00:00+07:00; local time without an "
           "offset). Default: now."),
        tr("ISO8601"));
    parser.addOption(trustListOption);
    parser.addOption(atOption);
    parser.addPositionalArgument(
        QStringLiteral("payload"),
        tr("The scanned text, or - to read it (bytes as scanned) from standard input. With "
           "--db, PhongDich codes are checked against the data file's trusted keys."),
        QStringLiteral("PAYLOAD|-"));
    if (auto proceed = parser.parse(1, 1); !proceed || !*proceed)
        return stop(proceed);

    QDateTime at = QDateTime::currentDateTime();
    if (parser.isSet(atOption)) {
        at = QDateTime::fromString(parser.value(atOption).trimmed(), Qt::ISODateWithMs);
        if (!at.isValid())
            return usageError(tr("Option --at: enter a time in ISO 8601, for example "
                                 "2021-09-15T08:00:00+07:00."));
    }

    auto payload = readPayload(parser.positionalArguments().constFirst());
    if (!payload)
        return std::unexpected(payload.error());

    std::optional<core::DccTrustList> trustList;
    if (parser.isSet(trustListOption)) {
        auto loaded = core::DccTrustList::fromFile(parser.value(trustListOption));
        if (!loaded)
            return failed(loaded.error());
        trustList = std::move(*loaded);
    }

    core::PdTrustedKeys trustedKeys;
    if (databaseGiven(arguments)) {
        auto context = parser.openContext();
        if (!context)
            return std::unexpected(context.error());
        auto keys = core::PdKeyStore(**context).trustedKeys();
        if (!keys)
            return failed(keys.error());
        trustedKeys = std::move(*keys);
    }

    const core::Recognition result = core::CodeRecognizer::recognize(
        *payload, trustList ? &*trustList : nullptr, trustedKeys, at);
    output::writeJson(result.toJson());
    return {};
}

} // namespace pd::cli
