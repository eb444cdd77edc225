#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <csignal>

namespace pd::test {

namespace {
constexpr int kStartTimeoutMs = 30 * 1000;
constexpr int kStopTimeoutMs = 15 * 1000;
constexpr int kCommandTimeoutMs = 120 * 1000;

QProcessEnvironment serverEnvironment()
{
    // English messages and a UTF-8 locale whatever the caller's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}
} // namespace

ServerProcess::ServerProcess(QString dbSpec, QStringList extraArgs)
    : m_dbSpec(std::move(dbSpec)), m_extraArgs(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::serverBinary()
{
    return QStringLiteral(PD_SERVER_BIN);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QByteArray ServerProcess::standardError() const
{
    if (m_process)
        m_standardError += m_process->readAllStandardError();
    return m_standardError;
}

bool ServerProcess::start(QString *error)
{
    if (isRunning())
        stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(serverEnvironment());
    QStringList arguments {QStringLiteral("--db"), m_dbSpec};
    if (!m_extraArgs.contains(QStringLiteral("--listen")))
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    arguments << m_extraArgs << QStringLiteral("serve");
    m_process->start(serverBinary(), arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *error =
            QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process->errorString());
        return false;
    }

    QByteArray output;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!output.contains('\n')) {
        if (!m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
                *error = QStringLiteral("the server did not say where it listens: ")
                    + QString::fromUtf8(standardError());
                return false;
            }
        }
        output += m_process->readAllStandardOutput();
    }
    const QJsonObject line = QJsonDocument::fromJson(output.left(output.indexOf('\n'))).object();
    const QString address = line.value(QLatin1String("listening")).toString();
    if (address.isEmpty()) {
        *error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(output);
        return false;
    }
    const bool tls = m_extraArgs.contains(QStringLiteral("--tls-cert"));
    m_url = QUrl((tls ? QStringLiteral("https://") : QStringLiteral("http://")) + address);
    return waitForHealth(error);
}

bool ServerProcess::waitForHealth(QString *error)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/v1/health"))));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);
    // The test server's certificate is self-signed.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kStartTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString replyError = reply->errorString();
    reply->deleteLater();
    if (status != 200) {
        *error = QStringLiteral("GET /v1/health answered %1: %2 %3")
                     .arg(status)
                     .arg(replyError, QString::fromUtf8(body));
        return false;
    }
    return true;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(kStopTimeoutMs);
    standardError();
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return true;
    m_process->terminate();
    bool clean = m_process->waitForFinished(kStopTimeoutMs);
    if (!clean) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
    standardError();
    return clean && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

bool ServerProcess::restart(QString *error)
{
    stop();
    return start(error);
}

QByteArray ServerProcess::runCommand(const QStringList &args, int *exitCode,
                                     QByteArray *standardError) const
{
    QProcess process;
    process.setProcessEnvironment(serverEnvironment());
    process.start(serverBinary(), QStringList {QStringLiteral("--db"), m_dbSpec} + args);
    int code = -1;
    if (process.waitForStarted(kStartTimeoutMs) && process.waitForFinished(kCommandTimeoutMs)
        && process.exitStatus() == QProcess::NormalExit)
        code = process.exitCode();
    if (exitCode)
        *exitCode = code;
    if (standardError)
        *standardError = process.readAllStandardError();
    return process.readAllStandardOutput();
}

QString ServerProcess::enrollCode(const QString &scope) const
{
    int exitCode = -1;
    const QByteArray output =
        runCommand({QStringLiteral("enroll-code"), QStringLiteral("--scope"), scope}, &exitCode);
    if (exitCode != 0)
        return {};
    return QJsonDocument::fromJson(output).object().value(QLatin1String("code")).toString();
}

} // namespace pd::test
