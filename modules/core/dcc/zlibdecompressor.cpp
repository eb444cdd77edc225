#include "zlibdecompressor.h"

#include <QScopeGuard>

#include <array>
#include <climits>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace pd::core {

Result<QByteArray> ZlibDecompressor::decompress(QByteArrayView data, qsizetype maxBytes)
{
    if (data.isEmpty())
        return fail(u"dcc.zlib"_s, tr("There is no compressed data."));
    if (data.size() > qsizetype(UINT_MAX))
        return fail(u"dcc.zlib"_s, tr("The compressed data is too large."));

    z_stream stream {};
    // zlib's API is not const-correct; inflate() only reads next_in.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    if (inflateInit(&stream) != Z_OK)
        return fail(u"dcc.zlib"_s, tr("The decompressor could not be started."));
    const auto end = qScopeGuard([&stream] { inflateEnd(&stream); });

    QByteArray out;
    std::array<char, 4096> chunk {};
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        // Z_BUF_ERROR: no progress possible, i.e. the input ended before the
        // stream did. Z_NEED_DICT: a preset dictionary, which DCCs never use.
        if (status != Z_OK && status != Z_STREAM_END)
            return fail(u"dcc.zlib"_s,
                        status == Z_BUF_ERROR
                            ? tr("The compressed data is cut short.")
                            : tr("The data is not zlib-compressed or is damaged."));
        out.append(chunk.data(), qsizetype(chunk.size() - stream.avail_out));
        if (out.size() > maxBytes)
            return fail(u"dcc.zlib"_s,
                        tr("The compressed data inflates to more than %1 bytes.").arg(maxBytes));
    }
    if (stream.avail_in != 0)
        return fail(u"dcc.zlib"_s, tr("There are extra bytes after the compressed data."));
    return out;
}

} // namespace pd::core
