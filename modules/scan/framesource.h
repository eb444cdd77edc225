#pragma once

#include "scannedcode.h"

#include <QImage>
#include <QObject>
#include <QVideoFrame>

namespace pd::scan {

// Something that produces frames for FrameDecoder: a camera, a video file,
// image files. Live sources (camera, video) run at their own pace and the
// decoder drops what it cannot keep up with; file sources wait for
// frameConsumed() before they send the next image, so none is lost.
class FrameSource : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Stopped,
        Starting,
        Running,
        Finished, // a file source reached its end
        Failed, // see statusText()
    };
    Q_ENUM(Status)

    using QObject::QObject;

    Status status() const { return m_status; }
    // Translated, one line, for the status bar; never personal data.
    QString statusText() const { return m_statusText; }

    virtual ScanSource kind() const = 0;
    virtual bool isLive() const = 0;

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;
    // The consumer has read the last frame (FrameDecoder::frameDecoded).
    virtual void frameConsumed() { }

Q_SIGNALS:
    void statusChanged(pd::scan::FrameSource::Status status, const QString &text);
    void videoFrameReady(const QVideoFrame &frame);
    void imageReady(const QImage &image, const QString &origin);

protected:
    void setStatus(Status status, const QString &text = {});

private:
    Status m_status = Status::Stopped;
    QString m_statusText;
};

} // namespace pd::scan
