#include "packageimporter.h"

#include "gzip.h"
#include "servercontext.h"
#include "wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>

namespace pd::sync::server {

namespace {
constexpr auto kPackageKind = "phongdich-package";

std::unexpected<core::Error> malformed(const QString &message)
{
    return core::fail(QStringLiteral("package.malformed"), message);
}
} // namespace

core::Result<ImportSummary> PackageImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(QStringLiteral("package.unreadable"),
                          QStringLiteral("Cannot read %1.").arg(path));
    return importBytes(file.readAll());
}

core::Result<ImportSummary> PackageImporter::importBytes(const QByteArray &gzipped)
{
    const std::optional<QByteArray> cbor = gzipDecompress(gzipped, maxInflatedBytes);
    if (!cbor)
        return malformed(QStringLiteral("The package is not gzip, or is over %1 bytes unpacked.")
                             .arg(maxInflatedBytes));
    QString parseError;
    const QCborValue value = decode(*cbor, Format::Cbor, &parseError);
    if (!value.isMap())
        return malformed(
            QStringLiteral("package: %1")
                .arg(parseError.isEmpty() ? QStringLiteral("expected a map") : parseError));
    const QCborMap package = value.toMap();
    if (package.value(QLatin1String("v")).toInteger(-1) != protocolVersion)
        return malformed(
            QStringLiteral("package.v: this server reads version %1").arg(protocolVersion));
    if (package.value(QLatin1String("kind")).toString() != QLatin1String(kPackageKind))
        return malformed(
            QStringLiteral("package.kind: expected %1").arg(QLatin1String(kPackageKind)));
    const QString deviceId = package.value(QLatin1String("device")).toString();
    if (deviceId.isEmpty())
        return malformed(QStringLiteral("package.device: expected text"));
    if (!package.value(QLatin1String("batches")).isArray())
        return malformed(QStringLiteral("package.batches: expected an array"));

    // Every batch is read before any is applied: a damaged package changes
    // nothing.
    QList<PushRequest> batches;
    for (const QCborValue &batch : package.value(QLatin1String("batches")).toArray()) {
        Decoded<PushRequest> request = pushRequestFromCbor(batch);
        if (!request)
            return malformed(QStringLiteral("batch %1: %2").arg(batches.size()).arg(request.error));
        if (request.value->deviceId != deviceId)
            return malformed(
                QStringLiteral("batch %1: push.device is not package.device").arg(batches.size()));
        batches << std::move(*request.value);
    }

    auto device = m_context.devices().find(deviceId);
    if (!device)
        return std::unexpected(device.error());
    if (!*device)
        return core::fail(QStringLiteral("package.device"),
                          QStringLiteral("The package's device is not enrolled here."));
    if ((*device)->revokedAtMs)
        return core::fail(QStringLiteral("package.device"),
                          QStringLiteral("The package's device was revoked."));
    if (!(*device)->scope.isValid())
        return core::fail(QStringLiteral("package.device"),
                          QStringLiteral("The package's device has an unknown unit."));

    ImportSummary summary;
    for (const PushRequest &batch : std::as_const(batches)) {
        auto response = m_context.pushes().apply(**device, batch);
        if (!response)
            return std::unexpected(response.error());
        ++summary.batches;
        if (response->replayed) {
            ++summary.replayed;
            continue;
        }
        summary.applied += response->applied;
        summary.unchanged += response->unchanged;
        summary.rejected += int(response->rejected.size());
        summary.conflicts += response->conflicts;
    }
    return summary;
}

} // namespace pd::sync::server
