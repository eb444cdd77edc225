#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace pd::core {

// Inflates one complete zlib stream (RFC 1950: header, deflate data,
// Adler-32). The EU DCC compresses its COSE message this way before Base45
// (eHealth Network hcert spec., "Transport Encodings": it SHALL be
// zlib-compressed).
class ZlibDecompressor {
    Q_DECLARE_TR_FUNCTIONS(pd::core::ZlibDecompressor)

public:
    // A QR code holds at most 2,953 bytes; a DCC inflates to a few KiB.
    // The cap stops a crafted code from inflating to megabytes (deflate
    // reaches ~1,000:1).
    static constexpr qsizetype defaultMaxBytes = 64 * 1024;

    // Fails with "dcc.zlib" when the data has no zlib header, is damaged or
    // cut short (checksum, structure), has bytes after the stream's end, or
    // inflates to more than maxBytes.
    static Result<QByteArray> decompress(QByteArrayView data, qsizetype maxBytes = defaultMaxBytes);
};

} // namespace pd::core
