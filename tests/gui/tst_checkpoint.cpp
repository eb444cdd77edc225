// The checkpoint screen on the offscreen platform with a real data file:
// it fits a 1366×768 laptop, scans from the handheld scanner (keyboard
// wedge) and from an image file reach the banner, the counts and the log,
// manual entry refuses wrong fields without writing, the search finds the
// day's entries by folded name and ID prefix, and the shortcuts work
// without taking plain keys from the scanner.
//
// PD_SCREENSHOT=/path/to/file.png saves the screen after an image scan.
#include "checkinlogmodel.h"
#include "checkinstore.h"
#include "checkpointscreen.h"
#include "checkpointsettings.h"
#include "codeimages.h"
#include "corecontext.h"
#include "keyboardwedgefilter.h"
#include "manualentrydialog.h"
#include "mjpegaviwriter.h"
#include "scanner.h"
#include "scannerkeys.h"
#include "verdictbanner.h"
#include "videopreview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCameraDevice>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using scan::CheckpointScreen;
using scan::ManualEntryDialog;
using scan::VerdictBanner;

namespace {
constexpr QSize kLaptopScreen {1366, 768};
// What the main window leaves a page on that screen: the navigation list
// (220 px), window frame, menu bar, status bar and a task bar.
constexpr QSize kPageArea {kLaptopScreen.width() - 250, kLaptopScreen.height() - 170};
constexpr qint64 kHourMs = 60 * 60 * 1000;

// A CCCD QR that holds up at the test's date (2021-08-02): province 079,
// digit 4 "1" (female, 1900s), digits 5–6 "92", issued at 29 so valid
// until 40.
const QByteArray kHoa =
    QByteArrayLiteral("079192001234||Trần Thị Hoà|15031992|Nữ|Số 1 Phố Huế, Hà Nội|01062021");
// The same person with digit 4 and digits 5–6 of a man born in 2001.
const QByteArray kHoaWrongNumber =
    QByteArrayLiteral("079201001234||Trần Thị Hoà|15031992|Nữ|Số 1 Phố Huế, Hà Nội|01062021");
const QByteArray kDuc = QByteArrayLiteral(
    "001090001234||Nguyễn Văn Đức|01011990|Nam|Phúc Xá, Ba Đình, Hà Nội|10052021");

template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fitsLaptopScreen();
    void scannerBurstGivesGreenVerdict();
    void invalidCodeIsRefusedAndLogged();
    void unknownTextNeedsAttention();
    void manualEntryRefusesWrongFields_data();
    void manualEntryRefusesWrongFields();
    void manualEntryRecordsPerson();
    void searchByFoldedNameAndIdPrefix();
    void escapeClearsBannerAndBannerTimesOut();
    void entryExitMode();
    void imageFileDecodesToVerdict();
    void videoFileShowsFramesAndVerdict();
    void noCameraShowsStatusLine();
    void sourceChosenByKeyboard();

private:
    // The payload typed as a keyboard-wedge scanner types it: 4 ms a key,
    // then Enter, into whatever has the focus.
    void scanWithWedge(const QByteArray &payload);
    int rowsInDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<CheckpointScreen> m_screen;
    quint64 m_keyTimeMs = 1'000;
};

