#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <zlib.h>

namespace pd::core {

namespace {
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr int endRecordSize = 22;
constexpr int maxCommentSize = 0xFFFF;
constexpr int localHeaderSize = 30;
constexpr int centralHeaderSize = 46;
constexpr quint16 zip64ExtraId = 0x0001;
constexpr qint64 inputChunk = 64 * 1024;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

// Inflates (or copies) one entry as it is read.
class ZipEntryDevice final : public QIODevice {
public:
    ZipEntryDevice(const QString &path, ZipArchive::Entry entry, qint64 dataOffset, qint64 maxBytes)
        : m_file(path), m_entry(std::move(entry)), m_dataOffset(dataOffset), m_maxBytes(maxBytes)
    {
    }
    ~ZipEntryDevice() override
    {
        if (m_inflating)
            inflateEnd(&m_stream);
    }

    bool start(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_dataOffset)) {
            *error = m_file.errorString();
            return false;
        }
        m_remainingInput = m_entry.compressedSize;
        if (m_entry.method == 8) {
            m_stream = {};
            // Negative window bits: raw deflate, as ZIP stores it.
            if (inflateInit2(&m_stream, -MAX_WBITS) != Z_OK) {
                *error = QStringLiteral("inflateInit2");
                return false;
            }
            m_inflating = true;
        }
        return QIODevice::open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_finished || maxSize <= 0)
            return 0;
        qint64 produced = 0;
        if (m_entry.method == 0) {
            const qint64 wanted = std::min(maxSize, m_remainingInput);
            produced = wanted > 0 ? m_file.read(data, wanted) : 0;
            if (produced < 0 || (produced == 0 && m_remainingInput > 0))
                return fail(QStringLiteral("the entry is cut short"));
            m_remainingInput -= produced;
            if (m_remainingInput == 0)
                m_finished = true;
        } else {
            m_stream.next_out = reinterpret_cast<Bytef *>(data);
            m_stream.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
            while (m_stream.avail_out > 0 && !m_finished) {
                if (m_stream.avail_in == 0) {
                    if (m_remainingInput <= 0)
                        return fail(QStringLiteral("the entry is cut short"));
                    m_input.resize(qsizetype(std::min(inputChunk, m_remainingInput)));
                    const qint64 got = m_file.read(m_input.data(), m_input.size());
                    if (got <= 0)
                        return fail(QStringLiteral("the entry is cut short"));
                    m_remainingInput -= got;
                    m_stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
                    m_stream.avail_in = uInt(got);
                }
                const int status = inflate(&m_stream, Z_NO_FLUSH);
                if (status == Z_STREAM_END)
                    m_finished = true;
                else if (status == Z_BUF_ERROR && m_stream.avail_in == 0)
                    continue; // needs more input
                else if (status != Z_OK)
                    return fail(QStringLiteral("damaged compressed data"));
            }
            produced = reinterpret_cast<char *>(m_stream.next_out) - data;
        }
        m_total += produced;
        if (m_total > m_maxBytes || m_total > m_entry.uncompressedSize)
            return fail(QStringLiteral("the entry is larger than it says"));
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced));
        if (m_finished && (m_total != m_entry.uncompressedSize || m_crc != m_entry.crc32))
            return fail(QStringLiteral("checksum mismatch"));
        return produced;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &reason)
    {
        m_failed = true;
        setErrorString(reason);
        return -1;
    }

    QFile m_file;
    ZipArchive::Entry m_entry;
    qint64 m_dataOffset;
    qint64 m_maxBytes;
    qint64 m_remainingInput = 0;
    qint64 m_total = 0;
    uLong m_crc = crc32(0, nullptr, 0);
    z_stream m_stream {};
    bool m_inflating = false;
    bool m_finished = false;
    bool m_failed = false;
    QByteArray m_input;
};
} // namespace

ZipArchive::ZipArchive(QString path) : m_path(std::move(path)) { }

Error ZipArchive::formatError(const QString &detail) const
{
    return Error {
        QStringLiteral("zip.format"),
        tr("%1 is not a readable ZIP archive (%2).").arg(QDir::toNativeSeparators(m_path), detail)};
}

