#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace pd::core {
class CoreContext;
}
namespace pd::declaration {
class DeclarationsPage;
}
namespace pd::scan {
class CodeCaptureDialog;
class FrameSource;
class KeyboardWedgeFilter;
class SerialScannerSource;
} // namespace pd::scan

namespace pd::app {

// Wires pd_scan's handheld scanner to the declarations page, which may not
// include scan headers itself (modules talk through the app): while the
// page is shown, a code read by the keyboard-wedge scanner (or the serial
// scanner set up on "Checkpoint settings") goes to the page, which opens
// the form pre-filled from the CCCD or personal QR. The scanner's timing
// and port come from the device's scan settings each time the page opens.
// When the clerk asks for the camera, a CodeCaptureDialog reads one code
// with the camera of the scan settings and hands it to the page the same
// way.
class DeclarationScanBridge : public QObject {
    Q_OBJECT

public:
    // Owned by `page`.
    DeclarationScanBridge(core::CoreContext &core, declaration::DeclarationsPage *page);
    ~DeclarationScanBridge() override;

    scan::KeyboardWedgeFilter *wedge() const { return m_wedge; }
    // Opens the capture dialog on `source` (the configured camera when
    // null); its code goes to the page.
    scan::CodeCaptureDialog *captureCode(std::unique_ptr<scan::FrameSource> source = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void stop();
    void deliver(const QByteArray &payload);

    core::CoreContext &m_core;
    QPointer<declaration::DeclarationsPage> m_page;
    // The page as the event filter sees it: compared only, never cast, so
    // its events while it is being destroyed (already a plain QWidget) are
    // safe to look at.
    const QObject *m_watched = nullptr;
    scan::KeyboardWedgeFilter *m_wedge = nullptr;
    scan::SerialScannerSource *m_serial = nullptr;
};

} // namespace pd::app
