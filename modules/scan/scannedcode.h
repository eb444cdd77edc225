#pragma once

#include "decodedcode.h"

#include <QMetaType>
#include <QSize>
#include <QString>

namespace pd::scan {

// Where a scan came from; the checkpoint log records it.
enum class ScanSource {
    Camera,
    VideoFile,
    ImageFile,
    KeyboardWedge, // a handheld scanner typing like a keyboard
    Serial, // a handheld scanner on a (virtual) serial port
};

// A code reported once to the rest of the app: new (not a repeat within the
// duplicate window), plausible, from any source. Keyboard and serial scans
// have no format, position or frame.
struct ScannedCode {
    DecodedCode code;
    ScanSource source = ScanSource::Camera;
    QSize frameSize;
    QString origin; // the image file, for image sources
};

} // namespace pd::scan

Q_DECLARE_METATYPE(pd::scan::ScannedCode)
