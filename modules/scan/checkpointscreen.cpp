#include "checkpointscreen.h"

#include "camerasource.h"
#include "checkinlogmodel.h"
#include "corecontext.h"
#include "dcctrustlistsetting.h"
#include "imagefilesource.h"
#include "keyboardwedgefilter.h"
#include "manualentrydialog.h"
#include "pdkeystore.h"
#include "scanlogging.h"
#include "scanner.h"
#include "serialscannersource.h"
#include "verdictbanner.h"
#include "verdictsounds.h"
#include "videofilesource.h"
#include "videopreview.h"

#include <QAudioDevice>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::scan {

namespace {
// What an entry of the source selector does.
enum class SourceChoice { Camera, ScannerOnly, CurrentFile, PickVideo, PickImages };
constexpr int kChoiceRole = Qt::UserRole + 1;
constexpr int kCameraIdRole = Qt::UserRole + 2;

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void setWarningLook(QLabel *label, bool warning)
{
    label->setProperty("warning", warning);
    label->setAutoFillBackground(warning);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (warning) {
        palette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2));
        palette.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x00));
    }
    label->setPalette(palette);
}
} // namespace

CheckpointScreen::CheckpointScreen(core::CoreContext &core, const QString &operatorUserId,
                                   QWidget *parent)
    : QWidget(parent),
      m_core(core),
      m_store(core),
      m_recognizer(core.clock()),
      m_scanner(std::make_unique<Scanner>(core.clock())),
      m_controller(std::make_unique<CheckpointController>(core, m_store, m_recognizer))
{
    setObjectName(QStringLiteral("checkpointScreen"));
    m_controller->setOperatorId(operatorUserId);
    m_logModel = new CheckinLogModel(m_store, logRowLimit, this);

    // The wedge judges key timing by the events' own timestamps and falls
    // back on the clock; it listens only while the page is shown.
    m_wedge = new KeyboardWedgeFilter(core.clock(), this);
    m_scanner->addKeyboardWedge(m_wedge);

    m_sounds = new VerdictSounds(this);

    buildUi();
    createShortcuts();

    connect(m_scanner.get(), &Scanner::codeScanned, m_controller.get(),
            &CheckpointController::handleScan);
    connect(m_scanner.get(), &Scanner::frameDecoded, m_preview, &VideoPreview::showCodes);
    connect(m_controller.get(), &CheckpointController::verdictReady, this,
            &CheckpointScreen::onVerdict);
    connect(m_controller.get(), &CheckpointController::recordFailed, this,
            &CheckpointScreen::onRecordFailed);
    connect(&m_mediaDevices, &QMediaDevices::videoInputsChanged, this, [this] {
        rebuildSourceList();
        // A camera plugged in after "no camera found" is used at once.
        if (isVisible() && m_sourceKind == SourceKind::Camera && m_source
            && m_source->status() == FrameSource::Status::Failed)
            startSource();
    });

    m_housekeepingTimer.setInterval(housekeepingIntervalMs);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &CheckpointScreen::housekeeping);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &CheckpointScreen::applySearch);

    reloadSettings();
    retranslateUi();
    useCamera();
    housekeeping();
}

CheckpointScreen::~CheckpointScreen()
{
    m_wedge->removeFromApplication();
    m_scanner->setFrameSource(nullptr);
    if (m_source)
        m_source->stop();
}

