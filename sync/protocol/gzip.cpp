#include "gzip.h"

#include <zlib.h>

namespace pd::sync {

namespace {
constexpr int kGzipWindow = 15 + 16; // 15-bit window, gzip wrapper
constexpr int kAutoWindow = 15 + 32; // gzip or zlib, detected from the header
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream {};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    z_stream stream {};
    if (inflateInit2(&stream, kAutoWindow) != Z_OK)
        return std::nullopt;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        const qsizetype used = qsizetype(stream.total_out);
        if (used >= maxSize) {
            result = Z_BUF_ERROR;
            break;
        }
        out.resize(std::min(maxSize, used + kChunk));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        stream.avail_out = uInt(out.size() - used);
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            result = Z_DATA_ERROR; // truncated: input ended before the stream did
            break;
        }
    }
    const bool complete = result == Z_STREAM_END;
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    if (!complete)
        return std::nullopt;
    return out;
}

} // namespace pd::sync
