#include "servercli.h"

#include "databasespec.h"
#include "packageimporter.h"
#include "rowstore.h"
#include "servercontext.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "signalwatcher.h"
#include "syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <limits>

namespace pd::sync::server {

namespace {
constexpr auto kProgram = "phongdich-server";
constexpr qint64 kMaxCodeLifetimeMs = 30LL * 24 * 60 * 60 * 1000;
// advance-seq: far more numbers than a province hands out between two
// backups, and gaps cost nothing (devices ask for rows "after C"). The
// counter is a 64-bit integer; the limit leaves it room for thousands of
// such advances.
constexpr qint64 kDefaultSeqAdvance = 1'000'000'000;
constexpr qint64 kMaxSeqAdvance = 1'000'000'000'000'000;
constexpr qint64 kMaxSeq = std::numeric_limits<qint64>::max() / 2;

std::unexpected<core::Error> usage(const QString &message)
{
    return core::fail(QStringLiteral("usage"), message);
}

void writeLine(std::FILE *stream, QByteArray bytes)
{
    bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void writeJson(const QJsonDocument &document)
{
    writeLine(stdout, document.toJson(QJsonDocument::Compact));
}

QString isoUtc(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, Qt::UTC).toString(Qt::ISODate);
}

QString helpText()
{
    return QStringLiteral(
               "Usage: %1 [--db SPEC] [COMMAND]\n"
               "The PhongDich provincial sync server (docs/SYNC.md).\n\n"
               "Commands:\n"
               "  serve                         Answer devices over HTTP(S) (the default).\n"
               "      --listen HOST:PORT        Address to listen on (default 127.0.0.1:8080; port "
               "0: "
               "any free port).\n"
               "      --tls-cert FILE --tls-key FILE   Serve HTTPS with this PEM certificate and "
               "key.\n"
               "      --retention-days N        Purge check-ins older than N days (default 30; 0 "
               "keeps "
               "them).\n"
               "  enroll-code --scope CODE [--expires 24h]\n"
               "                                A one-time code enrolling a device for a province, "
               "district or commune.\n"
               "  devices list                  Enrolled devices.\n"
               "  devices revoke ID             Refuse every later request of a device.\n"
               "  import-package FILE           Apply an offline package as if its device pushed "
               "it.\n"
               "  advance-seq [--by N]          After restoring a backup: number later rows past "
               "every device's pull cursor (default N: %3).\n\n"
               "Options:\n"
               "  --db SPEC   sqlite:PATH (default %2) or "
               "postgresql://user[:password]@host:port/db\n"
               "  -h, --help  Show this help.\n"
               "  -v, --version  Show the version.\n\n"
               "Results are compact JSON on standard output. Exit codes: 0 done, 1 the command "
               "failed, "
               "2 the command line is wrong; the reason is one line on standard error.")
        .arg(QLatin1String(kProgram), DatabaseSpec::defaultSpec())
        .arg(kDefaultSeqAdvance);
}

struct Options {
    QCommandLineOption db {QStringLiteral("db"), QStringLiteral("Database."),
                           QStringLiteral("SPEC"), DatabaseSpec::defaultSpec()};
    QCommandLineOption listen {QStringLiteral("listen"), QStringLiteral("Address."),
                               QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")};
    QCommandLineOption tlsCert {QStringLiteral("tls-cert"), QStringLiteral("Certificate."),
                                QStringLiteral("FILE")};
    QCommandLineOption tlsKey {QStringLiteral("tls-key"), QStringLiteral("Key."),
                               QStringLiteral("FILE")};
    QCommandLineOption retentionDays {QStringLiteral("retention-days"), QStringLiteral("Days."),
                                      QStringLiteral("N"), QStringLiteral("30")};
    QCommandLineOption scope {QStringLiteral("scope"), QStringLiteral("Unit."),
                              QStringLiteral("CODE")};
    QCommandLineOption expires {QStringLiteral("expires"), QStringLiteral("Lifetime."),
                                QStringLiteral("DURATION"), QStringLiteral("24h")};
    QCommandLineOption by {QStringLiteral("by"), QStringLiteral("Count."), QStringLiteral("N"),
                           QString::number(kDefaultSeqAdvance)};
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")},
                             QStringLiteral("Help.")};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")},
                                QStringLiteral("Version.")};
};

core::Result<ListenOptions> listenOptions(const QCommandLineParser &parser, const Options &options)
{
    ListenOptions listen;
    const QString address = parser.value(options.listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon < 0 ? 0 : address.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !listen.address.setAddress(host))
        return usage(QStringLiteral("--listen: use HOST:PORT with an IP address, such as "
                                    "127.0.0.1:8080 or 0.0.0.0:443."));
    listen.port = quint16(port);
    listen.tlsCertificatePath = parser.value(options.tlsCert);
    listen.tlsKeyPath = parser.value(options.tlsKey);
    bool daysOk = false;
    listen.retentionDays = parser.value(options.retentionDays).toInt(&daysOk);
    if (!daysOk || listen.retentionDays < 0 || listen.retentionDays > 36500)
        return usage(QStringLiteral("--retention-days: a whole number of days, 0 to keep all."));
    return listen;
}

core::Status serve(const QCommandLineParser &parser, const Options &options)
{
    auto listen = listenOptions(parser, options);
    if (!listen)
        return std::unexpected(listen.error());
    auto context = ServerContext::open(parser.value(options.db));
    if (!context)
        return std::unexpected(context.error());
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp,
                     [] { QCoreApplication::quit(); });
    SyncServer server(**context, *listen);
    auto address = server.start();
    if (!address)
        return std::unexpected(address.error());
    // The one line on stdout: test harnesses and service wrappers read the
    // port from it when they asked for port 0.
    writeJson(QJsonDocument(QJsonObject {{QStringLiteral("listening"), *address}}));
    QCoreApplication::exec();
    return {};
}

