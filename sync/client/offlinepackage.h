#pragma once

#include "error.h"

#include <QString>

namespace pd::core {
class CoreContext;
}

namespace pd::sync {

inline constexpr auto packageKind = "phongdich-package";

struct PackageSummary {
    int batches = 0;
    int rows = 0;
};

// For days without network (docs/SYNC.md, "Offline package"): freezes every
// pending change into batches as a sync cycle would and writes them all to
// `path` as gzip CBOR {"v": 1, "kind": "phongdich-package", "device": ID,
// "batches": [push request, ...]}, atomically. The batches stay pending:
// once the package is imported, the device's next push of them is answered
// as replayed and acknowledged like any other.
core::Result<PackageSummary> exportPackage(core::CoreContext &core, const QString &path);

} // namespace pd::sync
