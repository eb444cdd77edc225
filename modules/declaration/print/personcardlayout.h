#pragma once

#include "personcard.h"
#include "printdocument.h"
#include "qrmatrix.h"

#include <QCoreApplication>
#include <QRectF>

#include <optional>

class QPainter;

namespace pd::declaration {

// One personal card: the code on the left, the texts beside it.
//
// Size 95 × 65 mm. ID-1 (85.6 × 54 mm) cannot hold a QR code of at least
// 5 × 5 cm (Hanoi's guidance for personal codes) with its quiet zone and
// still leave a column for the name: the symbol and a 4-module quiet zone
// take about 62 mm of the 65 mm height, and 95 mm leaves about 30 mm of
// text beside it. Two columns of 95 mm and four rows of 65 mm fill an A4
// sheet (190 × 260 mm) with 10 mm side and 18.5 mm top/bottom margins,
// wider than any office printer's unprintable edge, so the cut marks print
// too.
class PersonCardLayout {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::PersonCardLayout)

public:
    static constexpr qreal widthMm = 95;
    static constexpr qreal heightMm = 65;
    // Printed symbol, without its quiet zone.
    static constexpr qreal minSymbolMm = 50;
    // The square the code and its quiet zone are fitted into.
    static constexpr qreal codeAreaMm = 63;
    static constexpr qreal codeAreaLeftMm = 0.5;

    // Paints `card` into `cardPx` (device pixels, 95 × 65 mm). Returns
    // where the code went; nullopt if the payload could not be encoded (a
    // notice is painted instead).
    static std::optional<QrMatrix::Placement> paint(QPainter &painter, const QRectF &cardPx,
                                                    const PersonCard &card,
                                                    const PageMetrics &metrics);
};

} // namespace pd::declaration
