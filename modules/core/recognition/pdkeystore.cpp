#include "pdkeystore.h"

#include "corecontext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {
QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString usageDetail(int usages)
{
    QStringList names;
    if (usages & PdTrustedKey::SignsPerson)
        names << QStringLiteral("person");
    if (usages & PdTrustedKey::SignsVenue)
        names << QStringLiteral("venue");
    return QStringLiteral("usages=") + names.join(QLatin1Char(','));
}

std::unexpected<Error> readFailed(const QSqlQuery &query)
{
    return fail(QStringLiteral("pd_key.read"), query.lastError().text());
}
} // namespace

PdKeyStore::PdKeyStore(CoreContext &core) : m_core(core) { }

Result<std::optional<PdKeyPair>> PdKeyStore::deviceKey() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(QStringLiteral("SELECT seed, public_key FROM pd_device_key WHERE id = 1")))
        return readFailed(query);
    if (!query.next())
        return std::optional<PdKeyPair>();
    auto pair = PdKeyPair::fromSeed(query.value(0).toByteArray());
    if (!pair)
        return std::unexpected(pair.error());
    if (hex(pair->publicKey()) != query.value(1).toString())
        return fail(QStringLiteral("pd_key.seed"),
                    tr("The stored signing key is damaged (its public key does not match)."));
    return std::optional<PdKeyPair>(std::move(*pair));
}

Result<PdKeyPair> PdKeyStore::ensureDeviceKey()
{
    auto existing = deviceKey();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::move(**existing);

    auto pair = PdKeyPair::generate();
    if (!pair)
        return pair;
    auto settings = m_core.settings().load();
    if (!settings)
        return std::unexpected(settings.error());
    const QString keyId = hex(pair->keyId());
    auto written = m_core.database().transaction([&]() -> Status {
        if (auto ok = m_core.database().exec(
                QStringLiteral("INSERT INTO pd_device_key(id, key_id, public_key, seed, "
                               "created_at_ms) VALUES(1, ?, ?, ?, ?)"),
                {keyId, hex(pair->publicKey()), pair->seed(), m_core.clock().nowMs()});
            !ok)
            return ok;
        if (auto ok =
                insertTrusted({pair->publicKey(), settings->deviceName, PdTrustedKey::SignsAll});
            !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("pd_key.create"), QStringLiteral("pd_key"),
                                     keyId);
    });
    if (!written)
        return std::unexpected(written.error());
    return std::move(*pair);
}

Result<PdTrustedKeys> PdKeyStore::trustedKeys() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(QStringLiteral("SELECT public_key, label, signs_person, signs_venue "
                                   "FROM pd_trusted_key WHERE deleted = 0")))
        return readFailed(query);
    PdTrustedKeys keys;
    while (query.next()) {
        PdTrustedKey key;
        key.publicKey = QByteArray::fromHex(query.value(0).toString().toLatin1());
        key.label = query.value(1).toString();
        key.usages = (query.value(2).toBool() ? PdTrustedKey::SignsPerson : 0)
            | (query.value(3).toBool() ? PdTrustedKey::SignsVenue : 0);
        if (key.publicKey.size() == PdKeyPair::publicKeyBytes)
            keys.add(key);
    }
    return keys;
}

Status PdKeyStore::insertTrusted(const PdTrustedKey &key)
{
    auto hlc = m_core.hlc().now();
    if (!hlc)
        return std::unexpected(hlc.error());
    const QString id = m_core.ids().next();
    if (auto ok = m_core.database().exec(
            QStringLiteral(
                "INSERT INTO pd_trusted_key(id, hlc, origin, key_id, public_key, label, "
                "signs_person, signs_venue, added_at_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(public_key) DO UPDATE SET hlc = excluded.hlc, "
                "origin = excluded.origin, deleted = 0, label = excluded.label, "
                "signs_person = excluded.signs_person, signs_venue = excluded.signs_venue"),
            {id, *hlc, m_core.deviceId(), hex(key.keyId()), hex(key.publicKey),
             key.label.isNull() ? QStringLiteral("") : key.label,
             (key.usages & PdTrustedKey::SignsPerson) ? 1 : 0,
             (key.usages & PdTrustedKey::SignsVenue) ? 1 : 0, m_core.clock().nowMs()});
        !ok)
        return ok;
    return m_core.audit().record(QStringLiteral("pd_key.trust"), QStringLiteral("pd_key"),
                                 hex(key.keyId()), usageDetail(key.usages));
}

Status PdKeyStore::trust(const PdTrustedKey &key)
{
    if (key.publicKey.size() != PdKeyPair::publicKeyBytes)
        return fail(QStringLiteral("pd_key.public_key"),
                    tr("Public key: 32 bytes (64 hexadecimal digits) expected."));
    if ((key.usages & PdTrustedKey::SignsAll) == 0)
        return fail(QStringLiteral("pd_key.usages"),
                    tr("Usage: the key must be allowed to sign personal or venue codes."));
    return m_core.database().transaction([&]() -> Status { return insertTrusted(key); });
}

Status PdKeyStore::distrust(const QByteArray &publicKey)
{
    return m_core.database().transaction([&]() -> Status {
        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        QSqlQuery query(m_core.database().connection());
        query.prepare(QStringLiteral("UPDATE pd_trusted_key SET deleted = 1, hlc = ?, origin = ? "
                                     "WHERE public_key = ? AND deleted = 0"));
        query.addBindValue(*hlc);
        query.addBindValue(m_core.deviceId());
        query.addBindValue(hex(publicKey));
        if (!query.exec())
            return fail(QStringLiteral("pd_key.write"), query.lastError().text());
        if (query.numRowsAffected() == 0)
            return fail(QStringLiteral("pd_key.not_found"), tr("This key is not trusted."));
        return m_core.audit().record(QStringLiteral("pd_key.distrust"), QStringLiteral("pd_key"),
                                     hex(PdKeyPair::keyIdOf(publicKey)));
    });
}

} // namespace pd::core
