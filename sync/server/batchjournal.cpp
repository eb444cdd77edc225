#include "batchjournal.h"

#include "serverdatabase.h"

namespace pd::sync::server {

core::Result<std::optional<BatchJournal::Entry>> BatchJournal::find(const QString &batchId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT device_id, response FROM applied_batch WHERE batch_id = ?"),
        {batchId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Entry>();
    return std::optional<Entry>(Entry {query->value(0).toString(), query->value(1).toByteArray()});
}

core::Status BatchJournal::record(const QString &batchId, const QString &deviceId, qint64 atMs,
                                  const QByteArray &response)
{
    auto query = m_database.exec(QStringLiteral("INSERT INTO applied_batch (batch_id, device_id, "
                                                "applied_at_ms, response) VALUES (?, ?, ?, ?)"),
                                 {batchId, deviceId, atMs, response});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace pd::sync::server
