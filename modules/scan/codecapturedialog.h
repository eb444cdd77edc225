#pragma once

#include "framesource.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace pd::core {
class Clock;
}

namespace pd::scan {

class Scanner;
class VideoPreview;

// Reads one code for a form (a CCCD or personal QR to fill in a health
// declaration): shows the frame source's picture — the camera, or any
// source a caller passes — and closes on the first code read, handing its
// payload back. Decoding runs on Scanner's worker thread as at the
// checkpoint.
class CodeCaptureDialog : public QDialog {
    Q_OBJECT

public:
    CodeCaptureDialog(const core::Clock &clock, std::unique_ptr<FrameSource> source,
                      QWidget *parent = nullptr);
    ~CodeCaptureDialog() override;

    QByteArray payload() const { return m_payload; }

Q_SIGNALS:
    void captured(const QByteArray &payload);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    void showSourceStatus();
    void retranslateUi();

    std::unique_ptr<Scanner> m_scanner;
    std::unique_ptr<FrameSource> m_source;
    QByteArray m_payload;
    VideoPreview *m_preview = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pd::scan
