#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace pd::test {

// One phongdich-server process on 127.0.0.1 with a free port, for tests
// that talk to the real thing over HTTP. The destructor stops it with
// SIGTERM and waits.
class ServerProcess {
public:
    // `dbSpec` as for --db; `extraArgs` go before `serve` (--retention-days,
    // --tls-cert/--tls-key: the URL is then https).
    explicit ServerProcess(QString dbSpec, QStringList extraArgs = {});
    ~ServerProcess();

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts the server and waits for its {"listening": ...} line and a
    // successful GET /v1/health.
    bool start(QString *error);
    // SIGKILL, and waits for the process to end.
    void kill();
    // SIGTERM, and waits for the process to end. True when it exited on
    // its own with status 0 (or was not running): a clean shutdown, and
    // under the sanitizers no leak or error report.
    bool stop();
    // Starts it again on the same database (stopping it first if running);
    // the port may change.
    bool restart(QString *error);
    bool isRunning() const;

    QUrl url() const { return m_url; }
    qint64 pid() const;
    const QString &dbSpec() const { return m_dbSpec; }
    // What the server wrote to standard error so far (logs; never values).
    QByteArray standardError() const;

    // Runs `phongdich-server --db SPEC args...` to completion; its stdout,
    // and *exitCode (-1 when it did not run or crashed).
    QByteArray runCommand(const QStringList &args, int *exitCode = nullptr,
                          QByteArray *standardError = nullptr) const;
    // `enroll-code --scope SCOPE`: the code, empty on failure.
    QString enrollCode(const QString &scope) const;

    static QString serverBinary();

private:
    bool waitForHealth(QString *error);

    QString m_dbSpec;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    mutable QByteArray m_standardError;
};

} // namespace pd::test
