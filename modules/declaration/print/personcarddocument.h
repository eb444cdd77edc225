#pragma once

#include "personcard.h"
#include "printdocument.h"

#include <QList>
#include <QRectF>

namespace pd::declaration {

// The pages for the cards of some people.
//
// - A4 sheet: 8 cards (2 columns × 4 rows) on each A4 page, edge to edge
//   so one cut separates two cards, with cut marks in the margin at every
//   card edge; N people take ceil(N / 8) pages, the last partly filled.
//   For an office printer.
// - Single card: one card a page, the page the card's size (95 × 65 mm).
//   For a card printer, a print shop, or a PDF sent on.
class PersonCardDocument : public PrintDocument {
public:
    enum class Format { A4Sheet, SingleCard };

    static constexpr int columns = 2;
    static constexpr int rows = 4;
    static constexpr int cardsPerSheet = columns * rows;
    // Cut marks: a gap from the card edge, then a short line, inside the
    // sheet margin (10 mm at the sides, 18.5 mm top and bottom).
    static constexpr qreal cutMarkGapMm = 1.5;
    static constexpr qreal cutMarkLengthMm = 4;

    PersonCardDocument(QList<PersonCard> cards, Format format);

    Format format() const { return m_format; }
    const QList<PersonCard> &cards() const { return m_cards; }

    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page, const PageMetrics &metrics) const override;

    // Cards on page `page`: the indexes into cards().
    QList<int> cardsOnPage(int page) const;
    // Where the card in `slot` (0 … 7, row by row) lies on a page, in mm.
    QRectF slotRectMm(int slot) const;

private:
    void paintCutMarks(QPainter &painter, const PageMetrics &metrics) const;

    QList<PersonCard> m_cards;
    Format m_format;
};

} // namespace pd::declaration