void CheckpointScreen::buildUi()
{
    m_sourceLabel = new QLabel(this);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(QStringLiteral("sourceBox"));
    // Long camera names must not widen the page past a small screen.
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceBox->setMinimumContentsLength(22);
    m_sourceLabel->setBuddy(m_sourceBox);
    connect(m_sourceBox, &QComboBox::activated, this, &CheckpointScreen::onSourceActivated);

    m_torchButton = new QToolButton(this);
    m_torchButton->setObjectName(QStringLiteral("torchButton"));
    m_torchButton->setCheckable(true);
    m_torchButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_torchButton->hide();
    connect(m_torchButton, &QToolButton::toggled, this, [this](bool on) {
        if (auto *camera = qobject_cast<CameraSource *>(m_source.get()))
            camera->setTorchEnabled(on);
    });

    m_manualButton = new QPushButton(this);
    m_manualButton->setObjectName(QStringLiteral("manualEntryButton"));
    connect(m_manualButton, &QPushButton::clicked, this, &CheckpointScreen::openManualEntry);

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setFont(scaledFont(font(), 1.1, true));
    m_modeLabel->setAutoFillBackground(true);
    m_modeLabel->setContentsMargins(8, 2, 8, 2);
    QPalette modePalette = m_modeLabel->palette();
    modePalette.setColor(QPalette::Window, QColor(0x0d, 0x47, 0xa1));
    modePalette.setColor(QPalette::WindowText, Qt::white);
    m_modeLabel->setPalette(modePalette);

    const QFont countFont = scaledFont(font(), 1.4, true);
    m_inCount = new QLabel(this);
    m_inCount->setObjectName(QStringLiteral("inCount"));
    m_outCount = new QLabel(this);
    m_outCount->setObjectName(QStringLiteral("outCount"));
    m_refusedCount = new QLabel(this);
    m_refusedCount->setObjectName(QStringLiteral("refusedCount"));
    for (QLabel *count : {m_inCount, m_outCount, m_refusedCount})
        count->setFont(countFont);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sourceLabel);
    top->addWidget(m_sourceBox);
    top->addWidget(m_torchButton);
    top->addWidget(m_manualButton);
    top->addStretch(1);
    top->addWidget(m_modeLabel);
    top->addSpacing(12);
    top->addWidget(m_inCount);
    top->addSpacing(12);
    top->addWidget(m_outCount);
    top->addSpacing(12);
    top->addWidget(m_refusedCount);

    m_banner = new VerdictBanner(this);

    m_preview = new VideoPreview(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CheckpointScreen::applySearch);
    m_logTitle = new QLabel(this);
    m_logTitle->setObjectName(QStringLiteral("logTitle"));
    m_logTitle->setFont(scaledFont(font(), 1.0, true));
    m_logTable = new QTableView(this);
    m_logTable->setObjectName(QStringLiteral("logTable"));
    m_logTable->setModel(m_logModel);
    m_logTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logTable->setAlternatingRowColors(true);
    m_logTable->setWordWrap(false);
    m_logTable->verticalHeader()->hide();
    m_logTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logTable->horizontalHeader()->setSectionResizeMode(CheckinLogModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_logTable->setMinimumWidth(320);

    auto *logColumn = new QVBoxLayout;
    logColumn->addWidget(m_search);
    logColumn->addWidget(m_logTitle);
    logColumn->addWidget(m_logTable, 1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_preview, 3);
    middle->addLayout(logColumn, 2);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setContentsMargins(6, 2, 6, 2);
    m_statusLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addWidget(m_statusLine);
}

void CheckpointScreen::createShortcuts()
{
    // Window-wide, so they work wherever the focus is on the page (or on the
    // navigation beside it); a page that is not shown has no shortcuts.
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::Key_F2), &CheckpointScreen::openManualEntry);
    add(QKeySequence(Qt::CTRL | Qt::Key_F), &CheckpointScreen::focusSearch);
    add(QKeySequence(Qt::Key_Escape), &CheckpointScreen::onEscape);
    add(QKeySequence(Qt::Key_F4), &CheckpointScreen::chooseSource);
    add(QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (m_torchButton->isVisible())
            m_torchButton->toggle();
    });
}

QDate CheckpointScreen::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs()).date();
}

void CheckpointScreen::reloadSettings()
{
    QStringList errors;
    if (auto checkpoint = CheckpointSettings::load(m_core.database()))
        m_checkpointSettings = *checkpoint;
    else
        errors << checkpoint.error().message;
    m_controller->setEntryExit(m_checkpointSettings.entryExit);

    if (auto scan = ScanSettings::load(m_core.database()))
        m_scanSettings = *scan;
    else
        errors << scan.error().message;
    m_scanner->applySettings(m_scanSettings);

    if (!m_scanSettings.serialPort.isEmpty() && !m_serial) {
        m_serial = new SerialScannerSource(this);
        m_scanner->addSerialScanner(m_serial);
        connect(m_serial, &SerialScannerSource::failed, this, &CheckpointScreen::onSourceStatus);
    }
    if (m_serial
        && (m_serial->portName() != m_scanSettings.serialPort
            || m_serial->baudRate() != m_scanSettings.serialBaudRate)) {
        m_serial->close();
        m_serial->setPortName(m_scanSettings.serialPort);
        m_serial->setBaudRate(m_scanSettings.serialBaudRate);
        if (isVisible() && !m_scanSettings.serialPort.isEmpty())
            m_serial->open();
    }

    // Codes signed by a key removed since are refused from the next scan.
    if (auto keys = core::PdKeyStore(m_core).trustedKeys())
        m_recognizer.setTrustedKeys(std::move(*keys));
    else
        errors << keys.error().message;
    // Without an EU DCC trust list (or with an unreadable one) DCCs show
    // amber, "signature not checked".
    auto trustList = DccTrustListSetting::load(m_core.database());
    if (trustList && *trustList)
        m_recognizer.setDccTrustList(std::move(**trustList));
    else
        m_recognizer.clearDccTrustList();
    if (!trustList)
        errors << trustList.error().message;

    m_settingsError = errors.join(QLatin1Char(' '));
    if (!m_settingsError.isEmpty())
        qCWarning(lcScan).noquote() << "Checkpoint settings:" << m_settingsError;
    updateModeIndicator();
    onSourceStatus();
}

