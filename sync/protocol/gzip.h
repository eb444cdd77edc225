#pragma once

#include <QByteArray>

#include <optional>

namespace pd::sync {

// gzip (RFC 1952) for request and response bodies and the offline package.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

// Whether `data` starts as a gzip stream does (RFC 1952's two magic bytes).
inline bool isGzip(QByteArrayView data)
{
    return data.size() >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b;
}

// What a device lets a compressed answer or stored batch inflate to: a pull
// page of 5,000 rows, or a batch of one big row, is far below it; a gzip
// bomb or a damaged file is stopped by it.
inline constexpr qsizetype maxDeviceInflatedBytes = 256 * 1024 * 1024;

// Inflates gzip or zlib data. Empty when the data is corrupt or would grow
// beyond `maxSize` bytes, so a small body cannot expand without bound.
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize);

} // namespace pd::sync
