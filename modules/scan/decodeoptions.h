#pragma once

#include "codeformat.h"

namespace pd::scan {

// How hard the decoder tries on one frame.
struct DecodeOptions {
    // A camera frame is retried (contrast-stretched, inverted, turned 45°)
    // only while the frame stays inside this budget: a frame without a code
    // costs at most about this much, and the next frame is waiting. On a
    // 2-core laptop one ZXing pass over 1280×720 takes 2–7 ms.
    static constexpr int defaultBudgetMs = 25;
    // A still image (CLI, image files) has no next frame to wait for.
    static constexpr int stillImageBudgetMs = 1000;
    // A checkpoint frame shows one person's code. One wanted symbol is also
    // ZXing's fastest path, and the only one in which Debian's ZXing 1.4
    // cannot hit its linear-code assertion (see BarcodeReader::runPass).
    static constexpr int defaultMaxCodes = 1;
    // Still images (a photographed label sheet) may hold several codes.
    static constexpr int stillImageMaxCodes = 8;

    CodeFormats formats = kAllCodeFormats;
    // 0: the first pass only.
    int budgetMs = defaultBudgetMs;
    // Codes printed light on dark (some phone apps' dark mode, inverted
    // screenshots): ZXing 1.4 never tries this itself.
    bool tryInverted = true;
    // Dull frames (dim light, a phone screen turned down) stretched to full
    // contrast; only frames whose grey levels span little are retried.
    bool tryStretched = true;
    // Linear codes and PDF417 at about 45° (ZXing's own tryRotate covers
    // multiples of 90°, QR and Data Matrix any angle).
    bool tryRotated = true;
    // More than one: matrix formats up to this many, and at most one Code 128.
    int maxCodes = defaultMaxCodes;

    bool operator==(const DecodeOptions &) const = default;
};

} // namespace pd::scan
