#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace pd::sync::server {

class ServerContext;

// What `import-package` did, summed over the package's batches.
struct ImportSummary {
    int batches = 0;
    int applied = 0;
    int unchanged = 0;
    int replayed = 0; // batches seen before, which changed nothing
    int rejected = 0; // rows
    int conflicts = 0;
};

// An offline package (docs/SYNC.md "Offline package"): gzip of CBOR
// {"v": 1, "kind": "phongdich-package", "device": ID, "batches": [push...]}.
// Each batch goes through the same PushApplier as an online push by that
// device, so importing twice, or pushing the same batches later, is
// answered as replayed and changes nothing.
class PackageImporter {
public:
    // Packages hold days of a checkpoint's work; far more than one request.
    static constexpr qsizetype maxInflatedBytes = 512 * 1024 * 1024;

    explicit PackageImporter(ServerContext &context) : m_context(context) { }

    core::Result<ImportSummary> importFile(const QString &path);
    core::Result<ImportSummary> importBytes(const QByteArray &gzipped);

private:
    ServerContext &m_context;
};

} // namespace pd::sync::server
