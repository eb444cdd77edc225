#include "batchjournal.h"

#include "serverdatabase.h"

namespace pd::sync::server {

core::Result<std::optional<BatchJournal::Entry>> BatchJournal::find(const QString &batchId)
{
    std::optional<Entry> entry;
    auto status = m_database.execPrepared(
        QStringLiteral("SELECT device_id, response FROM applied_batch WHERE batch_id = ?"),
        {batchId}, [&entry](const QSqlQuery &row) {
            entry = Entry {row.value(0).toString(), row.value(1).toByteArray()};
        });
    if (!status)
        return std::unexpected(status.error());
    return entry;
}

core::Status BatchJournal::record(const QString &batchId, const QString &deviceId, qint64 atMs,
                                  const QByteArray &response)
{
    return m_database.execPrepared(QStringLiteral("INSERT INTO applied_batch (batch_id, device_id, "
                                                  "applied_at_ms, response) VALUES (?, ?, ?, ?)"),
                                   {batchId, deviceId, atMs, response});
}

} // namespace pd::sync::server
