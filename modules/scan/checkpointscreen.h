#pragma once

#include "checkinstore.h"
#include "checkpointcontroller.h"
#include "checkpointsettings.h"
#include "coderecognizer.h"
#include "framesource.h"
#include "scansettings.h"

#include <QMediaDevices>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace pd::core {
class CoreContext;
}

namespace pd::scan {

class CheckinLogModel;
class KeyboardWedgeFilter;
class ManualEntryDialog;
class Scanner;
class SerialScannerSource;
class VerdictBanner;
class VerdictSounds;
class VideoPreview;

// The checkpoint page: the camera picture, the verdict across the width
// with its sound, today's counts, the last entries and a search of the
// day's log. Scans come from the camera (or a video or image file), a
// handheld scanner typing like a keyboard, or one on a serial port; all go
// through one Scanner into the CheckpointController, whose verdict the page
// shows. Everything shown comes from the controller's signals and the log
// model; the page keeps no check-in data of its own.
//
// Keyboard (a handheld scanner types into whatever has the focus, so no
// shortcut is a plain key): F2 manual entry, Ctrl+F search, Esc clear the
// banner (and the search when it has the focus), F4 choose the source,
// Ctrl+T torch.
//
// The camera and the keyboard-wedge filter run only while the page is
// shown: another page, the idle lock or logging out release them.
class CheckpointScreen : public QWidget {
    Q_OBJECT

public:
    static constexpr int logRowLimit = 20;
    // Counts and the log follow midnight and automatic check-outs this often.
    static constexpr int housekeepingIntervalMs = 60 * 1000;
    // Typing in the search box waits this long for the next key.
    static constexpr int searchDelayMs = 250;

    enum class SourceKind { Camera, ScannerOnly, VideoFile, Images };
    Q_ENUM(SourceKind)

    CheckpointScreen(core::CoreContext &core, const QString &operatorUserId,
                     QWidget *parent = nullptr);
    ~CheckpointScreen() override;

    Scanner &scanner() { return *m_scanner; }
    CheckpointController &controller() { return *m_controller; }
    CheckinLogModel &logModel() { return *m_logModel; }
    KeyboardWedgeFilter &keyboardWedge() { return *m_wedge; }
    VerdictBanner &banner() { return *m_banner; }
    FrameSource *frameSource() const { return m_source.get(); }
    SourceKind sourceKind() const { return m_sourceKind; }

    // The same choices as the source selector, without its file dialogs.
    // `cameraId` empty: the configured camera, else the system's default.
    void useCamera(const QByteArray &cameraId = {});
    void useScannerOnly();
    void useVideoFile(const QString &path);
    // One image file, or every image in a folder.
    void useImages(const QString &path);

public Q_SLOTS:
    void openManualEntry();
    void focusSearch();
    void chooseSource();
    // Reads the device's checkpoint and scan settings again (the settings
    // page may have changed them) and the trusted PhongDich keys.
    void reloadSettings();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void createShortcuts();
    void setSource(SourceKind kind, std::unique_ptr<FrameSource> source);
    void startSource();
    void rebuildSourceList();
    void onSourceActivated(int index);
    void onSourceStatus();
    void onVerdict(const CheckpointVerdict &verdict);
    void onRecordFailed(const QString &message);
    void onEscape();
    void applySearch();
    void refreshLog();
    void refreshCounts();
    void housekeeping();
    void updateTorchButton();
    void updateModeIndicator();
    void updateLogTitle();
    void retranslateUi();
    QDate today() const;

    core::CoreContext &m_core;
    CheckinStore m_store;
    core::CodeRecognizer m_recognizer;
    std::unique_ptr<Scanner> m_scanner;
    std::unique_ptr<CheckpointController> m_controller;
    CheckinLogModel *m_logModel = nullptr;
    KeyboardWedgeFilter *m_wedge = nullptr;
    SerialScannerSource *m_serial = nullptr;
    std::unique_ptr<FrameSource> m_source;
    SourceKind m_sourceKind = SourceKind::ScannerOnly;
    QString m_sourcePath; // the video or image file in use
    CheckpointSettings m_checkpointSettings;
    ScanSettings m_scanSettings;
    QString m_settingsError;
    QMediaDevices m_mediaDevices;
    QTimer m_housekeepingTimer;
    QTimer m_searchTimer;
    VerdictSounds *m_sounds = nullptr;
    QPointer<ManualEntryDialog> m_manualEntry;

    QComboBox *m_sourceBox = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QToolButton *m_torchButton = nullptr;
    QPushButton *m_manualButton = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_inCount = nullptr;
    QLabel *m_outCount = nullptr;
    QLabel *m_refusedCount = nullptr;
    VerdictBanner *m_banner = nullptr;
    VideoPreview *m_preview = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_logTitle = nullptr;
    QTableView *m_logTable = nullptr;
    QLabel *m_statusLine = nullptr;
};

} // namespace pd::scan
