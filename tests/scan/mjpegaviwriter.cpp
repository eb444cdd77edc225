#include "mjpegaviwriter.h"

#include <QBuffer>
#include <QSaveFile>
#include <QtEndian>

namespace pd::scan::test {

namespace {
constexpr quint32 kAvifHasIndex = 0x10;
constexpr quint32 kAviifKeyframe = 0x10;

void u32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void u16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void fourCc(QByteArray &out, const char *code)
{
    out.append(code, 4);
}

// RIFF chunk: id, little-endian size, data padded to an even length.
QByteArray chunk(const char *id, const QByteArray &data)
{
    QByteArray out;
    fourCc(out, id);
    u32(out, quint32(data.size()));
    out += data;
    if (data.size() % 2)
        out.append('\0');
    return out;
}

QByteArray list(const char *type, const QByteArray &data)
{
    QByteArray body;
    fourCc(body, type);
    body += data;
    return chunk("LIST", body);
}
} // namespace

MjpegAviWriter::MjpegAviWriter(int width, int height, int framesPerSecond)
    : m_width(width), m_height(height), m_framesPerSecond(framesPerSecond)
{
}

bool MjpegAviWriter::addFrame(const QImage &image, int quality)
{
    QImage frame = image.size() == QSize(m_width, m_height)
        ? image
        : image.scaled(m_width, m_height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!frame.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", quality))
        return false;
    m_frames.append(jpeg);
    return true;
}

QByteArray MjpegAviWriter::avi() const
{
    const auto frames = quint32(m_frames.size());
    qsizetype largest = 0;
    for (const QByteArray &frame : m_frames)
        largest = qMax(largest, frame.size());

    QByteArray mainHeader; // AVIMAINHEADER without fcc/cb
    u32(mainHeader, quint32(1'000'000 / m_framesPerSecond)); // dwMicroSecPerFrame
    u32(mainHeader, quint32(largest * m_framesPerSecond)); // dwMaxBytesPerSec
    u32(mainHeader, 0); // dwPaddingGranularity
    u32(mainHeader, kAvifHasIndex); // dwFlags
    u32(mainHeader, frames); // dwTotalFrames
    u32(mainHeader, 0); // dwInitialFrames
    u32(mainHeader, 1); // dwStreams
    u32(mainHeader, quint32(largest)); // dwSuggestedBufferSize
    u32(mainHeader, quint32(m_width));
    u32(mainHeader, quint32(m_height));
    for (int i = 0; i < 4; ++i)
        u32(mainHeader, 0); // dwReserved

    QByteArray streamHeader; // AVISTREAMHEADER
    fourCc(streamHeader, "vids");
    fourCc(streamHeader, "MJPG");
    u32(streamHeader, 0); // dwFlags
    u16(streamHeader, 0); // wPriority
    u16(streamHeader, 0); // wLanguage
    u32(streamHeader, 0); // dwInitialFrames
    u32(streamHeader, 1); // dwScale
    u32(streamHeader, quint32(m_framesPerSecond)); // dwRate: rate/scale = fps
    u32(streamHeader, 0); // dwStart
    u32(streamHeader, frames); // dwLength
    u32(streamHeader, quint32(largest)); // dwSuggestedBufferSize
    u32(streamHeader, 0xFFFFFFFF); // dwQuality: default
    u32(streamHeader, 0); // dwSampleSize: varies
    u16(streamHeader, 0); // rcFrame
    u16(streamHeader, 0);
    u16(streamHeader, quint16(m_width));
    u16(streamHeader, quint16(m_height));

    QByteArray format; // BITMAPINFOHEADER
    u32(format, 40);
    u32(format, quint32(m_width));
    u32(format, quint32(m_height));
    u16(format, 1); // biPlanes
    u16(format, 24); // biBitCount
    fourCc(format, "MJPG");
    u32(format, quint32(m_width * m_height * 3));
    for (int i = 0; i < 4; ++i)
        u32(format, 0);

    const QByteArray headers =
        list("hdrl",
             chunk("avih", mainHeader)
                 + list("strl", chunk("strh", streamHeader) + chunk("strf", format)));

    QByteArray movi;
    QByteArray index;
    quint32 offset = 4; // idx1 offsets count from the "movi" type code
    for (const QByteArray &frame : m_frames) {
        const QByteArray data = chunk("00dc", frame);
        fourCc(index, "00dc");
        u32(index, kAviifKeyframe);
        u32(index, offset);
        u32(index, quint32(frame.size()));
        offset += quint32(data.size());
        movi += data;
    }

    QByteArray body;
    fourCc(body, "AVI ");
    body += headers + list("movi", movi) + chunk("idx1", index);
    return chunk("RIFF", body);
}

bool MjpegAviWriter::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(avi()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace pd::scan::test
