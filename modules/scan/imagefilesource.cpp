#include "imagefilesource.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace pd::scan {

namespace {
// "2.png" before "10.png", as a person numbers photos; the same in every
// locale (QCollator's numeric mode does nothing in the C locale).
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            // Compare the numbers by value: leading zeros dropped, then length.
            QStringView numberA = QStringView(a).mid(startA, i - startA);
            QStringView numberB = QStringView(b).mid(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            continue;
        }
        const int order = QString::compare(a.at(i), b.at(j), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}
} // namespace

ImageFileSource::ImageFileSource(QObject *parent) : FrameSource(parent)
{
    m_nextTimer.setSingleShot(true);
    connect(&m_nextTimer, &QTimer::timeout, this, &ImageFileSource::sendNext);
}

QStringList ImageFileSource::imageFiles(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    if (!info.isDir()) {
        if (error)
            *error = tr("No such file or folder: %1").arg(path);
        return {};
    }
    QStringList patterns;
    for (const QByteArray &suffix : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(suffix);
    QStringList files;
    const QDir dir(path);
    for (const QString &name : dir.entryList(patterns, QDir::Files | QDir::Readable, QDir::NoSort))
        files << dir.filePath(name);
    std::sort(files.begin(), files.end(), &naturalLess);
    if (files.isEmpty() && error)
        *error = tr("The folder holds no images: %1").arg(path);
    return files;
}

void ImageFileSource::start()
{
    stop();
    QString error;
    m_files = imageFiles(m_path, &error);
    if (m_files.isEmpty()) {
        setStatus(Status::Failed, error);
        return;
    }
    m_next = 0;
    setStatus(Status::Running);
    sendNext();
}

void ImageFileSource::stop()
{
    m_nextTimer.stop();
    m_awaitingConsumer = false;
    if (status() == Status::Running)
        setStatus(Status::Stopped);
}

void ImageFileSource::frameConsumed()
{
    if (!m_awaitingConsumer || status() != Status::Running)
        return;
    m_awaitingConsumer = false;
    // Through the event loop even without an interval, so a consumer's
    // slot never re-enters itself.
    m_nextTimer.start(m_intervalMs);
}

void ImageFileSource::sendNext()
{
    while (status() == Status::Running && m_next < m_files.size()) {
        const QString file = m_files.at(m_next++);
        QImageReader reader(file);
        reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
        const QImage image = reader.read();
        if (image.isNull()) {
            Q_EMIT fileFailed(file, reader.errorString());
            continue;
        }
        m_awaitingConsumer = true;
        Q_EMIT imageReady(image, file);
        return;
    }
    if (status() == Status::Running)
        setStatus(Status::Finished);
}

} // namespace pd::scan
