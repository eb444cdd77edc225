#include "framedecoder.h"

#include "decodeworker.h"
#include "scanlogging.h"

namespace pd::scan {

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent), m_worker(new DecodeWorker(m_slot, m_options))
{
    m_thread.setObjectName(QStringLiteral("pd.scan decoder"));
    m_worker->moveToThread(&m_thread);
    connect(
        m_worker, &DecodeWorker::frameDecoded, this,
        [this](const FrameResult &result) {
            ++m_decoded;
            Q_EMIT frameDecoded(result);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

FrameDecoder::~FrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    qCDebug(lcScan) << "Frame decoder stopped:" << m_submitted << "submitted," << m_decoded
                    << "decoded," << droppedCount() << "dropped";
}

void FrameDecoder::setOptions(const DecodeOptions &options)
{
    m_options = options;
    m_worker->setOptions(options);
}

void FrameDecoder::submitVideoFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return; // end of stream
    PendingFrame pending;
    if (frame.handleType() != QVideoFrame::NoHandle) {
        // A GPU texture may only be read back on the thread that renders it.
        pending.image = frame.toImage();
    } else {
        pending.video = frame;
    }
    submit(std::move(pending));
}

void FrameDecoder::submitImage(const QImage &image, const QString &origin)
{
    PendingFrame pending;
    pending.image = image;
    pending.origin = origin;
    submit(std::move(pending));
}

void FrameDecoder::submit(PendingFrame frame)
{
    frame.sequence = ++m_submitted;
    if (m_slot.put(std::move(frame)))
        QMetaObject::invokeMethod(m_worker, &DecodeWorker::drain, Qt::QueuedConnection);
}

} // namespace pd::scan
