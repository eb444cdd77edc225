#pragma once

#include "frameresult.h"

#include <QImage>
#include <QList>
#include <QPolygon>
#include <QTimer>
#include <QVideoFrame>
#include <QWidget>

namespace pd::scan {

// The picture the scanner sees: the newest video frame (or image file),
// scaled to fit, with the codes found in it outlined so the person holding
// a phone up sees that it was read. Painting happens on the widget's own
// repaints, so a camera faster than the screen costs no extra conversions.
class VideoPreview : public QWidget {
    Q_OBJECT

public:
    // An outline stays this long after the frame it was found in.
    static constexpr int outlineHoldMs = 1000;

    explicit VideoPreview(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What is drawn when there is no picture (no camera, scanner only).
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    bool hasPicture() const { return m_frame.isValid() || !m_image.isNull(); }
    // The outlines drawn now, in frame pixels.
    QList<QPolygon> outlines() const { return m_outlines; }

public Q_SLOTS:
    void setVideoFrame(const QVideoFrame &frame);
    void setImage(const QImage &image);
    void showCodes(const pd::scan::FrameResult &result);
    void clearPicture();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize pictureSize() const;
    QRect pictureRect() const;

    QVideoFrame m_frame;
    QImage m_image;
    QList<QPolygon> m_outlines;
    QSize m_outlineFrameSize;
    QTimer m_outlineTimer;
    QString m_placeholder;
};

} // namespace pd::scan
