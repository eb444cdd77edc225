#include "declarationscanbridge.h"

#include "camerasource.h"
#include "codecapturedialog.h"
#include "corecontext.h"
#include "declarationspage.h"
#include "keyboardwedgefilter.h"
#include "scansettings.h"
#include "serialscannersource.h"

#include <QEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeclarationScan, "pd.app.declarationscan")

namespace pd::app {

DeclarationScanBridge::DeclarationScanBridge(core::CoreContext &core,
                                             declaration::DeclarationsPage *page)
    : QObject(page), m_core(core), m_page(page), m_watched(page)
{
    m_wedge = new scan::KeyboardWedgeFilter(core.clock(), this);
    connect(m_wedge, &scan::KeyboardWedgeFilter::scanned, this, &DeclarationScanBridge::deliver);
    connect(page, &declaration::DeclarationsPage::cameraScanRequested, this,
            [this] { captureCode(); });
    page->installEventFilter(this);
    if (page->isVisible())
        start();
}

DeclarationScanBridge::~DeclarationScanBridge()
{
    stop();
}

bool DeclarationScanBridge::eventFilter(QObject *watched, QEvent *event)
{
    // Spontaneous show/hide is the window being (un)minimised: the page
    // stays the current one and keeps listening.
    if (watched == m_watched && !event->spontaneous()) {
        if (event->type() == QEvent::Show)
            start();
        else if (event->type() == QEvent::Hide)
            stop();
    }
    return QObject::eventFilter(watched, event);
}

scan::CodeCaptureDialog *
DeclarationScanBridge::captureCode(std::unique_ptr<scan::FrameSource> source)
{
    if (!m_page)
        return nullptr;
    if (!source) {
        const auto settings =
            scan::ScanSettings::load(m_core.database()).value_or(scan::ScanSettings());
        auto camera = std::make_unique<scan::CameraSource>();
        camera->setCameraId(settings.cameraId);
        camera->setResolution(settings.resolution);
        source = std::move(camera);
    }
    auto *dialog = new scan::CodeCaptureDialog(m_core.clock(), std::move(source), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &scan::CodeCaptureDialog::captured, this, &DeclarationScanBridge::deliver);
    dialog->open();
    return dialog;
}

void DeclarationScanBridge::start()
{
    auto settings = scan::ScanSettings::load(m_core.database());
    if (!settings) {
        qCWarning(lcDeclarationScan) << "scan settings unreadable:" << settings.error().code;
        settings = scan::ScanSettings();
    }
    m_wedge->setInterKeyMs(settings->wedgeInterKeyMs);
    m_wedge->setMinLength(settings->wedgeMinLength);
    if (settings->wedgeEnabled)
        m_wedge->installOnApplication();
    else
        m_wedge->removeFromApplication();

    if (settings->serialPort.isEmpty()) {
        if (m_serial)
            m_serial->close();
        return;
    }
    if (!m_serial) {
        m_serial = new scan::SerialScannerSource(this);
        connect(m_serial, &scan::SerialScannerSource::scanned, this,
                &DeclarationScanBridge::deliver);
    }
    m_serial->close();
    m_serial->setPortName(settings->serialPort);
    m_serial->setBaudRate(settings->serialBaudRate);
    QString error;
    if (!m_serial->open(&error))
        qCWarning(lcDeclarationScan) << "serial scanner not opened";
}

void DeclarationScanBridge::stop()
{
    m_wedge->removeFromApplication();
    if (m_serial)
        m_serial->close();
}

void DeclarationScanBridge::deliver(const QByteArray &payload)
{
    if (m_page)
        m_page->applyPayload(payload);
}

} // namespace pd::app