core::Status enrollCode(const QCommandLineParser &parser, const Options &options)
{
    if (!parser.isSet(options.scope))
        return usage(QStringLiteral("enroll-code needs --scope ADMIN_UNIT_CODE."));
    auto lifetime = ServerCli::parseDuration(parser.value(options.expires));
    if (!lifetime)
        return std::unexpected(lifetime.error());
    auto context = ServerContext::open(parser.value(options.db), ServerContext::Use::Admin);
    if (!context)
        return std::unexpected(context.error());
    auto code =
        (*context)->devices().createEnrollCode(parser.value(options.scope).trimmed(), *lifetime);
    if (!code)
        return std::unexpected(code.error());
    writeJson(
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code->code},
                                   {QStringLiteral("scope"), code->scope.code},
                                   {QStringLiteral("scopeLevel"), code->scope.level},
                                   {QStringLiteral("expiresAt"), isoUtc(code->expiresAtMs)}}));
    return {};
}

core::Status devices(const QCommandLineParser &parser, const Options &options,
                     const QStringList &positional)
{
    const QString action = positional.value(1);
    if (action == QLatin1String("list") && positional.size() == 2) {
        auto context = ServerContext::open(parser.value(options.db), ServerContext::Use::Admin);
        if (!context)
            return std::unexpected(context.error());
        auto list = (*context)->devices().list();
        if (!list)
            return std::unexpected(list.error());
        QJsonArray array;
        for (const Device &device : std::as_const(*list)) {
            array.append(QJsonObject {
                {QStringLiteral("id"), device.id},
                {QStringLiteral("name"), device.name},
                {QStringLiteral("scope"), device.scope.code},
                {QStringLiteral("scopeLevel"), device.scope.level},
                {QStringLiteral("enrolledAt"), isoUtc(device.enrolledAtMs)},
                {QStringLiteral("lastSeenAt"), isoUtc(device.lastSeenMs)},
                {QStringLiteral("revoked"), device.revokedAtMs.has_value()},
            });
        }
        writeJson(QJsonDocument(array));
        return {};
    }
    if (action == QLatin1String("revoke") && positional.size() == 3) {
        auto context = ServerContext::open(parser.value(options.db), ServerContext::Use::Admin);
        if (!context)
            return std::unexpected(context.error());
        const QString id = positional.at(2);
        auto revoked = (*context)->devices().revoke(id);
        if (!revoked)
            return std::unexpected(revoked.error());
        if (!*revoked)
            return core::fail(QStringLiteral("unknown_device"),
                              QStringLiteral("No device %1 is enrolled.").arg(id));
        writeJson(QJsonDocument(
            QJsonObject {{QStringLiteral("device"), id}, {QStringLiteral("revoked"), true}}));
        return {};
    }
    return usage(QStringLiteral("Use \"devices list\" or \"devices revoke ID\"."));
}

