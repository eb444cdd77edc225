#include "videopreview.h"

#include <QPainter>

namespace pd::scan {

VideoPreview::VideoPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoPreview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Every pixel is painted; nothing underneath needs drawing first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_outlineTimer.setSingleShot(true);
    connect(&m_outlineTimer, &QTimer::timeout, this, [this] {
        m_outlines.clear();
        update();
    });
}

QSize VideoPreview::sizeHint() const
{
    return {640, 360};
}

QSize VideoPreview::minimumSizeHint() const
{
    return {240, 135};
}

void VideoPreview::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (!hasPicture())
        update();
}

void VideoPreview::setVideoFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame;
    m_image = QImage();
    update();
}

void VideoPreview::setImage(const QImage &image)
{
    m_image = image;
    m_frame = QVideoFrame();
    update();
}

void VideoPreview::showCodes(const FrameResult &result)
{
    if (result.codes.isEmpty())
        return; // the last outline fades on its own
    m_outlines.clear();
    for (const DecodedCode &code : result.codes)
        m_outlines.append(code.position());
    m_outlineFrameSize = result.frameSize;
    m_outlineTimer.start(outlineHoldMs);
    update();
}

void VideoPreview::clearPicture()
{
    m_frame = QVideoFrame();
    m_image = QImage();
    m_outlines.clear();
    m_outlineTimer.stop();
    update();
}

QSize VideoPreview::pictureSize() const
{
    return m_frame.isValid() ? m_frame.size() : m_image.size();
}

QRect VideoPreview::pictureRect() const
{
    const QSize size = pictureSize().scaled(this->size(), Qt::KeepAspectRatio);
    QRect target(QPoint(), size);
    target.moveCenter(rect().center());
    return target;
}

void VideoPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x24, 0x28));
    if (!hasPicture()) {
        painter.setPen(QColor(0xcf, 0xd8, 0xdc));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }

    const QRect target = pictureRect();
    if (m_frame.isValid()) {
        QVideoFrame::PaintOptions options;
        options.aspectRatioMode = Qt::IgnoreAspectRatio; // target already fits
        m_frame.paint(&painter, target, options);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
    }

    if (m_outlines.isEmpty() || m_outlineFrameSize.isEmpty())
        return;
    // Corners are in frame pixels; the frame is drawn scaled into target.
    const double sx = double(target.width()) / m_outlineFrameSize.width();
    const double sy = double(target.height()) / m_outlineFrameSize.height();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const QPolygon &outline : std::as_const(m_outlines)) {
        QPolygonF mapped;
        for (const QPoint &corner : outline)
            mapped << QPointF(target.left() + corner.x() * sx, target.top() + corner.y() * sy);
        // A dark edge under the bright one so it shows on any background.
        painter.setPen(QPen(QColor(0, 0, 0, 160), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolygon(mapped);
        painter.setPen(
            QPen(QColor(0x4c, 0xe0, 0x6a), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolygon(mapped);
    }
}

} // namespace pd::scan
