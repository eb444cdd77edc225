#include "printtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace pd::declaration {

namespace {

constexpr qreal pointStep = 0.5;

// Lines of `text` wrapped at `width`, or empty when a single word is wider
// than the box (the caller then tries a smaller size).
QStringList wrap(const QString &text, const QFont &font, const QPaintDevice *device, qreal width,
                 QTextOption::WrapMode mode = QTextOption::WordWrap)
{
    QStringList lines;
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width + 0.5)
            return {};
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

QFont PrintText::font(const Style &style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(style.pointSize);
    font.setBold(style.bold);
    font.setItalic(style.italic);
    // Hinting snaps glyphs to the preview's coarse pixels and changes line
    // breaks between preview and print; metrics must not depend on dpi.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal PrintText::draw(QPainter &painter, const QRectF &box, const QString &text, const Style &style)
{
    if (text.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return 0;
    const QPaintDevice *device = painter.device();
    QFont font = PrintText::font(style);
    QStringList lines;
    qreal lineHeight = 0;
    for (qreal size = style.pointSize; size >= style.minPointSize - 0.01; size -= pointStep) {
        font.setPointSizeF(size);
        lineHeight = QFontMetricsF(font, device).lineSpacing();
        lines = wrap(text, font, device, box.width());
        if (!lines.isEmpty() && lines.size() * lineHeight <= box.height() + 0.5)
            break;
    }
    const QFontMetricsF metrics(font, device);
    // Still too long at the smallest size: keep the lines that fit and end
    // the last with an ellipsis; a word wider than the box is broken.
    const int maxLines = std::max(1, int((box.height() + 0.5) / lineHeight));
    if (lines.isEmpty())
        lines = wrap(text, font, device, box.width(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (lines.isEmpty())
        lines = QStringList {text};
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << rest;
    }
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, box.width());

    painter.save();
    painter.setFont(font);
    painter.setPen(style.colour);
    qreal y = box.top();
    for (const QString &line : std::as_const(lines)) {
        painter.drawText(QRectF(box.left(), y, box.width(), lineHeight),
                         int(style.alignment | Qt::AlignTop) | Qt::TextSingleLine, line);
        y += lineHeight;
    }
    painter.restore();
    return y - box.top();
}

} // namespace pd::declaration
