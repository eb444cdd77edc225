#pragma once

// Zip helpers for the tabular tests: read one part of a written .xlsx (with
// core's ZipArchive), and build a workbook by hand the way other tools do
// (a ZIP written here with zlib: stored and deflated entries).
//
// Not QuaZip: it exports minizip's function names with other signatures, and
// libxlsxwriter, linked into the same test through pd_core, then crashes in
// QuaZip's zipOpen3() (see modules/core/tabular/ziparchive.h).
#include "ziparchive.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <utility>
#include <zlib.h>

inline QByteArray zipEntry(const QString &zipPath, const QString &entry)
{
    pd::core::ZipArchive zip(zipPath);
    if (!zip.open())
        return {};
    return zip.read(entry).value_or(QByteArray());
}

inline QStringList zipEntries(const QString &zipPath)
{
    pd::core::ZipArchive zip(zipPath);
    QStringList names;
    if (zip.open()) {
        for (const auto &entry : zip.entries())
            names << entry.name;
    }
    return names;
}

// A ZIP archive with the parts in order; every other part deflated, the
// rest stored, so the reader's two paths are both used.
inline bool writeZip(const QString &zipPath, const QList<std::pair<QString, QByteArray>> &parts)
{
    const auto le16 = [](QByteArray &out, quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    const auto le32 = [](QByteArray &out, quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    QByteArray archive;
    QByteArray directory;
    int index = 0;
    for (const auto &[name, content] : parts) {
        const bool deflated = index++ % 2 == 0;
        QByteArray data = content;
        if (deflated) {
            z_stream stream {};
            if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
                return false;
            data.resize(qsizetype(deflateBound(&stream, uLong(content.size()))));
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
            stream.avail_in = uInt(content.size());
            stream.next_out = reinterpret_cast<Bytef *>(data.data());
            stream.avail_out = uInt(data.size());
            if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
                return false;
            data.resize(qsizetype(stream.total_out));
            deflateEnd(&stream);
        }
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
        const QByteArray utf8Name = name.toUtf8();
        const auto offset = quint32(archive.size());
        const auto header = [&](QByteArray &out, bool central) {
            le32(out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                le16(out, 20); // made by
            le16(out, 20); // needed
            le16(out, 0x800); // UTF-8 names
            le16(out, deflated ? 8 : 0);
            le16(out, 0); // time
            le16(out, 0x21); // date 1980-01-01
            le32(out, crc);
            le32(out, quint32(data.size()));
            le32(out, quint32(content.size()));
            le16(out, quint16(utf8Name.size()));
            le16(out, 0); // extra
            if (central) {
                le16(out, 0); // comment
                le16(out, 0); // disk
                le16(out, 0); // internal attributes
                le32(out, 0); // external attributes
                le32(out, offset);
            }
            out.append(utf8Name);
        };
        header(archive, false);
        archive.append(data);
        header(directory, true);
    }
    const auto directoryOffset = quint32(archive.size());
    archive.append(directory);
    le32(archive, 0x06054b50);
    le16(archive, 0);
    le16(archive, 0);
    le16(archive, quint16(parts.size()));
    le16(archive, quint16(parts.size()));
    le32(archive, quint32(directory.size()));
    le32(archive, directoryOffset);
    le16(archive, 0);
    QFile file(zipPath);
    return file.open(QIODevice::WriteOnly) && file.write(archive) == archive.size();
}