Status ZipArchive::open()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("zip.open"),
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const qint64 fileSize = file.size();
    if (fileSize < endRecordSize)
        return std::unexpected(formatError(tr("too short")));

    // The end of central directory record, searched backwards past a comment.
    const qint64 tailSize = std::min<qint64>(fileSize, endRecordSize + maxCommentSize);
    file.seek(fileSize - tailSize);
    const QByteArray tail = file.read(tailSize);
    qsizetype end = -1;
    for (qsizetype i = tail.size() - endRecordSize; i >= 0; --i) {
        if (u32(tail.constData() + i) == endSignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return std::unexpected(formatError(tr("no central directory")));
    const char *record = tail.constData() + end;
    quint64 entryCount = u16(record + 10);
    quint64 directorySize = u32(record + 12);
    quint64 directoryOffset = u32(record + 16);

    // ZIP64: the locator sits just before the end record.
    const qint64 endOffset = fileSize - tailSize + end;
    if ((entryCount == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        && endOffset >= 20) {
        file.seek(endOffset - 20);
        const QByteArray locator = file.read(20);
        if (locator.size() == 20 && u32(locator.constData()) == zip64LocatorSignature) {
            file.seek(qint64(u64(locator.constData() + 8)));
            const QByteArray zip64 = file.read(56);
            if (zip64.size() < 56 || u32(zip64.constData()) != zip64EndSignature)
                return std::unexpected(formatError(tr("damaged ZIP64 record")));
            entryCount = u64(zip64.constData() + 32);
            directorySize = u64(zip64.constData() + 40);
            directoryOffset = u64(zip64.constData() + 48);
        }
    }
    if (entryCount > quint64(maxEntries) || directoryOffset + directorySize > quint64(fileSize))
        return std::unexpected(formatError(tr("damaged central directory")));

    file.seek(qint64(directoryOffset));
    const QByteArray directory = file.read(qint64(directorySize));
    if (directory.size() != qsizetype(directorySize))
        return std::unexpected(formatError(tr("damaged central directory")));
    qsizetype at = 0;
    for (quint64 n = 0; n < entryCount; ++n) {
        if (at + centralHeaderSize > directory.size()
            || u32(directory.constData() + at) != centralHeaderSignature)
            return std::unexpected(formatError(tr("damaged central directory")));
        const char *header = directory.constData() + at;
        const quint16 flags = u16(header + 8);
        Entry entry;
        entry.method = u16(header + 10);
        entry.encrypted = (flags & 0x1) != 0;
        entry.crc32 = u32(header + 16);
        quint64 compressed = u32(header + 20);
        quint64 uncompressed = u32(header + 24);
        const quint16 nameLength = u16(header + 28);
        const quint16 extraLength = u16(header + 30);
        const quint16 commentLength = u16(header + 32);
        quint64 offset = u32(header + 42);
        if (at + centralHeaderSize + nameLength + extraLength + commentLength > directory.size())
            return std::unexpected(formatError(tr("damaged central directory")));
        const QByteArray name = directory.mid(at + centralHeaderSize, nameLength);
        // Bit 11: UTF-8 names; otherwise IBM 437, which OOXML's ASCII names share.
        entry.name = (flags & 0x800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        // ZIP64 extended information: the 8-byte values, in this order, of
        // the fields that are 0xFFFFFFFF above.
        qsizetype extra = at + centralHeaderSize + nameLength;
        const qsizetype extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
            const quint16 id = u16(directory.constData() + extra);
            const quint16 size = u16(directory.constData() + extra + 2);
            if (id == zip64ExtraId) {
                qsizetype field = extra + 4;
                const qsizetype fieldEnd = std::min(extra + 4 + size, extraEnd);
                for (quint64 *value : {&uncompressed, &compressed, &offset}) {
                    if (*value == 0xFFFFFFFF && field + 8 <= fieldEnd) {
                        *value = u64(directory.constData() + field);
                        field += 8;
                    }
                }
            }
            extra += 4 + size;
        }
        entry.compressedSize = qint64(compressed);
        entry.uncompressedSize = qint64(uncompressed);
        entry.localHeaderOffset = qint64(offset);
        m_entries.append(std::move(entry));
        at += centralHeaderSize + nameLength + extraLength + commentLength;
    }
    return {};
}

std::optional<ZipArchive::Entry> ZipArchive::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

Result<std::unique_ptr<QIODevice>> ZipArchive::openEntry(const Entry &entry, qint64 maxBytes) const
{
    if (entry.encrypted)
        return std::unexpected(formatError(tr("%1 is encrypted").arg(entry.name)));
    if (entry.method != 0 && entry.method != 8)
        return std::unexpected(
            formatError(tr("%1 uses compression method %2").arg(entry.name).arg(entry.method)));
    if (entry.uncompressedSize > maxBytes)
        return std::unexpected(formatError(tr("%1 is too large").arg(entry.name)));

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(entry.localHeaderOffset))
        return std::unexpected(formatError(file.errorString()));
    const QByteArray local = file.read(localHeaderSize);
    if (local.size() != localHeaderSize || u32(local.constData()) != localHeaderSignature)
        return std::unexpected(formatError(tr("damaged entry %1").arg(entry.name)));
    // The local header's own name and extra lengths may differ from the
    // central directory's.
    const qint64 dataOffset = entry.localHeaderOffset + localHeaderSize
        + u16(local.constData() + 26) + u16(local.constData() + 28);

    auto device = std::make_unique<ZipEntryDevice>(m_path, entry, dataOffset, maxBytes);
    QString reason;
    if (!device->start(&reason))
        return std::unexpected(formatError(reason));
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 maxBytes) const
{
    const auto entry = find(name);
    if (!entry)
        return std::unexpected(formatError(tr("%1 is missing").arg(name)));
    auto device = openEntry(*entry, maxBytes);
    if (!device)
        return std::unexpected(device.error());
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(entry->uncompressedSize, maxBytes)));
    char buffer[64 * 1024];
    while (true) {
        const qint64 got = (*device)->read(buffer, sizeof buffer);
        if (got < 0)
            return std::unexpected(formatError((*device)->errorString()));
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    if (bytes.size() != entry->uncompressedSize)
        return std::unexpected(formatError(tr("%1 is cut short").arg(name)));
    return bytes;
}

} // namespace pd::core
