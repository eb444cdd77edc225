#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace pd::declaration {

// Text on a card or poster: word-wrapped into a box, made smaller (down to
// a floor) until it fits, and cut with an ellipsis only below that floor,
// so a long Vietnamese name or commune path never runs into the code.
class PrintText {
public:
    struct Style {
        qreal pointSize = 8;
        qreal minPointSize = 6;
        bool bold = false;
        bool italic = false;
        QColor colour = Qt::black;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    // The face every printed text uses; DejaVu Sans has every Vietnamese
    // letter (Debian's fonts-dejavu-core, bundled on Windows by the
    // installer) and the fallback keeps the system's sans serif otherwise.
    static QFont font(const Style &style);

    // Draws `text` at the top of `box` (device pixels) and returns the
    // height it took; 0 for empty text.
    static qreal draw(QPainter &painter, const QRectF &box, const QString &text,
                      const Style &style);
};

} // namespace pd::declaration