void CheckpointScreen::useCamera(const QByteArray &cameraId)
{
    auto camera = std::make_unique<CameraSource>();
    camera->setCameraId(cameraId.isEmpty() ? m_scanSettings.cameraId : cameraId);
    camera->setResolution(m_scanSettings.resolution);
    camera->setTorchEnabled(m_scanSettings.torch);
    connect(camera.get(), &CameraSource::torchSupportChanged, this,
            &CheckpointScreen::updateTorchButton);
    setSource(SourceKind::Camera, std::move(camera));
}

void CheckpointScreen::useScannerOnly()
{
    setSource(SourceKind::ScannerOnly, nullptr);
}

void CheckpointScreen::useVideoFile(const QString &path)
{
    auto video = std::make_unique<VideoFileSource>();
    video->setFile(path);
    m_sourcePath = path;
    setSource(SourceKind::VideoFile, std::move(video));
}

void CheckpointScreen::useImages(const QString &path)
{
    auto images = std::make_unique<ImageFileSource>();
    images->setPath(path);
    connect(images.get(), &ImageFileSource::fileFailed, this,
            [](const QString &, const QString &reason) {
                qCWarning(lcScan).noquote() << "Image file skipped:" << reason;
            });
    m_sourcePath = path;
    setSource(SourceKind::Images, std::move(images));
}

void CheckpointScreen::setSource(SourceKind kind, std::unique_ptr<FrameSource> source)
{
    m_scanner->setFrameSource(nullptr);
    if (m_source) {
        m_source->disconnect(this);
        m_source->disconnect(m_preview);
        m_source->stop();
    }
    m_source = std::move(source);
    m_sourceKind = kind;
    m_preview->clearPicture();
    if (m_source) {
        connect(m_source.get(), &FrameSource::statusChanged, this,
                &CheckpointScreen::onSourceStatus);
        connect(m_source.get(), &FrameSource::videoFrameReady, m_preview,
                &VideoPreview::setVideoFrame);
        connect(m_source.get(), &FrameSource::imageReady, m_preview, &VideoPreview::setImage);
        m_scanner->setFrameSource(m_source.get());
        if (isVisible())
            startSource();
    }
    rebuildSourceList();
    updateTorchButton();
    onSourceStatus();
}

void CheckpointScreen::startSource()
{
    if (m_source)
        m_source->start();
}

void CheckpointScreen::rebuildSourceList()
{
    const QSignalBlocker blocker(m_sourceBox);
    m_sourceBox->clear();
    const auto add = [this](const QString &text, SourceChoice choice, const QByteArray &id = {}) {
        m_sourceBox->addItem(text);
        const int row = m_sourceBox->count() - 1;
        m_sourceBox->setItemData(row, int(choice), kChoiceRole);
        m_sourceBox->setItemData(row, id, kCameraIdRole);
        return row;
    };

    const auto *camera = qobject_cast<const CameraSource *>(m_source.get());
    int current = -1;
    int defaultCamera = -1;
    const QList<CameraSource::CameraInfo> cameras = CameraSource::availableCameras();
    for (const CameraSource::CameraInfo &info : cameras) {
        const int row = add(info.description, SourceChoice::Camera, info.id);
        if (info.isDefault)
            defaultCamera = row;
        if (camera && camera->cameraId() == info.id)
            current = row;
    }
    if (cameras.isEmpty())
        defaultCamera = add(tr("Camera (none found)"), SourceChoice::Camera);
    if (camera && current < 0)
        current = defaultCamera >= 0 ? defaultCamera : 0;

    const int scannerOnly = add(tr("Handheld scanner only"), SourceChoice::ScannerOnly);
    if (m_sourceKind == SourceKind::ScannerOnly)
        current = scannerOnly;
    const QString fileName = QFileInfo(m_sourcePath).fileName();
    if (m_sourceKind == SourceKind::VideoFile)
        current = add(tr("Video: %1").arg(fileName), SourceChoice::CurrentFile);
    else if (m_sourceKind == SourceKind::Images)
        current = add(tr("Images: %1").arg(fileName), SourceChoice::CurrentFile);
    add(tr("Video file…"), SourceChoice::PickVideo);
    add(tr("Images…"), SourceChoice::PickImages);
    m_sourceBox->setCurrentIndex(qMax(0, current));
}

