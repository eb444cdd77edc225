#pragma once

#include <QImage>
#include <QMutex>
#include <QString>
#include <QVideoFrame>

#include <optional>

namespace pd::scan {

// A frame waiting for the decoder: a video frame or an image.
struct PendingFrame {
    QVideoFrame video;
    QImage image;
    QString origin;
    quint64 sequence = 0;
};

// The hand-over between the thread that receives frames and the decode
// worker: one slot, never a queue. A camera delivers 30 frames a second and
// a slow laptop decodes fewer; a queue would fall ever further behind what
// the camera sees, so a newer frame replaces one not yet taken and the
// replaced frame counts as dropped (prison's VideoScanner skips busy frames
// the same way).
class LatestFrameSlot {
public:
    // Stores `frame`. True when the consumer is idle and must be woken; false
    // when a wake-up is already on its way.
    bool put(PendingFrame frame);
    // The newest frame, or nothing; returning nothing marks the consumer idle
    // so the next put() wakes it.
    std::optional<PendingFrame> take();
    quint64 droppedCount() const;

private:
    mutable QMutex m_mutex;
    std::optional<PendingFrame> m_frame;
    bool m_wakePending = false;
    quint64 m_dropped = 0;
};

} // namespace pd::scan
