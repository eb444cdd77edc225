#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace pd::scan::test {

// Writes Motion-JPEG in an AVI container (RIFF "AVI ", one "vids" stream,
// "00dc" JPEG chunks, "idx1" index; Microsoft's AVI RIFF reference). JPEG
// comes from Qt's own image writer and GStreamer plays the file with
// plugins every Qt Multimedia install has (avidemux, jpegdec: -good), so a
// test can make its "camera" video without an encoder package.
class MjpegAviWriter {
public:
    MjpegAviWriter(int width, int height, int framesPerSecond);

    // Scaled to the video size if it differs. False if Qt cannot write JPEG.
    bool addFrame(const QImage &image, int quality = 90);
    qsizetype frameCount() const { return m_frames.size(); }
    // False with `error` set when the file cannot be written.
    bool write(const QString &path, QString *error = nullptr) const;

private:
    QByteArray avi() const;

    int m_width;
    int m_height;
    int m_framesPerSecond;
    QList<QByteArray> m_frames;
};

} // namespace pd::scan::test
