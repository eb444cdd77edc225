#include "videofilesource.h"

#include <QFileInfo>
#include <QUrl>

namespace pd::scan {

VideoFileSource::VideoFileSource(QObject *parent) : VideoSinkSource(parent)
{
    m_player.setVideoSink(videoSink());
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, &VideoFileSource::onMediaStatus);
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &message) {
                if (error != QMediaPlayer::NoError)
                    setStatus(Status::Failed, tr("The video cannot be played: %1").arg(message));
            });
}

VideoFileSource::~VideoFileSource()
{
    m_player.disconnect(this);
    m_player.stop();
}

void VideoFileSource::start()
{
    m_player.stop();
    const QFileInfo info(m_file);
    if (!info.isFile() || !info.isReadable()) {
        setStatus(Status::Failed, tr("Video file not found or not readable: %1").arg(m_file));
        return;
    }
    setStatus(Status::Starting);
    m_player.setLoops(m_looping ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    m_player.setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
    m_player.play();
}

void VideoFileSource::stop()
{
    m_player.stop();
    if (status() != Status::Failed)
        setStatus(Status::Stopped);
}

void VideoFileSource::onMediaStatus(QMediaPlayer::MediaStatus mediaStatus)
{
    switch (mediaStatus) {
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::BufferingMedia:
        if (status() == Status::Starting)
            setStatus(Status::Running);
        break;
    case QMediaPlayer::EndOfMedia:
        setStatus(Status::Finished);
        break;
    case QMediaPlayer::InvalidMedia:
        setStatus(Status::Failed, tr("Not a video this computer can play: %1").arg(m_file));
        break;
    default:
        break;
    }
}

} // namespace pd::scan
