#pragma once

#include "printdocument.h"
#include "qrmatrix.h"
#include "venueposter.h"

#include <QCoreApplication>

#include <optional>

namespace pd::declaration {

// One A4 portrait poster for a venue or checkpoint entrance: what it is,
// "Scan to check in", the venue name, the code (at least 15 × 15 cm so a
// webcam or phone reads it from a step away) and the address.
class VenuePosterDocument : public PrintDocument {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::VenuePosterDocument)

public:
    static constexpr qreal minSymbolMm = 150;
    // The square the code and its quiet zone are fitted into: 185 mm leaves
    // 12.5 mm at each side of the sheet and holds a version 7–15 symbol at
    // 150–165 mm.
    static constexpr qreal codeAreaMm = 185;
    static constexpr qreal codeAreaTopMm = 62;

    explicit VenuePosterDocument(VenuePoster poster);

    const VenuePoster &poster() const { return m_poster; }

    QPageLayout pageLayout() const override;
    int pageCount() const override { return 1; }
    void paintPage(QPainter &painter, int page, const PageMetrics &metrics) const override;

    // Paints the poster and returns where the code went (tests measure it).
    std::optional<QrMatrix::Placement> paint(QPainter &painter, const PageMetrics &metrics) const;

    static QString kindLabel(core::PdCodeContent::VenueKind kind);

private:
    VenuePoster m_poster;
};

} // namespace pd::declaration
