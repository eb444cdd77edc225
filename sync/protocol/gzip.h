#pragma once

#include <QByteArray>

#include <optional>

namespace pd::sync {

// gzip (RFC 1952) for request and response bodies and the offline package.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

// Inflates gzip or zlib data. Empty when the data is corrupt or would grow
// beyond `maxSize` bytes, so a small body cannot expand without bound.
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize);

} // namespace pd::sync
