#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <memory>
#include <optional>

namespace pd::core {

// Reads a ZIP archive (PKWARE APPNOTE 6.3: stored and deflated entries,
// ZIP64) — what an .xlsx file is. An entry is inflated as it is read (zlib,
// raw deflate), so a large sheet is never held whole, and its CRC-32 and
// size are checked at its end.
//
// Why not QuaZip: QuaZip exports its own modified copy of minizip's zip*/
// unz* functions, and libxlsxwriter calls the system minizip's functions of
// the same names. In one process on Linux the dynamic linker binds both to
// whichever library loaded first, and libxlsxwriter's workbook_close()
// crashed inside QuaZip's zipOpen3(). Reading needs only this much.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(pd::core::ZipArchive)

public:
    struct Entry {
        QString name;
        int method = 0; // 0 stored, 8 deflated
        bool encrypted = false;
        quint32 crc32 = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        qint64 localHeaderOffset = 0;
    };

    // Archives larger than this, or with more entries, are refused: an
    // .xlsx of a commune list is a few MB.
    static constexpr int maxEntries = 100'000;

    explicit ZipArchive(QString path);

    // Reads the central directory. Error "zip.format" for anything that is
    // not a readable ZIP archive.
    Status open();
    const QList<Entry> &entries() const { return m_entries; }
    // By name, ASCII case-insensitive (OOXML part names are).
    std::optional<Entry> find(const QString &name) const;

    // A sequential read-only device over the entry's uncompressed bytes; it
    // fails (read() returns -1, errorString() says why) on damaged data or
    // when more than `maxBytes` would come out (a "zip bomb").
    Result<std::unique_ptr<QIODevice>> openEntry(const Entry &entry,
                                                 qint64 maxBytes = 1LL << 30) const;
    // The whole entry, for small parts.
    Result<QByteArray> read(const QString &name, qint64 maxBytes = 64LL << 20) const;

private:
    Error formatError(const QString &detail) const;

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace pd::core
