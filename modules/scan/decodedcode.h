#pragma once

#include "codeformat.h"

#include <QByteArray>
#include <QMetaType>
#include <QPoint>
#include <QPolygon>

#include <array>

namespace pd::scan {

// One code read from one frame.
struct DecodedCode {
    // The content as UTF-8, after the character-set rules of the symbology
    // (ECI or the format's default) were applied.
    QByteArray text;
    // The raw payload bytes before any character-set conversion; for binary
    // content (`binary`) this, not `text`, is the payload.
    QByteArray bytes;
    CodeFormat format = CodeFormat::None;
    bool binary = false;
    // Corners in frame pixels, in the code's own orientation: top-left,
    // top-right, bottom-right, bottom-left (ZXing's order). A linear code
    // reports the ends of the scan line(s) it was read on.
    std::array<QPoint, 4> corners {};

    QPolygon position() const { return QPolygon({corners[0], corners[1], corners[2], corners[3]}); }
    bool operator==(const DecodedCode &) const = default;
};

} // namespace pd::scan

Q_DECLARE_METATYPE(pd::scan::DecodedCode)
