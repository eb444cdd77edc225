#include "pullwritemode.h"

#include "database.h"
#include "synclog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::sync {

namespace {
int pragmaValue(core::Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void setPragma(core::Database &database, const QString &name, int value)
{
    if (auto ok = database.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value)); !ok)
        qCWarning(lcSync) << "could not set" << name << ok.error().message;
}
} // namespace

PullWriteMode::PullWriteMode(core::Database &database)
    : m_database(database),
      m_synchronous(pragmaValue(database, QStringLiteral("synchronous"))),
      m_checkpointPages(pragmaValue(database, QStringLiteral("wal_autocheckpoint")))
{
    constexpr int kNormal = 1;
    if (m_synchronous > kNormal)
        setPragma(database, QStringLiteral("synchronous"), kNormal);
    if (m_checkpointPages >= 0 && m_checkpointPages < kCheckpointPages)
        setPragma(database, QStringLiteral("wal_autocheckpoint"), kCheckpointPages);
}

PullWriteMode::~PullWriteMode()
{
    // PASSIVE: copies what no reader still needs and never waits for one.
    if (auto ok = m_database.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !ok)
        qCWarning(lcSync) << "checkpoint after pull failed:" << ok.error().message;
    if (m_checkpointPages >= 0)
        setPragma(m_database, QStringLiteral("wal_autocheckpoint"), m_checkpointPages);
    if (m_synchronous >= 0)
        setPragma(m_database, QStringLiteral("synchronous"), m_synchronous);
}

} // namespace pd::sync
