#include "venueposterdocument.h"

#include "cardtext.h"
#include "printtext.h"

#include <QPageSize>
#include <QPainter>

namespace pd::declaration {

namespace {

constexpr qreal kPageWidthMm = 210;
constexpr qreal kMarginMm = 15;
const QColor kAccent(0x00, 0x69, 0x5c);
const QColor kMuted(0x44, 0x44, 0x44);

} // namespace

VenuePosterDocument::VenuePosterDocument(VenuePoster poster) : m_poster(std::move(poster)) { }

QPageLayout VenuePosterDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

QString VenuePosterDocument::kindLabel(core::PdCodeContent::VenueKind kind)
{
    return kind == core::PdCodeContent::VenueKind::Checkpoint ? tr("CHECKPOINT") : tr("VENUE");
}

void VenuePosterDocument::paintPage(QPainter &painter, int page, const PageMetrics &metrics) const
{
    if (page == 0)
        paint(painter, metrics);
}

std::optional<QrMatrix::Placement> VenuePosterDocument::paint(QPainter &painter,
                                                              const PageMetrics &metrics) const
{
    const auto mm = [&](qreal value) {
        return metrics.px(value);
    };
    const qreal left = mm(kMarginMm);
    const qreal width = mm(kPageWidthMm - 2 * kMarginMm);

    // Header: the app on the left, what kind of place on the right.
    PrintText::draw(painter, QRectF(left, mm(12), width / 2, mm(8)), QStringLiteral("PhongDich"),
                    {.pointSize = 14, .minPointSize = 12, .bold = true, .colour = kAccent});
    PrintText::draw(
        painter, QRectF(left + width / 2, mm(12), width / 2, mm(8)), kindLabel(m_poster.kind),
        {.pointSize = 14, .minPointSize = 10, .bold = true, .alignment = Qt::AlignRight});
    PrintText::draw(
        painter, QRectF(left, mm(23), width, mm(14)), tr("Scan to check in"),
        {.pointSize = 32, .minPointSize = 20, .bold = true, .alignment = Qt::AlignHCenter});
    PrintText::draw(
        painter, QRectF(left, mm(39), width, mm(21)), m_poster.name,
        {.pointSize = 24, .minPointSize = 14, .bold = true, .alignment = Qt::AlignHCenter});

    std::optional<QrMatrix::Placement> placement;
    const QRectF codeArea(mm((kPageWidthMm - codeAreaMm) / 2), mm(codeAreaTopMm), mm(codeAreaMm),
                          mm(codeAreaMm));
    const core::Result<QrMatrix> matrix = QrMatrix::encode(m_poster.payload.toLatin1());
    if (matrix) {
        placement = matrix->fit(codeArea, mm(minSymbolMm));
        matrix->paint(painter, *placement);
    } else {
        PrintText::draw(painter, codeArea.adjusted(0, mm(80), 0, 0),
                        tr("The code could not be made."),
                        {.pointSize = 16, .minPointSize = 12, .alignment = Qt::AlignHCenter});
    }

    const qreal addressTop = mm(codeAreaTopMm + codeAreaMm + 1);
    QString address = m_poster.street;
    if (!m_poster.unitPath.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + m_poster.unitPath;
    PrintText::draw(painter, QRectF(left, addressTop, width, mm(18)), address,
                    {.pointSize = 14, .minPointSize = 9, .alignment = Qt::AlignHCenter});

    QString footer = tr("Issued %1").arg(CardText::date(m_poster.issueDate));
    if (m_poster.validUntil.isValid())
        footer +=
            QStringLiteral(" · ") + tr("Valid until %1").arg(CardText::date(m_poster.validUntil));
    PrintText::draw(
        painter, QRectF(left, mm(282), width, mm(6)), footer,
        {.pointSize = 9, .minPointSize = 8, .colour = kMuted, .alignment = Qt::AlignHCenter});
    return placement;
}

} // namespace pd::declaration
