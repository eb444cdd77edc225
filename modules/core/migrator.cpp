#include "migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace pd::core {

Migrator::Migrator(QSqlDatabase connection, QList<ModuleSchema> modules)
    : m_connection(std::move(connection)), m_modules(std::move(modules))
{
}

Result<QList<Migration>> Migrator::available(const ModuleSchema &module)
{
    QList<Migration> migrations;
    const QDir dir(module.migrationsDir());
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            return fail(QStringLiteral("migration.bad_name"),
                        tr("Migration file %1 does not start with a version number.").arg(file));
        migrations.append(
            {module.module, version, file.section(QLatin1Char('.'), 0, 0), dir.filePath(file)});
    }
    // By number, not by name: "10_x.sql" sorts before "9_y.sql" as text.
    std::stable_sort(migrations.begin(), migrations.end(),
                     [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations.at(i - 1).version == migrations.at(i).version)
            return fail(QStringLiteral("migration.duplicate"),
                        tr("Two migrations of module %1 have version %2.")
                            .arg(module.module)
                            .arg(migrations.at(i).version));
    }
    return migrations;
}

Result<QList<Migration>> Migrator::pending() const
{
    QHash<QString, int> appliedVersion;
    if (m_connection.tables().contains(QStringLiteral("schema_migrations"))) {
        QSqlQuery query(m_connection);
        if (!query.exec(QStringLiteral(
                "SELECT module, MAX(version) FROM schema_migrations GROUP BY module")))
            return fail(QStringLiteral("migration.read"), query.lastError().text());
        while (query.next())
            appliedVersion.insert(query.value(0).toString(), query.value(1).toInt());
    }

    QList<Migration> result;
    for (const ModuleSchema &module : m_modules) {
        auto migrations = available(module);
        if (!migrations)
            return std::unexpected(migrations.error());
        const int applied = appliedVersion.value(module.module, 0);
        const int known = migrations->isEmpty() ? 0 : migrations->last().version;
        if (applied > known)
            return fail(QStringLiteral("database.too_new"),
                        tr("This data file was written by a newer version of PhongDich "
                           "(module %1, schema %2; this version knows %3). Update PhongDich; "
                           "the file has not been changed.")
                            .arg(module.module)
                            .arg(applied)
                            .arg(known));
        for (const Migration &migration : *migrations) {
            if (migration.version > applied)
                result.append(migration);
        }
    }
    return result;
}

Status Migrator::ensureTable() const
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " module TEXT NOT NULL,"
                                   " version INTEGER NOT NULL,"
                                   " name TEXT NOT NULL,"
                                   " applied_at_ms INTEGER NOT NULL,"
                                   " PRIMARY KEY (module, version))")))
        return fail(QStringLiteral("migration.bootstrap"), query.lastError().text());
    return {};
}

Status Migrator::apply(const QList<Migration> &migrations) const
{
    if (auto ok = ensureTable(); !ok)
        return ok;
    for (const Migration &migration : migrations) {
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("migration.read"),
                        tr("Cannot read migration %1.").arg(migration.resourcePath));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        QSqlDatabase db = m_connection;
        if (!db.transaction())
            return fail(QStringLiteral("migration.begin"), db.lastError().text());
        QSqlQuery query(db);
        QString failure;
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                failure = query.lastError().text();
                break;
            }
        }
        if (failure.isEmpty()) {
            query.prepare(QStringLiteral(
                "INSERT INTO schema_migrations(module, version, name, applied_at_ms) "
                "VALUES(?, ?, ?, ?)"));
            query.addBindValue(migration.module);
            query.addBindValue(migration.version);
            query.addBindValue(migration.name);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                failure = query.lastError().text();
        }
        if (!failure.isEmpty()) {
            db.rollback();
            return fail(QStringLiteral("migration.failed"),
                        tr("Migration %1/%2 failed and was rolled back: %3")
                            .arg(migration.module, migration.name, failure));
        }
        if (!db.commit())
            return fail(QStringLiteral("migration.commit"), db.lastError().text());
    }
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(appliedCount()));
    return {};
}

int Migrator::appliedCount() const
{
    QSqlQuery query(m_connection);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    // A statement runs from its first token to the semicolon after which
    // sqlite3_complete() calls it whole (that keeps trigger bodies together).
    // Strings, quoted names and comments are skipped as units so a ';' or a
    // comment mark inside them ends nothing. Comments between statements are
    // dropped: QtSql refuses a statement followed by anything but white space.
    QStringList statements;
    QString current;
    const qsizetype size = sql.size();
    qsizetype pos = 0;
    while (pos < size) {
        const QChar ch = sql.at(pos);
        const QChar next = pos + 1 < size ? sql.at(pos + 1) : QChar();
        qsizetype end = -1; // one past the comment, string or quoted name starting here
        bool comment = false;
        if (ch == u'-' && next == u'-') {
            comment = true;
            end = sql.indexOf(u'\n', pos);
        } else if (ch == u'/' && next == u'*') {
            comment = true;
            end = sql.indexOf(QLatin1String("*/"), pos + 2);
            end = end < 0 ? -1 : end + 2;
        } else if (ch == u'\'' || ch == u'"' || ch == u'`' || ch == u'[') {
            // A doubled quote ('it''s') reads as two adjacent strings: same text.
            end = sql.indexOf(ch == u'[' ? QChar(u']') : ch, pos + 1);
            end = end < 0 ? -1 : end + 1;
        } else {
            ++pos;
            if (current.isEmpty() && ch.isSpace())
                continue;
            current += ch;
            if (ch == u';' && sqlite3_complete(current.toUtf8().constData())) {
                if (current != QLatin1String(";"))
                    statements.append(current.trimmed());
                current.clear();
            }
            continue;
        }
        if (end < 0)
            end = size;
        if (!comment || !current.isEmpty())
            current += QStringView(sql).mid(pos, end - pos);
        pos = end;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace pd::core
