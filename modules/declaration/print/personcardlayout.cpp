#include "personcardlayout.h"

#include "cardtext.h"
#include "printtext.h"

#include <QPainter>

namespace pd::declaration {

namespace {

const QColor kAccent(0x00, 0x69, 0x5c); // the app's green; prints dark on mono lasers
const QColor kMuted(0x44, 0x44, 0x44);

} // namespace

std::optional<QrMatrix::Placement> PersonCardLayout::paint(QPainter &painter, const QRectF &cardPx,
                                                           const PersonCard &card,
                                                           const PageMetrics &metrics)
{
    const auto mm = [&](qreal value) {
        return metrics.px(value);
    };
    const QRectF codeArea(cardPx.left() + mm(codeAreaLeftMm),
                          cardPx.top() + (cardPx.height() - mm(codeAreaMm)) / 2, mm(codeAreaMm),
                          mm(codeAreaMm));

    std::optional<QrMatrix::Placement> placement;
    qreal textLeft = codeArea.right() + mm(1);
    const core::Result<QrMatrix> matrix = QrMatrix::encode(card.payload.toLatin1());
    if (matrix) {
        placement = matrix->fit(codeArea, mm(minSymbolMm));
        matrix->paint(painter, *placement);
        // The text starts after the quiet zone, never inside it.
        textLeft = placement->topLeft.x() + placement->symbolPx()
            + QrMatrix::quietZoneModules * placement->modulePx + mm(0.5);
    } else {
        PrintText::draw(painter, codeArea.adjusted(mm(5), mm(25), -mm(5), 0),
                        tr("The code could not be made."), {.pointSize = 9, .minPointSize = 7});
    }

    const QRectF column(textLeft, cardPx.top() + mm(4), cardPx.right() - mm(3) - textLeft,
                        cardPx.height() - mm(8));
    qreal y = column.top();
    const auto block = [&](const QString &text, const PrintText::Style &style, qreal maxHeightMm,
                           qreal gapMm) {
        const QRectF box(column.left(), y, column.width(),
                         std::min(mm(maxHeightMm), column.bottom() - y));
        const qreal used = PrintText::draw(painter, box, text, style);
        if (used > 0)
            y += used + mm(gapMm);
    };

    block(QStringLiteral("PhongDich"),
          {.pointSize = 10, .minPointSize = 8, .bold = true, .colour = kAccent}, 6, 0);
    block(tr("Personal QR card"), {.pointSize = 6.5, .minPointSize = 5.5, .colour = kMuted}, 6, 2);
    block(card.fullName, {.pointSize = 10, .minPointSize = 7, .bold = true}, 13, 2);

    const PrintText::Style value {.pointSize = 7.5, .minPointSize = 6};
    if (!card.maskedIdNumber.isEmpty())
        block(tr("ID: %1").arg(card.maskedIdNumber), value, 7, 1);
    if (!card.birthDate.isEmpty())
        block(tr("Born: %1").arg(card.birthDate), value, 7, 1);
    // The commune path names itself ("X. …, H. …, T. …"): no label.
    if (!card.commune.isEmpty())
        block(card.commune, {.pointSize = 7, .minPointSize = 5.5}, 10, 1);

    // Dates and the instruction sit at the bottom of the column.
    QString dates = tr("Issued %1").arg(CardText::date(card.issueDate));
    if (card.validUntil.isValid())
        dates += QLatin1Char('\n') + tr("Valid until %1").arg(CardText::date(card.validUntil));
    const PrintText::Style small {.pointSize = 6, .minPointSize = 5, .colour = kMuted};
    const PrintText::Style note {.pointSize = 6, .minPointSize = 5, .italic = true};
    const qreal noteHeight = mm(8);
    const qreal datesHeight = mm(6);
    y = std::max(y, column.bottom() - noteHeight - datesHeight - mm(1));
    const QStringList dateLines = dates.split(QLatin1Char('\n'));
    for (const QString &line : dateLines)
        y += PrintText::draw(painter, QRectF(column.left(), y, column.width(), mm(3)), line, small);
    y += mm(1);
    PrintText::draw(painter, QRectF(column.left(), y, column.width(), column.bottom() - y),
                    tr("Show this card and your ID at checkpoints. Do not fold the code."), note);
    return placement;
}

} // namespace pd::declaration