void CheckpointScreen::chooseSource()
{
    m_sourceBox->setFocus(Qt::ShortcutFocusReason);
    m_sourceBox->showPopup();
}

void CheckpointScreen::onSourceActivated(int index)
{
    // Back to the log once chosen: a combo box with the focus changes on
    // arrow keys and typed letters, and nobody should switch the camera off
    // by leaning on the keyboard.
    m_logTable->setFocus(Qt::OtherFocusReason);
    const auto choice = SourceChoice(m_sourceBox->itemData(index, kChoiceRole).toInt());
    switch (choice) {
    case SourceChoice::Camera:
        useCamera(m_sourceBox->itemData(index, kCameraIdRole).toByteArray());
        return;
    case SourceChoice::ScannerOnly:
        useScannerOnly();
        return;
    case SourceChoice::CurrentFile:
        return;
    case SourceChoice::PickVideo: {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a video file"),
            QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
            tr("Videos (*.mp4 *.avi *.mkv *.webm *.mov);;All files (*)"));
        if (path.isEmpty())
            rebuildSourceList(); // back to the source in use
        else
            useVideoFile(path);
        return;
    }
    case SourceChoice::PickImages: {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            patterns << QStringLiteral("*.") + QString::fromLatin1(format);
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose an image"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
        if (path.isEmpty())
            rebuildSourceList();
        else
            useImages(path);
        return;
    }
    }
}

void CheckpointScreen::onSourceStatus()
{
    QString text;
    bool warning = false;
    const FrameSource::Status status = m_source ? m_source->status() : FrameSource::Status::Stopped;
    const QString fileName = QFileInfo(m_sourcePath).fileName();
    switch (m_sourceKind) {
    case SourceKind::ScannerOnly:
        text = tr("No camera in use: scan with the handheld scanner.");
        m_preview->setPlaceholderText(
            tr("Handheld scanner only.\nF4: choose a camera, a video or images."));
        break;
    case SourceKind::Camera:
        switch (status) {
        case FrameSource::Status::Starting:
            text = tr("Starting the camera…");
            break;
        case FrameSource::Status::Running:
            text = tr("Camera on.");
            break;
        case FrameSource::Status::Failed:
            warning = true;
            text = m_source->statusText();
            break;
        case FrameSource::Status::Stopped:
        case FrameSource::Status::Finished:
            text = tr("Camera off.");
            break;
        }
        // A frozen last frame would look like a live camera.
        if (status != FrameSource::Status::Running)
            m_preview->clearPicture();
        m_preview->setPlaceholderText(
            tr("No camera picture.\nScan with the handheld scanner, or press F4 to choose a "
               "video or images."));
        break;
    case SourceKind::VideoFile:
    case SourceKind::Images: {
        const bool video = m_sourceKind == SourceKind::VideoFile;
        switch (status) {
        case FrameSource::Status::Starting:
            text = tr("Opening %1…").arg(fileName);
            break;
        case FrameSource::Status::Running:
            text = video ? tr("Playing %1.").arg(fileName) : tr("Reading %1.").arg(fileName);
            break;
        case FrameSource::Status::Finished:
            text = video ? tr("The video has ended.") : tr("All images read.");
            break;
        case FrameSource::Status::Failed:
            warning = true;
            text = m_source->statusText();
            break;
        case FrameSource::Status::Stopped:
            text = video ? tr("Video stopped.") : tr("Images stopped.");
            break;
        }
        m_preview->setPlaceholderText(tr("No picture yet."));
        break;
    }
    }
    if (m_serial && !m_serial->isOpen() && isVisible() && !m_scanSettings.serialPort.isEmpty()) {
        warning = true;
        text += QLatin1Char(' ')
            + tr("The serial scanner on %1 is not connected.").arg(m_scanSettings.serialPort);
    }
    if (!m_settingsError.isEmpty()) {
        warning = true;
        text += QLatin1Char(' ') + m_settingsError;
    }
    m_statusLine->setText(text);
    setWarningLook(m_statusLine, warning);
}

void CheckpointScreen::updateTorchButton()
{
    const auto *camera = qobject_cast<const CameraSource *>(m_source.get());
    const bool supported = camera && camera->isTorchSupported();
    m_torchButton->setVisible(supported);
    if (camera) {
        const QSignalBlocker blocker(m_torchButton);
        m_torchButton->setChecked(camera->isTorchEnabled());
    }
}

