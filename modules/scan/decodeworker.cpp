#include "decodeworker.h"

#include "latestframeslot.h"

#include <QMutexLocker>

#include <utility>

namespace pd::scan {

DecodeWorker::DecodeWorker(LatestFrameSlot &slot, const DecodeOptions &options)
    : m_slot(slot), m_reader(options)
{
}

void DecodeWorker::setOptions(const DecodeOptions &options)
{
    QMutexLocker locker(&m_optionsMutex);
    m_newOptions = options;
}

void DecodeWorker::drain()
{
    while (auto frame = m_slot.take()) {
        {
            QMutexLocker locker(&m_optionsMutex);
            if (m_newOptions)
                m_reader.setOptions(*std::exchange(m_newOptions, std::nullopt));
        }
        FrameResult result =
            frame->video.isValid() ? m_reader.read(frame->video) : m_reader.read(frame->image);
        result.origin = frame->origin;
        result.sequence = frame->sequence;
        // Release the frame (a camera buffer) before anyone handles the result.
        frame.reset();
        Q_EMIT frameDecoded(result);
    }
}

} // namespace pd::scan
