#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace pd::test {

namespace {
constexpr int kToolTimeoutMs = 120 * 1000;
constexpr int kStartAttempts = 3;

QString binDir()
{
    const QString fromEnvironment = qEnvironmentVariable("PD_PG_BINDIR");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin")
                                     : fromEnvironment;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

std::unique_ptr<PgCluster> PgCluster::start(QString *error)
{
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->m_binDir = binDir();
    for (const char *tool : {"initdb", "pg_ctl", "postgres", "psql"}) {
        if (!QFileInfo(cluster->m_binDir + QLatin1Char('/') + QLatin1String(tool)).isExecutable()) {
            *error = QStringLiteral("PostgreSQL 15 is not installed: no %1 in %2 (install the "
                                    "postgresql package; ./test does, or set PD_PG_BINDIR)")
                         .arg(QLatin1String(tool), cluster->m_binDir);
            return nullptr;
        }
    }

    QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/pd-pg-XXXXXX"));
    if (!directory.isValid()) {
        *error =
            QStringLiteral("cannot create a temporary directory: %1").arg(directory.errorString());
        return nullptr;
    }
    directory.setAutoRemove(false);
    cluster->m_directory = directory.path();
    // PostgreSQL refuses to run as root.
    cluster->m_asPostgresUser = ::geteuid() == 0;
    if (cluster->m_asPostgresUser) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres
            || ::chown(QFile::encodeName(cluster->m_directory).constData(), postgres->pw_uid,
                       postgres->pw_gid)
                != 0) {
            *error = QStringLiteral("running as root, but the postgres user is missing or cannot "
                                    "be given %1")
                         .arg(cluster->m_directory);
            return nullptr;
        }
    }

    QString output;
    const QString dataDir = cluster->m_directory + QStringLiteral("/data");
    if (!cluster->run(QStringLiteral("initdb"),
                      {QStringLiteral("-D"), dataDir, QStringLiteral("-U"), QStringLiteral("pd"),
                       QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                       QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                       QStringLiteral("--no-sync")},
                      &output)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return nullptr;
    }
    for (int attempt = 0; attempt < kStartAttempts && !cluster->m_running; ++attempt) {
        cluster->m_port = freePort();
        // A test database: no need to survive a power cut, and tests create
        // databases and restart servers often.
        const QString serverOptions =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c full_page_writes=off -c max_connections=50")
                .arg(cluster->m_port)
                .arg(cluster->m_directory);
        cluster->m_running =
            cluster->run(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), dataDir, QStringLiteral("-l"),
                          cluster->m_directory + QStringLiteral("/server.log"),
                          QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                          QStringLiteral("-o"), serverOptions, QStringLiteral("start")},
                         &output);
    }
    if (!cluster->m_running) {
        QFile log(cluster->m_directory + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: ") + output
            + QString::fromUtf8(log.readAll().right(2000));
        return nullptr;
    }
    return cluster;
}

PgCluster::~PgCluster()
{
    stop();
    if (!m_directory.isEmpty())
        QDir(m_directory).removeRecursively();
}

bool PgCluster::restart(QString *error)
{
    QString output;
    // pg_ctl restart starts the server with the options it last had.
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("restart")},
             &output)) {
        *error = QStringLiteral("pg_ctl restart failed: ") + output;
        return false;
    }
    return true;
}

bool PgCluster::stop()
{
    if (!m_running)
        return true;
    QString output;
    m_running =
        !run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
             &output);
    return !m_running;
}

bool PgCluster::run(const QString &tool, const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Outside the calling test's directory, which the postgres user may not
    // be allowed to enter.
    process.setWorkingDirectory(m_directory);
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(kToolTimeoutMs);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        *output += QStringLiteral(" (timed out)");
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

qint64 PgCluster::postmasterPid() const
{
    QFile file(m_directory + QStringLiteral("/data/postmaster.pid"));
    if (!m_running || !file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    static int connections = 0;
    const QString connectionName = QStringLiteral("pd-test-pgcluster-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("pd"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            ok = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(quoted));
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://pd@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgCluster::psqlPath() const
{
    return m_binDir + QStringLiteral("/psql");
}

QStringList PgCluster::psqlCommand(const QString &database) const
{
    return {psqlPath(),
            QStringLiteral("-X"),
            QStringLiteral("-q"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"),
            QString::number(m_port),
            QStringLiteral("-U"),
            QStringLiteral("pd"),
            QStringLiteral("-d"),
            database};
}

} // namespace pd::test