void TestCheckpoint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCheckpoint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // 2021-08-02 09:00 local time: a working morning at the checkpoint.
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(9, 0)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("checkpoint.sqlite")),
                                        {scan::CheckinStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    core::DeviceSettings settings;
    settings.deviceName = QStringLiteral("Chốt Km 12");
    settings.locationUnitCode = QStringLiteral("00001");
    settings.locationName = QStringLiteral("Chốt kiểm dịch Phúc Xá");
    QVERIFY(m_core->settings().save(settings));

    m_screen = std::make_unique<CheckpointScreen>(*m_core, QStringLiteral("operator-1"));
    m_screen->resize(kLaptopScreen);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TestCheckpoint::cleanup()
{
    m_screen.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestCheckpoint::scanWithWedge(const QByteArray &payload)
{
    for (const QChar ch : QString::fromUtf8(payload)) {
        test::strokeKey(ch, m_keyTimeMs, m_screen.get());
        m_keyTimeMs += 4;
    }
    test::strokeKey(QLatin1Char('\r'), m_keyTimeMs, m_screen.get());
    // The next scan comes well after: a person's pace between two people.
    m_keyTimeMs += 2'000;
}

int TestCheckpoint::rowsInDatabase()
{
    auto rows = scan::CheckinStore(*m_core).latest(1000);
    return rows ? int(rows->size()) : -1;
}

void TestCheckpoint::fitsLaptopScreen()
{
    // Nothing asks for more room than the page has beside the navigation.
    const QSize minimum = m_screen->minimumSizeHint();
    QVERIFY2(
        minimum.width() <= kPageArea.width() && minimum.height() <= kPageArea.height(),
        qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    const QRect screenRect = m_screen->rect();
    for (QWidget *widget : m_screen->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        QVERIFY2(widget->minimumSizeHint().width() <= kLaptopScreen.width(),
                 qPrintable(widget->objectName()));
        const QRect inScreen(widget->mapTo(m_screen.get(), QPoint()), widget->size());
        QVERIFY2(screenRect.contains(inScreen),
                 qPrintable(widget->objectName() + QLatin1String(" outside the screen")));
    }

    auto *banner = child<VerdictBanner>(m_screen.get(), "verdictBanner");
    auto *preview = child<scan::VideoPreview>(m_screen.get(), "videoPreview");
    auto *log = child<QTableView>(m_screen.get(), "logTable");
    QVERIFY(banner && preview && log);
    QVERIFY(banner->isVisible() && preview->isVisible() && log->isVisible());
    // The banner spans the page; the picture is the largest thing on it.
    QVERIFY(banner->width() >= m_screen->width() - 40);
    QVERIFY(preview->width() >= 640);
    QVERIFY(preview->height() >= 360);
    QVERIFY(log->viewport()->height() >= 10 * log->verticalHeader()->defaultSectionSize());

    // And in the page area of the main window it still lays out.
    m_screen->resize(kPageArea);
    QTRY_COMPARE(m_screen->size(), kPageArea);
    QVERIFY(preview->width() >= 480);
    QVERIFY(log->width() >= 320);
    QCOMPARE(banner->state(), VerdictBanner::State::Ready);
}

void TestCheckpoint::scannerBurstGivesGreenVerdict()
{
    // The operator was searching; a scan must not land in the search box.
    auto *search = child<QLineEdit>(m_screen.get(), "searchField");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QSignalSpy verdicts(&m_screen->controller(), &scan::CheckpointController::verdictReady);
    scanWithWedge(kHoa);

    QCOMPARE(verdicts.size(), 1);
    VerdictBanner &banner = m_screen->banner();
    QCOMPARE(banner.state(), VerdictBanner::State::Green);
    QCOMPARE(banner.title(), QStringLiteral("Valid — ENTRY"));
    QCOMPARE(banner.name(), QStringLiteral("Trần Thị Hoà"));
    QCOMPARE(child<QLabel>(m_screen.get(), "inCount")->text(), QStringLiteral("In: 1"));
    QCOMPARE(child<QLabel>(m_screen.get(), "refusedCount")->text(), QStringLiteral("Refused: 0"));

    const scan::CheckinLogModel &model = m_screen->logModel();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, scan::CheckinLogModel::NameColumn).data().toString(),
             QStringLiteral("Trần Thị Hoà"));
    QCOMPARE(model.index(0, scan::CheckinLogModel::IdNumberColumn).data().toString(),
             QStringLiteral("••••••••1234"));
    QVERIFY(model.index(0, 0).data(scan::CheckinLogModel::PassedRole).toBool());

    // Nothing held back to hand on later: the whole burst was the scan.
    QCOMPARE(m_screen->keyboardWedge().heldKeyCount(), 0);
    QCOMPARE(search->text(), QString());
}

void TestCheckpoint::invalidCodeIsRefusedAndLogged()
{
    scanWithWedge(kHoaWrongNumber);
    VerdictBanner &banner = m_screen->banner();
    QCOMPARE(banner.state(), VerdictBanner::State::Red);
    QCOMPARE(banner.title(), QStringLiteral("Refused"));
    QVERIFY2(banner.reason().startsWith(QLatin1String("ID number: digit 4")),
             qPrintable(banner.reason()));
    QCOMPARE(child<QLabel>(m_screen.get(), "inCount")->text(), QStringLiteral("In: 0"));
    QCOMPARE(child<QLabel>(m_screen.get(), "refusedCount")->text(), QStringLiteral("Refused: 1"));
    QCOMPARE(m_screen->logModel().rowCount(), 1);
    QCOMPARE(
        m_screen->logModel().index(0, 0).data(scan::CheckinLogModel::VerdictKeyRole).toString(),
        QStringLiteral("invalid"));
}

void TestCheckpoint::unknownTextNeedsAttention()
{
    m_screen->scanner().submitText(QByteArrayLiteral("https://example.org/menu"),
                                   scan::ScanSource::KeyboardWedge);
    VerdictBanner &banner = m_screen->banner();
    QCOMPARE(banner.state(), VerdictBanner::State::Amber);
    QCOMPARE(banner.title(), QStringLiteral("Check by hand"));
    QVERIFY(!banner.reason().isEmpty());
    QCOMPARE(m_screen->logModel().rowCount(), 1);
}

void TestCheckpoint::manualEntryRefusesWrongFields_data()
{
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("dateOfBirth");
    QTest::addColumn<int>("sexIndex"); // 0 not chosen, 1 male, 2 female
    QTest::addColumn<QString>("errorStart");
    QTest::addColumn<QString>("focusedField");

    const QString name = QStringLiteral("Nguyễn Văn Đức");
    QTest::newRow("short number") << QStringLiteral("00109000") << name
                                  << QStringLiteral("01/01/1990") << 1
                                  << QStringLiteral("ID number: 12 digits") << "idNumber";
    QTest::newRow("no province") << QStringLiteral("099090001234") << name
                                 << QStringLiteral("01/01/1990") << 1
                                 << QStringLiteral("ID number: digits 1–3") << "idNumber";
    QTest::newRow("digit 4 says female")
        << QStringLiteral("001190001234") << name << QStringLiteral("01/01/1990") << 1
        << QStringLiteral("ID number: digit 4") << "idNumber";
    QTest::newRow("year digits") << QStringLiteral("001091001234") << name
                                 << QStringLiteral("01/01/1990") << 1
                                 << QStringLiteral("ID number: digits 5–6") << "idNumber";
    QTest::newRow("no name") << QStringLiteral("001090001234") << QStringLiteral("  ")
                             << QStringLiteral("01/01/1990") << 1 << QStringLiteral("Full name:")
                             << "fullName";
    QTest::newRow("no such date") << QStringLiteral("001090001234") << name
                                  << QStringLiteral("31/02/1990") << 1
                                  << QStringLiteral("Date of birth:") << "dateOfBirth";
    QTest::newRow("born tomorrow")
        << QStringLiteral("001021001234") << name << QStringLiteral("03/08/2021") << 1
        << QStringLiteral("Date of birth: in the future") << "dateOfBirth";
    QTest::newRow("sex not chosen")
        << QStringLiteral("001090001234") << name << QStringLiteral("01/01/1990") << 0
        << QStringLiteral("Sex:") << "sex";
}

void TestCheckpoint::manualEntryRefusesWrongFields()
{
    QFETCH(QString, idNumber);
    QFETCH(QString, fullName);
    QFETCH(QString, dateOfBirth);
    QFETCH(int, sexIndex);
    QFETCH(QString, errorStart);
    QFETCH(QString, focusedField);

    QTest::keyClick(m_screen.get(), Qt::Key_F2);
    ManualEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_screen->findChild<ManualEntryDialog *>()) && dialog->isVisible());
    child<QLineEdit>(dialog, "idNumber")->setText(idNumber);
    child<QLineEdit>(dialog, "fullName")->setText(fullName);
    child<QLineEdit>(dialog, "dateOfBirth")->setText(dateOfBirth);
    child<QComboBox>(dialog, "sex")->setCurrentIndex(sexIndex);
    QSignalSpy verdicts(&m_screen->controller(), &scan::CheckpointController::verdictReady);
    child<QPushButton>(dialog, "recordButton")->click();

    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(errorStart), qPrintable(dialog->errorText()));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QWidget *field = child<QWidget>(dialog, qPrintable(focusedField));
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(verdicts.size(), 0);
    QCOMPARE(rowsInDatabase(), 0);
    QCOMPARE(m_screen->banner().state(), VerdictBanner::State::Ready);
    if (qEnvironmentVariableIsSet("PD_SCREENSHOT")
        && QLatin1String(QTest::currentDataTag()) == QLatin1String("digit 4 says female")) {
        QString path = qEnvironmentVariable("PD_SCREENSHOT");
        path.insert(path.lastIndexOf(QLatin1Char('.')), QLatin1String("-manual-entry"));
        QVERIFY(dialog->grab().save(path));
    }
    dialog->reject();
}