core::Status importPackage(const QCommandLineParser &parser, const Options &options,
                           const QStringList &positional)
{
    if (positional.size() != 2)
        return usage(QStringLiteral("Use \"import-package FILE\"."));
    auto context = ServerContext::open(parser.value(options.db));
    if (!context)
        return std::unexpected(context.error());
    auto summary = PackageImporter(**context).importFile(positional.at(1));
    if (!summary)
        return std::unexpected(summary.error());
    writeJson(QJsonDocument(QJsonObject {{QStringLiteral("batches"), summary->batches},
                                         {QStringLiteral("applied"), summary->applied},
                                         {QStringLiteral("unchanged"), summary->unchanged},
                                         {QStringLiteral("replayed"), summary->replayed},
                                         {QStringLiteral("rejected"), summary->rejected},
                                         {QStringLiteral("conflicts"), summary->conflicts}}));
    return {};
}

core::Status advanceSeq(const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    const qint64 by = parser.value(options.by).toLongLong(&ok);
    if (!ok || by < 1 || by > kMaxSeqAdvance)
        return usage(QStringLiteral("--by: a whole number from 1 to %1.").arg(kMaxSeqAdvance));
    auto context = ServerContext::open(parser.value(options.db), ServerContext::Use::Admin);
    if (!context)
        return std::unexpected(context.error());
    RowStore rows((*context)->database());
    Transaction transaction((*context)->database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Taking the numbers as a push does: a push running meanwhile waits for
    // the counter and numbers its rows after these.
    auto first = rows.reserveSeqs(by);
    if (!first)
        return std::unexpected(first.error());
    if (*first - 1 > kMaxSeq - by)
        return core::fail(QStringLiteral("seq_too_large"),
                          QStringLiteral("The sequence counter is at %1; advancing it by %2 "
                                         "would leave too little room after it.")
                              .arg(*first - 1)
                              .arg(by));
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcServer).noquote() << "sequence counter advanced by" << by << "to" << *first + by - 1;
    writeJson(QJsonDocument(QJsonObject {{QStringLiteral("before"), *first - 1},
                                         {QStringLiteral("after"), *first + by - 1}}));
    return {};
}

core::Status dispatch(const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({options.db, options.listen, options.tlsCert, options.tlsKey,
                       options.retentionDays, options.scope, options.expires, options.by,
                       options.help, options.version});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(options.help)) {
        writeLine(stdout, helpText().toUtf8());
        return {};
    }
    if (parser.isSet(options.version)) {
        writeLine(stdout, QByteArray(kProgram) + ' ' + QByteArray(PD_VERSION));
        return {};
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve")) {
        if (positional.size() > 1)
            return usage(QStringLiteral("Unexpected argument: %1").arg(positional.at(1)));
        return serve(parser, options);
    }
    if (command == QLatin1String("enroll-code")) {
        if (positional.size() > 1)
            return usage(QStringLiteral("Unexpected argument: %1").arg(positional.at(1)));
        return enrollCode(parser, options);
    }
    if (command == QLatin1String("devices"))
        return devices(parser, options, positional);
    if (command == QLatin1String("import-package"))
        return importPackage(parser, options, positional);
    if (command == QLatin1String("advance-seq")) {
        if (positional.size() > 1)
            return usage(QStringLiteral("Unexpected argument: %1").arg(positional.at(1)));
        return advanceSeq(parser, options);
    }
    return usage(QStringLiteral("Unknown command: %1; run \"%2 --help\" for the list.")
                     .arg(command, QLatin1String(kProgram)));
}
} // namespace

core::Result<qint64> ServerCli::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return usage(QStringLiteral("--expires: a duration such as 90m, 24h or 7d."));
    qint64 unitMs = 1000;
    switch (match.captured(2).at(0).toLatin1()) {
    case 'm':
        unitMs = 60 * 1000;
        break;
    case 'h':
        unitMs = 60 * 60 * 1000;
        break;
    case 'd':
        unitMs = 24 * 60 * 60 * 1000;
        break;
    default:
        break;
    }
    const qint64 ms = match.captured(1).toLongLong() * unitMs;
    if (ms <= 0 || ms > kMaxCodeLifetimeMs)
        return usage(QStringLiteral("--expires: from 1s to 30d."));
    return ms;
}

int ServerCli::run(const QStringList &arguments)
{
    const core::Status status = dispatch(arguments);
    if (status)
        return ExitOk;
    QString line = status.error().message.simplified();
    if (line.isEmpty())
        line = QStringLiteral("Unknown error.");
    writeLine(stderr, line.toUtf8());
    return status.error().code == QLatin1String("usage") ? ExitUsage : ExitFailed;
}

} // namespace pd::sync::server
