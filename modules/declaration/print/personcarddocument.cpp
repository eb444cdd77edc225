#include "personcarddocument.h"

#include "personcardlayout.h"

#include <QPageSize>
#include <QPainter>

namespace pd::declaration {

namespace {

constexpr qreal kA4WidthMm = 210;
constexpr qreal kA4HeightMm = 297;
constexpr qreal kSheetLeftMm =
    (kA4WidthMm - PersonCardDocument::columns * PersonCardLayout::widthMm) / 2;
constexpr qreal kSheetTopMm =
    (kA4HeightMm - PersonCardDocument::rows * PersonCardLayout::heightMm) / 2;

} // namespace

PersonCardDocument::PersonCardDocument(QList<PersonCard> cards, Format format)
    : m_cards(std::move(cards)), m_format(format)
{
}

QPageLayout PersonCardDocument::pageLayout() const
{
    if (m_format == Format::SingleCard) {
        const QPageSize card(QSizeF(PersonCardLayout::widthMm, PersonCardLayout::heightMm),
                             QPageSize::Millimeter, QStringLiteral("PhongDich card 95 x 65 mm"),
                             QPageSize::ExactMatch);
        return QPageLayout(card, QPageLayout::Portrait, QMarginsF());
    }
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

int PersonCardDocument::pageCount() const
{
    const int count = int(m_cards.size());
    if (m_format == Format::SingleCard)
        return count;
    return (count + cardsPerSheet - 1) / cardsPerSheet;
}

QList<int> PersonCardDocument::cardsOnPage(int page) const
{
    const int perPage = m_format == Format::SingleCard ? 1 : cardsPerSheet;
    QList<int> indexes;
    for (int i = page * perPage; i < std::min(int(m_cards.size()), (page + 1) * perPage); ++i)
        indexes << i;
    return indexes;
}

QRectF PersonCardDocument::slotRectMm(int slot) const
{
    if (m_format == Format::SingleCard)
        return {0, 0, PersonCardLayout::widthMm, PersonCardLayout::heightMm};
    return {kSheetLeftMm + (slot % columns) * PersonCardLayout::widthMm,
            kSheetTopMm + (slot / columns) * PersonCardLayout::heightMm, PersonCardLayout::widthMm,
            PersonCardLayout::heightMm};
}

void PersonCardDocument::paintPage(QPainter &painter, int page, const PageMetrics &metrics) const
{
    const QList<int> indexes = cardsOnPage(page);
    const auto toPx = [&](const QRectF &mm) {
        return QRectF(metrics.px(mm.left()), metrics.px(mm.top()), metrics.px(mm.width()),
                      metrics.px(mm.height()));
    };
    for (int slot = 0; slot < indexes.size(); ++slot) {
        const QRectF card = toPx(slotRectMm(slot));
        PersonCardLayout::paint(painter, card, m_cards[indexes[slot]], metrics);
        if (m_format == Format::A4Sheet) {
            // A hairline frame: scissors follow it where no guillotine is at
            // hand; light enough not to matter where the cut misses it.
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), metrics.px(0.2)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(card);
            painter.restore();
        }
    }
    if (m_format == Format::A4Sheet && !indexes.isEmpty())
        paintCutMarks(painter, metrics);
}

void PersonCardDocument::paintCutMarks(QPainter &painter, const PageMetrics &metrics) const
{
    const qreal left = kSheetLeftMm;
    const qreal top = kSheetTopMm;
    const qreal right = left + columns * PersonCardLayout::widthMm;
    const qreal bottom = top + rows * PersonCardLayout::heightMm;
    const auto line = [&](qreal x1, qreal y1, qreal x2, qreal y2) {
        painter.drawLine(QPointF(metrics.px(x1), metrics.px(y1)),
                         QPointF(metrics.px(x2), metrics.px(y2)));
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(Qt::black, metrics.px(0.25)));
    for (int column = 0; column <= columns; ++column) {
        const qreal x = left + column * PersonCardLayout::widthMm;
        line(x, top - cutMarkGapMm - cutMarkLengthMm, x, top - cutMarkGapMm);
        line(x, bottom + cutMarkGapMm, x, bottom + cutMarkGapMm + cutMarkLengthMm);
    }
    for (int row = 0; row <= rows; ++row) {
        const qreal y = top + row * PersonCardLayout::heightMm;
        line(left - cutMarkGapMm - cutMarkLengthMm, y, left - cutMarkGapMm, y);
        line(right + cutMarkGapMm, y, right + cutMarkGapMm + cutMarkLengthMm, y);
    }
    painter.restore();
}

} // namespace pd::declaration
