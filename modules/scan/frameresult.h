#pragma once

#include "decodedcode.h"

#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace pd::scan {

// What the decoder made of one frame: every plausible code in it (possibly
// none), and how long it took.
struct FrameResult {
    QList<DecodedCode> codes;
    QSize frameSize;
    // Where the frame came from when that is a file (image sources); empty
    // for camera and video frames.
    QString origin;
    // Submission number within one FrameDecoder (1, 2, …); 0 for a
    // synchronous read. Gaps are frames dropped because a newer one came.
    quint64 sequence = 0;
    // Luminance access + ZXing + fallbacks, in milliseconds.
    double decodeMs = 0;
    // ZXing passes made: 1 when the first pass decided, more when the
    // inverted or rotated image was tried.
    int passes = 0;
    // Set when the frame could not be read at all (null image, unmappable
    // video frame); a translated reason without personal data.
    QString error;

    bool isEmpty() const { return codes.isEmpty(); }
};

} // namespace pd::scan

Q_DECLARE_METATYPE(pd::scan::FrameResult)
