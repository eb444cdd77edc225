#include "offlinepackage.h"

#include "batchstore.h"
#include "corecontext.h"
#include "gzip.h"
#include "syncerrors.h"
#include "synclog.h"
#include "wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QSaveFile>

namespace pd::sync {

core::Result<PackageSummary> exportPackage(core::CoreContext &core, const QString &path)
{
    BatchStore store(core);
    if (auto frozen = store.freezePending(); !frozen)
        return std::unexpected(frozen.error());
    auto pending = store.pending();
    if (!pending)
        return std::unexpected(pending.error());

    PackageSummary summary;
    QCborArray batches;
    for (const FrozenBatch &batch : *pending) {
        auto payload = store.payload(batch.id);
        if (!payload)
            return std::unexpected(payload.error());
        // The push body as frozen, so the server sees the same batch ids
        // and rows whether it comes by package or by push.
        batches.append(decode(*payload, Format::Cbor));
        ++summary.batches;
        summary.rows += batch.rowCount;
    }
    const QCborMap package {{QStringLiteral("v"), protocolVersion},
                            {QStringLiteral("kind"), QString::fromLatin1(packageKind)},
                            {QStringLiteral("device"), core.deviceId()},
                            {QStringLiteral("batches"), batches}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(SyncErrors::packageWrite(path, file.errorString()));
    const QByteArray bytes = gzipCompress(encode(package, Format::Cbor));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(SyncErrors::packageWrite(path, file.errorString()));
    qCInfo(lcSync) << "offline package written: batches" << summary.batches << "rows"
                   << summary.rows;
    return summary;
}

} // namespace pd::sync
