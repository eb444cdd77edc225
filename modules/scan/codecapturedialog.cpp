#include "codecapturedialog.h"

#include "scanner.h"
#include "videopreview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::scan {

CodeCaptureDialog::CodeCaptureDialog(const core::Clock &clock, std::unique_ptr<FrameSource> source,
                                     QWidget *parent)
    : QDialog(parent), m_scanner(std::make_unique<Scanner>(clock)), m_source(std::move(source))
{
    setObjectName(QStringLiteral("codeCaptureDialog"));
    m_preview = new VideoPreview(this);
    m_preview->setMinimumSize(480, 360);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(this);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    connect(m_source.get(), &FrameSource::videoFrameReady, m_preview, &VideoPreview::setVideoFrame);
    connect(m_source.get(), &FrameSource::imageReady, m_preview, &VideoPreview::setImage);
    connect(m_source.get(), &FrameSource::statusChanged, this,
            &CodeCaptureDialog::showSourceStatus);
    connect(m_scanner.get(), &Scanner::frameDecoded, m_preview, &VideoPreview::showCodes);
    connect(m_scanner.get(), &Scanner::codeScanned, this, [this](const ScannedCode &scanned) {
        if (!m_payload.isEmpty())
            return;
        m_payload = scanned.code.text;
        Q_EMIT captured(m_payload);
        accept();
    });
    m_scanner->setFrameSource(m_source.get());
    retranslateUi();
}

CodeCaptureDialog::~CodeCaptureDialog()
{
    m_scanner->setFrameSource(nullptr);
    m_source->stop();
}

void CodeCaptureDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_source->status() == FrameSource::Status::Stopped)
        m_source->start();
}

void CodeCaptureDialog::done(int result)
{
    // The camera is released as soon as the dialog closes, not when it is
    // deleted: the checkpoint screen may want it next.
    m_source->stop();
    QDialog::done(result);
}

void CodeCaptureDialog::showSourceStatus()
{
    m_status->setText(m_source->status() == FrameSource::Status::Failed ? m_source->statusText()
                                                                        : QString());
}

void CodeCaptureDialog::retranslateUi()
{
    setWindowTitle(tr("Scan a code with the camera"));
    m_hint->setText(tr("Hold the CCCD or the personal QR code in front of the camera; the form "
                       "is filled in as soon as it is read."));
    m_preview->setPlaceholderText(tr("Starting the camera…"));
    m_cancel->setText(tr("Cancel"));
}

void CodeCaptureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::scan
