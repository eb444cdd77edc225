#pragma once

#include <QPageLayout>

class QPainter;

namespace pd::declaration {

// Millimetres to device pixels for one paint device. Pages are painted in
// device pixels (not in a scaled millimetre system) so the QR painter can
// put whole modules on whole pixels.
struct PageMetrics {
    qreal dpi = 300;

    qreal px(qreal mm) const { return mm * dpi / 25.4; }
    qreal mm(qreal px) const { return px * 25.4 / dpi; }
};

// Pages of something to print: the cards of some people, a venue poster.
// The same paintPage() draws a PDF page (QPdfWriter), a printer page
// (QPrinter) and a preview or test image (QImage), so what is checked in
// an image is what is printed. Implementations hold plain data and are
// painted from a worker thread for PDFs, so paintPage() must be const and
// touch nothing shared.
class PrintDocument {
public:
    virtual ~PrintDocument() = default;

    // Page size and orientation; margins are zero, the layouts keep their
    // own (painting starts at the paper's corner).
    virtual QPageLayout pageLayout() const = 0;
    virtual int pageCount() const = 0;
    // Paints page `page` (0-based) onto a white page whose top-left corner
    // is the painter's origin, in device pixels.
    virtual void paintPage(QPainter &painter, int page, const PageMetrics &metrics) const = 0;
};

} // namespace pd::declaration
