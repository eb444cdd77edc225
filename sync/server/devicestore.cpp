#include "devicestore.h"

#include "adminunittree.h"
#include "apierror.h"
#include "credentials.h"
#include "serverclock.h"
#include "serverdatabase.h"

namespace pd::sync::server {

namespace {
constexpr auto kDeviceColumns =
    "id, name, scope_code, enrolled_at_ms, last_seen_ms, revoked_at_ms FROM device";
constexpr int kMaxDeviceIdLength = 64;
constexpr int kMaxDeviceNameLength = 200;

Device readDevice(const QSqlQuery &query, const AdminUnitTree &units)
{
    Device device;
    device.id = query.value(0).toString();
    device.name = query.value(1).toString();
    device.scope = units.path(query.value(2).toString()).value_or(UnitPath {});
    device.enrolledAtMs = query.value(3).toLongLong();
    device.lastSeenMs = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        device.revokedAtMs = query.value(5).toLongLong();
    return device;
}
} // namespace

DeviceStore::DeviceStore(ServerDatabase &database, const AdminUnitTree &units, ServerClock &clock)
    : m_database(database), m_units(units), m_clock(clock)
{
}

core::Result<EnrollCode> DeviceStore::createEnrollCode(const QString &scopeCode, qint64 validForMs)
{
    const std::optional<UnitPath> scope = m_units.path(scopeCode);
    if (!scope)
        return core::fail(
            QStringLiteral("unknown_scope"),
            QStringLiteral("%1 is not a GSO province, district or commune code.").arg(scopeCode));
    const qint64 nowMs = m_clock.wallMs();
    EnrollCode code {credentials::newEnrollCode(), *scope, nowMs + validForMs};
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO enroll_code (code_hash, scope_code, scope_level, "
                       "created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)"),
        {credentials::sha256Hex(credentials::normalizeEnrollCode(code.code)), scope->code,
         scope->level, nowMs, code.expiresAtMs});
    if (!query)
        return std::unexpected(query.error());
    return code;
}

core::Result<Enrolment> DeviceStore::enroll(const QString &code, const QString &deviceId,
                                            const QString &name)
{
    if (deviceId.isEmpty() || deviceId.size() > kMaxDeviceIdLength)
        return core::fail(
            QLatin1String(errorcode::malformed),
            QStringLiteral("enroll.device: 1 to %1 characters").arg(kMaxDeviceIdLength));
    const QString codeHash = credentials::sha256Hex(credentials::normalizeEnrollCode(code));
    const qint64 nowMs = m_clock.wallMs();

    Transaction transaction(m_database);
    if (auto status = transaction.begin(); !status)
        return std::unexpected(status.error());
    // FOR UPDATE is PostgreSQL's way to make a second enrolment with the
    // same code wait and then see it used; SQLite's write lock does the same.
    const QString lockSuffix =
        m_database.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    auto codeRow = m_database.exec(QStringLiteral("SELECT scope_code, expires_at_ms, used_by FROM "
                                                  "enroll_code WHERE code_hash = ?")
                                       + lockSuffix,
                                   {codeHash});
    if (!codeRow)
        return std::unexpected(codeRow.error());
    const auto invalid =
        core::fail(QLatin1String(errorcode::enrollCodeInvalid),
                   QStringLiteral("The enrolment code is unknown, used or expired."));
    if (!codeRow->next() || !codeRow->value(2).isNull() || codeRow->value(1).toLongLong() <= nowMs)
        return invalid;
    const std::optional<UnitPath> scope = m_units.path(codeRow->value(0).toString());
    if (!scope)
        return invalid;

    auto existing = find(deviceId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->revokedAtMs)
        return core::fail(QLatin1String(errorcode::deviceRevoked),
                          QStringLiteral("This device was revoked."));

    if (auto used = m_database.exec(
            QStringLiteral(
                "UPDATE enroll_code SET used_by = ?, used_at_ms = ? WHERE code_hash = ?"),
            {deviceId, nowMs, codeHash});
        !used)
        return std::unexpected(used.error());

    Enrolment enrolment {deviceId, credentials::newToken(), *scope};
    if (auto stored = m_database.exec(
            QStringLiteral(
                "INSERT INTO device (id, name, scope_code, scope_level, token_hash, "
                "enrolled_at_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, scope_code = "
                "excluded.scope_code, scope_level = excluded.scope_level, token_hash = "
                "excluded.token_hash, enrolled_at_ms = excluded.enrolled_at_ms, last_seen_ms = "
                "excluded.last_seen_ms"),
            {deviceId, ServerDatabase::text(name.left(kMaxDeviceNameLength)), scope->code,
             scope->level, credentials::sha256Hex(enrolment.token), nowMs, nowMs});
        !stored)
        return std::unexpected(stored.error());
    if (auto status = transaction.commit(); !status)
        return std::unexpected(status.error());
    return enrolment;
}

core::Result<std::optional<Device>> DeviceStore::findWhere(const QString &column,
                                                           const QString &value)
{
    std::optional<Device> device;
    auto status = m_database.execPrepared(
        QStringLiteral("SELECT ") + QLatin1String(kDeviceColumns) + QStringLiteral(" WHERE ")
            + column + QStringLiteral(" = ?"),
        {value}, [&](const QSqlQuery &row) { device = readDevice(row, m_units); });
    if (!status)
        return std::unexpected(status.error());
    return device;
}

core::Result<std::optional<Device>> DeviceStore::findByToken(const QString &token)
{
    if (token.isEmpty())
        return std::optional<Device>();
    return findWhere(QStringLiteral("token_hash"), credentials::sha256Hex(token));
}

core::Result<std::optional<Device>> DeviceStore::find(const QString &deviceId)
{
    return findWhere(QStringLiteral("id"), deviceId);
}

core::Status DeviceStore::touch(const Device &device)
{
    const qint64 nowMs = m_clock.wallMs();
    if (nowMs - device.lastSeenMs < lastSeenResolutionMs)
        return {};
    auto query = m_database.exec(
        QStringLiteral("UPDATE device SET last_seen_ms = ? WHERE id = ? AND last_seen_ms < ?"),
        {nowMs, device.id, nowMs});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

core::Result<QList<Device>> DeviceStore::list()
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + QLatin1String(kDeviceColumns)
                                 + QStringLiteral(" ORDER BY enrolled_at_ms, id"));
    if (!query)
        return std::unexpected(query.error());
    QList<Device> devices;
    while (query->next())
        devices << readDevice(*query, m_units);
    return devices;
}

core::Result<bool> DeviceStore::revoke(const QString &deviceId)
{
    auto existing = find(deviceId);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing)
        return false;
    if ((*existing)->revokedAtMs)
        return true;
    auto query = m_database.exec(QStringLiteral("UPDATE device SET revoked_at_ms = ? WHERE id = ?"),
                                 {m_clock.wallMs(), deviceId});
    if (!query)
        return std::unexpected(query.error());
    return true;
}

} // namespace pd::sync::server
