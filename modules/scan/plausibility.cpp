#include "plausibility.h"

#include <algorithm>

namespace pd::scan {

Plausibility::Verdict Plausibility::check(const DecodedCode &code, QSize frameSize)
{
    if (code.bytes.isEmpty() && code.text.isEmpty())
        return Verdict::Empty;

    const int marginX = int(frameSize.width() * outsideTolerance);
    const int marginY = int(frameSize.height() * outsideTolerance);
    int minX = code.corners[0].x();
    int maxX = minX;
    int minY = code.corners[0].y();
    int maxY = minY;
    for (const QPoint &corner : code.corners) {
        if (corner.x() < -marginX || corner.y() < -marginY
            || corner.x() > frameSize.width() + marginX
            || corner.y() > frameSize.height() + marginY)
            return Verdict::OutsideFrame;
        minX = std::min(minX, corner.x());
        maxX = std::max(maxX, corner.x());
        minY = std::min(minY, corner.y());
        maxY = std::max(maxY, corner.y());
    }

    if (code.format == CodeFormat::Code128) {
        // A linear read is a line: only its length says anything.
        if (std::max(maxX - minX, maxY - minY) < minExtentPx)
            return Verdict::TooSmall;
        if (code.text.size() < minLinearLength)
            return Verdict::TooShort;
        return Verdict::Plausible;
    }
    // PDF417 rows can be short, so only the larger extent must be real.
    const int smaller = std::min(maxX - minX, maxY - minY);
    const int larger = std::max(maxX - minX, maxY - minY);
    if (larger < minExtentPx || (code.format != CodeFormat::PDF417 && smaller < minExtentPx / 2))
        return Verdict::TooSmall;
    return Verdict::Plausible;
}

const char *Plausibility::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Plausible:
        return "plausible";
    case Verdict::Empty:
        return "empty";
    case Verdict::OutsideFrame:
        return "outside-frame";
    case Verdict::TooSmall:
        return "too-small";
    case Verdict::TooShort:
        return "too-short";
    }
    return "unknown";
}

} // namespace pd::scan
