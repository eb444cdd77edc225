#pragma once

#include "decodeoptions.h"
#include "frameresult.h"
#include "latestframeslot.h"

#include <QImage>
#include <QObject>
#include <QThread>
#include <QVideoFrame>

namespace pd::scan {

class DecodeWorker;

// Decodes frames off the UI thread (prison's VideoScanner pattern): submit
// frames from any source at any rate; a worker thread reads the newest one
// with BarcodeReader and reports every frame it read. Frames that arrive
// while the worker is busy replace the waiting one and are counted as
// dropped, so the latency never grows beyond one frame.
//
// Submit from the thread FrameDecoder lives in; results arrive there too.
class FrameDecoder : public QObject {
    Q_OBJECT

public:
    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override;

    DecodeOptions options() const { return m_options; }
    void setOptions(const DecodeOptions &options);

    quint64 submittedCount() const { return m_submitted; }
    quint64 decodedCount() const { return m_decoded; }
    quint64 droppedCount() const { return m_slot.droppedCount(); }

public Q_SLOTS:
    void submitVideoFrame(const QVideoFrame &frame);
    void submitImage(const QImage &image, const QString &origin = {});

Q_SIGNALS:
    // Every frame the worker read, with or without codes. Codes are
    // plausible but not de-duplicated (see Scanner for that).
    void frameDecoded(const pd::scan::FrameResult &result);

private:
    void submit(PendingFrame frame);

    DecodeOptions m_options;
    LatestFrameSlot m_slot;
    QThread m_thread;
    DecodeWorker *m_worker = nullptr; // lives on m_thread, deleted after it stops
    quint64 m_submitted = 0;
    quint64 m_decoded = 0;
};

} // namespace pd::scan