void TestCheckpoint::manualEntryRecordsPerson()
{
    QTest::keyClick(m_screen.get(), Qt::Key_F2);
    QPointer<ManualEntryDialog> dialog;
    QTRY_VERIFY((dialog = m_screen->findChild<ManualEntryDialog *>()) && dialog->isVisible());
    // A person's typing reaches the dialog through the wedge, held and handed
    // on: here by hand, the wedge's own tests time the keys.
    child<QLineEdit>(dialog, "idNumber")->setText(QStringLiteral("001090001234"));
    child<QLineEdit>(dialog, "fullName")->setText(QStringLiteral("Nguyễn Văn Đức"));
    child<QLineEdit>(dialog, "dateOfBirth")->setText(QStringLiteral("01011990"));
    child<QComboBox>(dialog, "sex")->setCurrentIndex(1);
    child<QPushButton>(dialog, "recordButton")->click();

    QTRY_VERIFY(!dialog); // closed and deleted
    QCOMPARE(m_screen->banner().state(), VerdictBanner::State::Green);
    QCOMPARE(m_screen->banner().name(), QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(rowsInDatabase(), 1);
    QCOMPARE(m_screen->logModel().rowCount(), 1);
    QCOMPARE(child<QLabel>(m_screen.get(), "inCount")->text(), QStringLiteral("In: 1"));
}

void TestCheckpoint::searchByFoldedNameAndIdPrefix()
{
    scanWithWedge(kHoa);
    scanWithWedge(kDuc);
    QCOMPARE(m_screen->logModel().rowCount(), 2);

    QTest::keyClick(m_screen.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(m_screen.get(), "searchField");
    QTRY_VERIFY(search->hasFocus());
    // Typed without diacritics, as on a keyboard without Vietnamese input;
    // the keys pass the wedge (no Enter: not a scan) and reach the box.
    QTest::keyClicks(search, QStringLiteral("tran thi hoa"));
    QTRY_COMPARE(search->text(), QStringLiteral("tran thi hoa"));
    const scan::CheckinLogModel &model = m_screen->logModel();
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, scan::CheckinLogModel::NameColumn).data().toString(),
             QStringLiteral("Trần Thị Hoà"));
    QCOMPARE(child<QLabel>(m_screen.get(), "logTitle")->text(),
             QStringLiteral("Today, matching the search: 1"));

    search->setText(QStringLiteral("0010"));
    QTRY_COMPARE(model.index(0, scan::CheckinLogModel::NameColumn).data().toString(),
                 QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(model.rowCount(), 1);

    search->setText(QStringLiteral("hoang"));
    QTRY_COMPARE(model.rowCount(), 0);

    // Esc in the search box empties it: the last entries again.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(child<QLabel>(m_screen.get(), "logTitle")->text(), QStringLiteral("Last 20 entries"));
}

void TestCheckpoint::escapeClearsBannerAndBannerTimesOut()
{
    scanWithWedge(kHoa);
    VerdictBanner &banner = m_screen->banner();
    QCOMPARE(banner.state(), VerdictBanner::State::Green);
    QTest::keyClick(m_screen.get(), Qt::Key_Escape);
    QCOMPARE(banner.state(), VerdictBanner::State::Ready);
    QCOMPARE(banner.title(), QStringLiteral("Ready to scan"));
    QCOMPARE(banner.name(), QString());

    banner.setHoldMs(100);
    scanWithWedge(kDuc);
    QCOMPARE(banner.state(), VerdictBanner::State::Green);
    QTRY_COMPARE(banner.state(), VerdictBanner::State::Ready);
    QCOMPARE(banner.holdMs(), 100);
    QCOMPARE(VerdictBanner::defaultHoldMs, 8000);
}

void TestCheckpoint::entryExitMode()
{
    auto *mode = child<QLabel>(m_screen.get(), "modeLabel");
    QVERIFY(!mode->isVisible());
    scan::CheckpointSettings settings;
    settings.entryExit = true;
    QVERIFY(settings.save(m_core->database()));
    m_screen->reloadSettings();
    QVERIFY(mode->isVisible());
    QVERIFY(child<QLabel>(m_screen.get(), "outCount")->isVisible());

    scanWithWedge(kHoa);
    QCOMPARE(m_screen->banner().title(), QStringLiteral("Valid — ENTRY"));
    m_clock->advanceMs(kHourMs); // past the duplicate window
    scanWithWedge(kHoa);
    QCOMPARE(m_screen->banner().title(), QStringLiteral("Valid — EXIT"));
    QCOMPARE(child<QLabel>(m_screen.get(), "inCount")->text(), QStringLiteral("In: 1"));
    QCOMPARE(child<QLabel>(m_screen.get(), "outCount")->text(), QStringLiteral("Out: 1"));
    QCOMPARE(m_screen->logModel().index(0, scan::CheckinLogModel::DirectionColumn).data(),
             QVariant(QStringLiteral("Out")));
}

void TestCheckpoint::imageFileDecodesToVerdict()
{
    const bool screenshot = qEnvironmentVariableIsSet("PD_SCREENSHOT");
    if (screenshot)
        scanWithWedge(kHoaWrongNumber); // so the log shows more than one kind of row
    const QString path = m_dir->filePath(QStringLiteral("phone-screen.png"));
    QVERIFY(scan::test::placed(scan::test::qrCode(kHoa, 6)).save(path));
    // The camera is stopped while the image source reads.
    m_screen->useImages(path);
    QCOMPARE(m_screen->sourceKind(), CheckpointScreen::SourceKind::Images);
    auto *sourceBox = child<QComboBox>(m_screen.get(), "sourceBox");
    QCOMPARE(sourceBox->currentText(), QStringLiteral("Images: phone-screen.png"));

    VerdictBanner &banner = m_screen->banner();
    QTRY_COMPARE(banner.state(), VerdictBanner::State::Green);
    QCOMPARE(banner.name(), QStringLiteral("Trần Thị Hoà"));
    auto *preview = child<scan::VideoPreview>(m_screen.get(), "videoPreview");
    QVERIFY(preview->hasPicture());
    QCOMPARE(preview->outlines().size(), 1);
    if (screenshot)
        QVERIFY(m_screen->grab().save(qEnvironmentVariable("PD_SCREENSHOT")));
    QCOMPARE(m_screen->logModel().rowCount(), screenshot ? 2 : 1);
    QTRY_COMPARE(m_screen->frameSource()->status(), scan::FrameSource::Status::Finished);
    QCOMPARE(child<QLabel>(m_screen.get(), "statusLine")->text(),
             QStringLiteral("All images read."));

    // Back to the handheld scanner alone.
    m_screen->useScannerOnly();
    QVERIFY(!preview->hasPicture());
    QCOMPARE(sourceBox->currentText(), QStringLiteral("Handheld scanner only"));
}

void TestCheckpoint::videoFileShowsFramesAndVerdict()
{
    // A second of "camera" through the QVideoSink path, a phone held still.
    const QString path = m_dir->filePath(QStringLiteral("checkpoint.avi"));
    scan::test::MjpegAviWriter writer(640, 480, 10);
    const QImage frame = scan::test::placed(scan::test::qrCode(kHoa, 4), {640, 480}, {320, 240});
    for (int i = 0; i < 10; ++i)
        QVERIFY(writer.addFrame(frame));
    QString error;
    QVERIFY2(writer.write(path, &error), qPrintable(error));

    m_screen->useVideoFile(path);
    QCOMPARE(child<QComboBox>(m_screen.get(), "sourceBox")->currentText(),
             QStringLiteral("Video: checkpoint.avi"));
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->banner().state() != VerdictBanner::State::Ready
                                 || m_screen->frameSource()->status()
                                     == scan::FrameSource::Status::Failed,
                             20'000);
    QVERIFY2(m_screen->frameSource()->status() != scan::FrameSource::Status::Failed,
             qPrintable(m_screen->frameSource()->statusText()));
    QCOMPARE(m_screen->banner().state(), VerdictBanner::State::Green);
    QCOMPARE(m_screen->banner().name(), QStringLiteral("Trần Thị Hoà"));
    QCOMPARE(m_screen->logModel().rowCount(), 1); // one person, however many frames

    // The frame is drawn (QVideoFrame::paint), not the empty dark panel.
    auto *preview = child<scan::VideoPreview>(m_screen.get(), "videoPreview");
    QVERIFY(preview->hasPicture());
    const QImage shot = preview->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb centre = shot.pixel(shot.rect().center());
    QVERIFY2(qGray(centre) < 40 || qGray(centre) > 200, "no code in the middle of the picture");
    const QRgb edgeOfFrame = shot.pixel(shot.width() / 2, shot.height() / 2 - shot.height() / 3);
    QVERIFY2(qAbs(qGray(edgeOfFrame) - 170) < 20, "the frame's grey background is not drawn");
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->frameSource()->status(),
                              scan::FrameSource::Status::Finished, 20'000);
    QCOMPARE(child<QLabel>(m_screen.get(), "statusLine")->text(),
             QStringLiteral("The video has ended."));
}

void TestCheckpoint::noCameraShowsStatusLine()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("This machine has a camera.");
    auto *status = child<QLabel>(m_screen.get(), "statusLine");
    QCOMPARE(m_screen->sourceKind(), CheckpointScreen::SourceKind::Camera);
    QTRY_VERIFY(status->property("warning").toBool());
    QVERIFY2(status->text().contains(QLatin1String("No camera found")), qPrintable(status->text()));
    QCOMPARE(child<QComboBox>(m_screen.get(), "sourceBox")->currentText(),
             QStringLiteral("Camera (none found)"));
    // The handheld scanner still works.
    scanWithWedge(kDuc);
    QCOMPARE(m_screen->banner().state(), VerdictBanner::State::Green);
    if (qEnvironmentVariableIsSet("PD_SCREENSHOT")) {
        // As the main window shows it, beside the navigation.
        m_screen->resize(kPageArea);
        QTRY_COMPARE(m_screen->size(), kPageArea);
        QString path = qEnvironmentVariable("PD_SCREENSHOT");
        path.insert(path.lastIndexOf(QLatin1Char('.')), QLatin1String("-no-camera"));
        QVERIFY(m_screen->grab().save(path));
    }
}

