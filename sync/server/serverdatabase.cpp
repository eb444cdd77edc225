#include "serverdatabase.h"

#include "serverlog.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>

namespace pd::sync::server {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pd-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

core::Status execAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(sql)))
            return std::unexpected(ServerDatabase::sqlError(QStringLiteral("db.setup"), query));
    }
    return {};
}
} // namespace

core::Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseSpec &spec)
{
    const QString name = nextConnectionName();
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(spec, name));
    QSqlDatabase db;
    if (spec.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec.sqlitePath);
        // Another server process or an import may hold the write lock for
        // the length of one batch; wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.databaseName);
        db.setConnectOptions(spec.connectOptions);
    }
    if (!db.isValid())
        return core::fail(QStringLiteral("db.driver"),
                          QStringLiteral("The Qt SQL driver for %1 is not installed.")
                              .arg(database->dialectName()));
    if (auto connected = database->connect(); !connected)
        return std::unexpected(connected.error());
    return database;
}

core::Status ServerDatabase::connect()
{
    QSqlDatabase db = connection();
    if (!db.open())
        return core::fail(QStringLiteral("db.open"),
                          QStringLiteral("Cannot open %1: %2")
                              .arg(m_spec.displayName(), db.lastError().databaseText()));
    if (m_spec.dialect == Dialect::Postgres) {
        // libpq prints notices ("relation ... already exists, skipping")
        // straight to stderr, which is the operator's log.
        // Prepared statements are planned for their values every time: a
        // generic plan made while sync_row was small (a sequential scan)
        // would otherwise stay in use as the table grows.
        // No parallel workers: every query here reads one page or one
        // batch, and starting workers took longer than a pull page's whole
        // query (40 ms against 2 ms, EXPLAIN ANALYZE on 300,000 rows).
        return execAll(db,
                       {"SET client_min_messages TO WARNING",
                        "SET plan_cache_mode TO force_custom_plan",
                        "SET max_parallel_workers_per_gather TO 0"});
    }
    // WAL: pulls read while a push writes. FULL: an acknowledged batch must
    // survive a power cut too, because the device deletes its copy as soon
    // as it has the acknowledgement.
    return execAll(db, {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"});
}

bool ServerDatabase::answers() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

core::Result<bool> ServerDatabase::recover()
{
    if (answers())
        return false;
    m_prepared.clear();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    if (auto connected = connect(); !connected) {
        qCWarning(lcServer).noquote() << "database unavailable:" << connected.error().message;
        return std::unexpected(connected.error());
    }
    qCInfo(lcServer).noquote() << QStringLiteral("reconnected to %1").arg(m_spec.displayName());
    return true;
}

ServerDatabase::ServerDatabase(DatabaseSpec spec, QString connectionName)
    : m_spec(std::move(spec)), m_connectionName(std::move(connectionName))
{
}

ServerDatabase::~ServerDatabase()
{
    m_prepared.clear(); // before their connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ServerDatabase::dialectName() const
{
    return m_spec.dialect == Dialect::Sqlite ? QStringLiteral("sqlite")
                                             : QStringLiteral("postgresql");
}

QString ServerDatabase::expandTemplate(QString sql) const
{
    const bool postgres = m_spec.dialect == Dialect::Postgres;
    sql.replace(QLatin1String("${BLOB}"),
                postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("${KEY}"),
                postgres ? QLatin1String("TEXT COLLATE \"C\"") : QLatin1String("TEXT"));
    return sql;
}

core::Result<QSqlQuery> ServerDatabase::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: QPSQL prepares with PREPARE, which takes no DDL.
        if (!query.exec(sql))
            return std::unexpected(sqlError(QStringLiteral("db.exec"), query));
        return query;
    }
    if (!query.prepare(sql))
        return std::unexpected(sqlError(QStringLiteral("db.prepare"), query));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return std::unexpected(sqlError(QStringLiteral("db.exec"), query));
    return query;
}

core::Result<QSqlQuery *> ServerDatabase::prepared(const QString &key,
                                                   const std::function<QString()> &sql)
{
    auto &slot = m_prepared[key];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql())) {
            auto error = sqlError(QStringLiteral("db.prepare"), *query);
            m_prepared.erase(key);
            return std::unexpected(error);
        }
        slot = std::move(query);
    }
    return slot.get();
}

core::Status ServerDatabase::execPrepared(const QString &sql, const QVariantList &values,
                                          const std::function<void(const QSqlQuery &)> &onRow)
{
    auto query = prepared(sql, [&sql] { return sql; });
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery &q = **query;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return run(q, onRow);
}

core::Status ServerDatabase::run(QSqlQuery &query,
                                 const std::function<void(const QSqlQuery &)> &onRow)
{
    if (!query.exec()) {
        auto error = sqlError(QStringLiteral("db.exec"), query);
        query.finish();
        return std::unexpected(error);
    }
    while (onRow && query.next())
        onRow(query);
    query.finish();
    return {};
}

core::Status ServerDatabase::begin()
{
    QSqlQuery query(connection());
    const QString sql = m_spec.dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN");
    if (!query.exec(sql))
        return std::unexpected(sqlError(QStringLiteral("db.begin"), query));
    return {};
}

core::Status ServerDatabase::commit()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("COMMIT")))
        return std::unexpected(sqlError(QStringLiteral("db.commit"), query));
    return {};
}

void ServerDatabase::rollback()
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

core::Error ServerDatabase::sqlError(const QString &code, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return core::Error {code, text.simplified()};
}

Transaction::~Transaction()
{
    rollback();
}

core::Status Transaction::begin()
{
    auto status = m_database.begin();
    m_open = status.has_value();
    return status;
}

core::Status Transaction::commit()
{
    auto status = m_database.commit();
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open)
        m_database.rollback();
    m_open = false;
}

} // namespace pd::sync::server
