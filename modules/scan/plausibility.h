#pragma once

#include "decodedcode.h"

#include <QSize>

namespace pd::scan {

// Whether a code ZXing reported is believable before anyone sees it
// (kitinerary's BarcodeDecoder does the same before it trusts a result).
// Noise, text on a box or a half-visible label can make a linear reader
// produce a short "code"; a detector can extrapolate corners far outside the
// frame. Such reads are dropped and logged by reason, never by content.
class Plausibility {
public:
    enum class Verdict {
        Plausible,
        Empty, // no payload at all
        OutsideFrame, // a corner lies well outside the frame
        TooSmall, // fewer pixels than any real code of that format needs
        TooShort, // a linear code shorter than minLinearLength characters
    };

    // Code 128 of one to three characters is what noise most often yields;
    // PhongDich's linear codes (tube and label numbers) are longer.
    static constexpr int minLinearLength = 4;
    // Smallest extent, in pixels, of a code that could have been read: 21
    // QR modules at about one pixel each.
    static constexpr int minExtentPx = 20;
    // ZXing extrapolates corners from finder patterns; allow that much of
    // the frame's size outside it before calling a position implausible.
    static constexpr double outsideTolerance = 0.1;

    static Verdict check(const DecodedCode &code, QSize frameSize);
    static bool isPlausible(const DecodedCode &code, QSize frameSize)
    {
        return check(code, frameSize) == Verdict::Plausible;
    }
    static const char *verdictName(Verdict verdict);
};

} // namespace pd::scan