void TestCheckpoint::sourceChosenByKeyboard()
{
    auto *sourceBox = child<QComboBox>(m_screen.get(), "sourceBox");
    QTest::keyClick(m_screen.get(), Qt::Key_F4);
    QTRY_VERIFY(sourceBox->view()->isVisible());
    const int scannerOnly = sourceBox->findText(QStringLiteral("Handheld scanner only"));
    QVERIFY(scannerOnly >= 0);
    QTest::keyClick(sourceBox->view(), Qt::Key_Home);
    for (int row = 0; row < scannerOnly; ++row)
        QTest::keyClick(sourceBox->view(), Qt::Key_Down);
    QTest::keyClick(sourceBox->view(), Qt::Key_Return);
    QTRY_VERIFY(!sourceBox->view()->isVisible());
    // Chosen: the focus leaves the selector, so stray keys cannot switch it.
    QTRY_VERIFY(child<QTableView>(m_screen.get(), "logTable")->hasFocus());
    QCOMPARE(m_screen->sourceKind(), CheckpointScreen::SourceKind::ScannerOnly);
    QCOMPARE(m_screen->frameSource(), nullptr);
    QCOMPARE(child<QLabel>(m_screen.get(), "statusLine")->text(),
             QStringLiteral("No camera in use: scan with the handheld scanner."));
    QVERIFY(!child<QLabel>(m_screen.get(), "statusLine")->property("warning").toBool());
}

QTEST_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
