#pragma once

#include "videosinksource.h"

#include <QMediaPlayer>

namespace pd::scan {

// A video file played as if it were a camera (training, demonstrations,
// tests): QMediaPlayer renders into the same QVideoSink path, in real time.
class VideoFileSource : public VideoSinkSource {
    Q_OBJECT

public:
    explicit VideoFileSource(QObject *parent = nullptr);
    ~VideoFileSource() override;

    ScanSource kind() const override { return ScanSource::VideoFile; }

    QString file() const { return m_file; }
    void setFile(const QString &path) { m_file = path; }
    // Start again at the end (a demonstration loop) instead of Finished.
    bool isLooping() const { return m_looping; }
    void setLooping(bool looping) { m_looping = looping; }
    // 1.0 is real time; tests play faster.
    void setPlaybackRate(double rate) { m_player.setPlaybackRate(rate); }

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    void onMediaStatus(QMediaPlayer::MediaStatus mediaStatus);

    QMediaPlayer m_player;
    QString m_file;
    bool m_looping = false;
};

} // namespace pd::scan
