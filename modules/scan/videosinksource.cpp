#include "videosinksource.h"

namespace pd::scan {

VideoSinkSource::VideoSinkSource(QObject *parent) : FrameSource(parent)
{
    // The backend may set frames from its own streaming thread; `this` as
    // the context delivers them on ours.
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (!frame.isValid())
            return; // end of stream or stop
        ++m_framesSeen;
        Q_EMIT videoFrameReady(frame);
    });
}

} // namespace pd::scan
