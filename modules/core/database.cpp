#include "database.h"

#include "changecapture.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDatabase, "pd.core.db")

namespace pd::core {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pd-%1").arg(counter.fetchAndAddRelaxed(1));
}

QList<ModuleSchema> withCore(const QList<ModuleSchema> &modules)
{
    QList<ModuleSchema> all {coreSchema()};
    for (const ModuleSchema &module : modules) {
        if (module.module != QLatin1String("core"))
            all.append(module);
    }
    return all;
}
} // namespace

Database::Database(QString path, QString connectionName, QList<ModuleSchema> modules)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_modules(std::move(modules))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    // Not AppDataLocation: that depends on the application and organisation
    // names, and the app and the command line must find the same file.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("PhongDich/phongdich.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const QList<ModuleSchema> &modules)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("database.dir"),
                    tr("Cannot create the folder %1 for the data file.").arg(info.absolutePath()));
    const bool existed = info.exists() && info.size() > 0;

    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), nextConnectionName(), withCore(modules)));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return fail(QStringLiteral("database.open"),
                        tr("Cannot open the data file %1: %2")
                            .arg(database->m_path, db.lastError().text()));
    }

    // Decide before changing anything: a newer file must stay byte-for-byte
    // as it was.
    Migrator migrator(database->connection(), database->m_modules);
    auto pending = migrator.pending();
    if (!pending)
        return std::unexpected(pending.error());

    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());

    if (!pending->isEmpty()) {
        if (existed && migrator.appliedCount() > 0) {
            const QString stamp =
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
            QString backup = database->m_path + QStringLiteral(".before-migration-") + stamp;
            // VACUUM INTO refuses an existing file; two updates within one
            // millisecond get numbered copies.
            for (int n = 2; QFileInfo::exists(backup + QStringLiteral(".bak")); ++n)
                backup = database->m_path + QStringLiteral(".before-migration-") + stamp
                    + QLatin1Char('-') + QString::number(n);
            backup += QStringLiteral(".bak");
            QSqlQuery query(database->connection());
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(backup);
            if (!query.exec())
                return fail(QStringLiteral("database.backup"),
                            tr("Cannot write the backup %1 before updating the data file: %2")
                                .arg(backup, query.lastError().text()));
            database->m_backupPath = backup;
            qCInfo(lcDatabase) << "backup written before migration:" << backup;
        }
        if (auto applied = migrator.apply(*pending); !applied)
            return std::unexpected(applied.error());
    }

    ChangeCapture capture(*database);
    if (auto installed = capture.install(); !installed)
        return std::unexpected(installed.error());
    for (const ModuleSchema &module : database->m_modules) {
        for (const FoldedSearchIndex &index : module.searchIndexes) {
            if (auto ensured = index.ensure(*database); !ensured)
                return std::unexpected(ensured.error());
        }
    }
    return database;
}

Status Database::configure()
{
    QSqlQuery query(connection());
    // temp_store: the statement journals of writes that fire triggers
    // (change capture, FTS) otherwise go to small files in /var/tmp, about
    // 18 writes per inserted row on a cheap laptop's disk. cache_size: with
    // SQLite's 2 MiB default, a sync page of thousands of rows spills dirty
    // pages to the WAL and reads them back mid-transaction.
    const QStringList pragmas {
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16384")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(QStringLiteral("database.pragma"), query.lastError().text());
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(QStringLiteral("database.begin"), db.lastError().text());
    m_transactionDepth = 1;
    Status result = work();
    m_transactionDepth = 0;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("database.commit"), reason);
    }
    return {};
}

Status Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return fail(QStringLiteral("database.prepare"), query.lastError().text());
    bindValues(query, values);
    if (!query.exec())
        return fail(QStringLiteral("database.exec"), query.lastError().text());
    return {};
}

void Database::bindValues(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
}

} // namespace pd::core
