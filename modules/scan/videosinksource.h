#pragma once

#include "framesource.h"

#include <QVideoSink>

namespace pd::scan {

// The path every video source shares: the backend (camera capture session,
// media player) renders into this QVideoSink, and each valid frame is passed
// on as videoFrameReady(). A preview shows the same sink's frames.
class VideoSinkSource : public FrameSource {
    Q_OBJECT

public:
    explicit VideoSinkSource(QObject *parent = nullptr);

    QVideoSink *videoSink() { return &m_sink; }
    bool isLive() const override { return true; }
    quint64 framesSeen() const { return m_framesSeen; }

private:
    QVideoSink m_sink;
    quint64 m_framesSeen = 0;
};

} // namespace pd::scan