void CheckpointScreen::updateModeIndicator()
{
    m_modeLabel->setVisible(m_checkpointSettings.entryExit);
}

void CheckpointScreen::onVerdict(const CheckpointVerdict &verdict)
{
    m_banner->showVerdict(verdict);
    m_sounds->play(verdict.light);
    refreshLog();
    refreshCounts();
}

void CheckpointScreen::onRecordFailed(const QString &message)
{
    m_banner->showFailure(message);
    m_sounds->play(CheckpointVerdict::Light::Red);
}

void CheckpointScreen::onEscape()
{
    if (m_search->hasFocus() && !m_search->text().isEmpty()) {
        m_search->clear();
        applySearch();
    }
    m_banner->clear();
}

void CheckpointScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CheckpointScreen::applySearch()
{
    m_searchTimer.stop();
    m_logModel->setSearch(today(), m_search->text());
    updateLogTitle();
}

void CheckpointScreen::refreshLog()
{
    if (!m_logModel->refresh())
        qCWarning(lcScan) << "The check-in log could not be read";
    updateLogTitle();
}

void CheckpointScreen::refreshCounts()
{
    const auto counts = m_store.countsForDay(today());
    if (!counts) {
        qCWarning(lcScan).noquote() << "Counts:" << counts.error().message;
        return;
    }
    m_inCount->setText(tr("In: %1").arg(counts->in));
    m_outCount->setText(tr("Out: %1").arg(counts->out));
    m_refusedCount->setText(tr("Refused: %1").arg(counts->refused));
    m_inCount->setToolTip(tr("People who entered today with a valid code or ID."));
    m_outCount->setToolTip(tr("People who left today."));
    m_refusedCount->setToolTip(tr("Scans today that were not valid."));
}

void CheckpointScreen::updateLogTitle()
{
    if (m_search->text().trimmed().isEmpty())
        m_logTitle->setText(tr("Last %n entries", nullptr, logRowLimit));
    else
        m_logTitle->setText(tr("Today, matching the search: %n", nullptr, m_logModel->rowCount()));
}

void CheckpointScreen::housekeeping()
{
    // Automatic check-outs and purges are CheckinMaintenance's, app-wide;
    // the page shows what they changed within a minute. The search is of
    // today's log, and today may have become tomorrow.
    if (!m_search->text().trimmed().isEmpty())
        m_logModel->setSearch(today(), m_search->text());
    refreshLog();
    refreshCounts();
}

void CheckpointScreen::openManualEntry()
{
    if (m_manualEntry) {
        m_manualEntry->raise();
        m_manualEntry->activateWindow();
        return;
    }
    m_manualEntry = new ManualEntryDialog(*m_controller, this);
    m_manualEntry->setAttribute(Qt::WA_DeleteOnClose);
    m_manualEntry->open();
}

void CheckpointScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return; // un-minimised: nothing was stopped
    reloadSettings();
    m_wedge->installOnApplication();
    if (m_serial && !m_scanSettings.serialPort.isEmpty())
        m_serial->open();
    if (m_source
        && (m_source->status() == FrameSource::Status::Stopped
            || (m_sourceKind == SourceKind::Camera
                && m_source->status() == FrameSource::Status::Failed)))
        startSource();
    housekeeping();
    m_housekeepingTimer.start();
    if (!isAncestorOf(focusWidget()))
        m_logTable->setFocus(Qt::OtherFocusReason);
}

void CheckpointScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous())
        return; // minimised: the checkpoint keeps scanning
    m_wedge->removeFromApplication();
    if (m_serial)
        m_serial->close();
    if (m_source && m_source->isLive())
        m_source->stop();
    m_housekeepingTimer.stop();
}

void CheckpointScreen::retranslateUi()
{
    m_sourceLabel->setText(tr("Sou&rce (F4):"));
    m_sourceBox->setToolTip(tr("Where codes are read from (F4)"));
    m_torchButton->setText(tr("Torch"));
    m_torchButton->setToolTip(tr("Camera light on or off (Ctrl+T)"));
    m_manualButton->setText(tr("Manual entry (F2)"));
    m_manualButton->setToolTip(tr("Record a person who has no code"));
    m_modeLabel->setText(tr("ENTRY / EXIT"));
    m_modeLabel->setToolTip(
        tr("Entry and exit are both recorded: a person's second scan is the exit."));
    m_search->setPlaceholderText(tr("Search today: name or ID number (Ctrl+F)"));
    rebuildSourceList();
    refreshLog(); // the log's column titles too
    refreshCounts();
    onSourceStatus();
}

void CheckpointScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pd::scan
