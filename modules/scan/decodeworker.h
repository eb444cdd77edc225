#pragma once

#include "barcodereader.h"
#include "frameresult.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace pd::scan {

class LatestFrameSlot;

// Lives on FrameDecoder's worker thread: takes the newest frame from the
// slot, reads it with its own BarcodeReader, reports, and repeats until the
// slot is empty. Internal to FrameDecoder.
class DecodeWorker : public QObject {
    Q_OBJECT

public:
    DecodeWorker(LatestFrameSlot &slot, const DecodeOptions &options);

    // Thread-safe; applies from the next frame on.
    void setOptions(const DecodeOptions &options);

public Q_SLOTS:
    void drain();

Q_SIGNALS:
    void frameDecoded(const pd::scan::FrameResult &result);

private:
    LatestFrameSlot &m_slot;
    BarcodeReader m_reader;
    QMutex m_optionsMutex;
    std::optional<DecodeOptions> m_newOptions;
};

} // namespace pd::scan
