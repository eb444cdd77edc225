#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace pd::test {

// A throwaway PostgreSQL 15 cluster in a temporary directory: initdb and
// pg_ctl from /usr/lib/postgresql/15/bin (PD_PG_BINDIR overrides), trust
// authentication, superuser `pd`, listening on 127.0.0.1 on a free port and
// on a unix socket inside the directory. When the process runs as root (CI
// does), the PostgreSQL binaries run as the `postgres` system user, which
// owns the directory. The destructor stops the cluster (immediate mode) and
// removes the directory.
class PgCluster {
public:
    // Nothing, and *error set, when the binaries are missing or the cluster
    // does not come up. Tests then fail: ./test installs PostgreSQL.
    static std::unique_ptr<PgCluster> start(QString *error);
    ~PgCluster();

    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    quint16 port() const { return m_port; }
    QString directory() const { return m_directory; }
    // The running postmaster's process id (its postmaster.pid), or 0.
    qint64 postmasterPid() const;
    bool createDatabase(const QString &name, QString *error);
    // postgresql://pd@127.0.0.1:PORT/database
    QString url(const QString &database) const;
    QString psqlPath() const;
    // psql connected to `database` as `pd` over TCP, quiet, stopping at the
    // first error; append "-c", SQL or "-f", FILE.
    QStringList psqlCommand(const QString &database) const;
    // Stops at once (like a crash) and starts again on the same port.
    bool restart(QString *error);

private:
    PgCluster() = default;
    bool run(const QString &tool, const QStringList &arguments, QString *output) const;
    bool stop();

    QString m_binDir;
    QString m_directory;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace pd::test
