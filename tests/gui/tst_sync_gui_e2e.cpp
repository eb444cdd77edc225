// The desktop app's sync path end to end on the offscreen platform: an
// administrator connects the device through the real dialog to a real
// phongdich-server process (SQLite), presses Sync in the status bar, and the
// cycle runs on a worker thread while the UI thread keeps serving events;
// afterwards the queue is empty, the status bar says when it synced and a
// second device has the record. A wrong code is shown in the dialog. With
// nobody logged in, the shell's own controller still syncs.
#include "corecontext.h"
#include "languagemanager.h"
#include "moduleregistry.h"
#include "moduleschemas.h"
#include "personstore.h"
#include "serverprocess.h"
#include "shellcontroller.h"
#include "sync/enroldialog.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "synccycle.h"
#include "syncstatestore.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TestSyncGuiE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongCodeShownInTheDialog();
    void connectAndSyncFromTheStatusBar();
    void syncsWithNobodyLoggedIn();

private:
    bool enrolThroughDialog(core::CoreContext &core, const QString &code, QString *shownError);
    // A new data file holding `person`, connected to the server through the
    // dialog for commune 00001; null (and why in `why`) when that fails.
    std::unique_ptr<core::CoreContext> connectedLaptop(const QString &fileName,
                                                       const core::Person &person, QString *why);

    QTemporaryDir m_dir;
    std::unique_ptr<test::ServerProcess> m_server;
};

void TestSyncGuiE2e::initTestCase()
{
    m_server =
        std::make_unique<test::ServerProcess>(u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestSyncGuiE2e::cleanupTestCase()
{
    m_server.reset();
}

bool TestSyncGuiE2e::enrolThroughDialog(core::CoreContext &core, const QString &code,
                                        QString *shownError)
{
    app::EnrolDialog dialog(core);
    dialog.setServerUrl(m_server->url().toString());
    dialog.findChild<QLineEdit *>(u"enrolCode"_s)->setText(code);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *error = dialog.findChild<QLabel *>(u"enrolError"_s);
    dialog.accept(); // what the Connect button does
    // The request runs on a worker: wait for either outcome.
    const bool done =
        QTest::qWaitFor([&] { return accepted.size() > 0 || !error->isHidden(); }, 15000);
    if (shownError)
        *shownError = error->isHidden() ? QString() : error->text();
    return done && accepted.size() == 1;
}

std::unique_ptr<core::CoreContext>
TestSyncGuiE2e::connectedLaptop(const QString &fileName, const core::Person &person, QString *why)
{
    auto opened = core::CoreContext::open(m_dir.filePath(fileName), app::moduleSchemas());
    if (!opened) {
        *why = opened.error().message;
        return nullptr;
    }
    if (auto created = core::PersonStore(**opened).create(person); !created) {
        *why = created.error().message;
        return nullptr;
    }
    if (!enrolThroughDialog(**opened, m_server->enrollCode(u"00001"_s), why))
        return nullptr;
    return std::move(*opened);
}

void TestSyncGuiE2e::wrongCodeShownInTheDialog()
{
    auto core = core::CoreContext::open(m_dir.filePath(u"wrong.sqlite"_s), app::moduleSchemas());
    QVERIFY(core);
    QString shown;
    QVERIFY(!enrolThroughDialog(**core, u"AAAA-BBBB-CCCC"_s, &shown));
    QVERIFY2(shown.contains(u"code"_s), qPrintable(shown));
    QVERIFY(!sync::SyncStateStore((*core)->database()).load()->enrolled());
}

void TestSyncGuiE2e::connectAndSyncFromTheStatusBar()
{
    core::Person person;
    person.fullName = u"Phạm Thị Lan"_s;
    person.idKind = core::Person::IdKind::Cccd;
    person.idNumber = u"001185006789"_s;
    person.dateOfBirth = core::BirthDate::fromDate(QDate(1985, 6, 7));
    person.sex = core::Sex::Female;
    QString shown;
    const auto laptop = connectedLaptop(u"laptop.sqlite"_s, person, &shown);
    QVERIFY2(laptop, qPrintable(shown));
    core::CoreContext &core = *laptop;

    app::SyncController controller(core);
    app::SyncStatusWidget status(core, controller);
    status.show();
    auto *button = status.findChild<QToolButton *>(u"syncButton"_s);
    auto *label = status.findChild<QLabel *>(u"lastSyncLabel"_s);
    QVERIFY(button->isEnabled());
    QCOMPARE(label->text(), u"Never synced"_s);

    QSignalSpy finished(&controller, &app::SyncController::finished);
    // The UI thread keeps running while the cycle works: count event-loop
    // turns and the longest gap between them.
    qint64 longestGapMs = 0;
    QElapsedTimer sinceLastTick;
    sinceLastTick.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGapMs = std::max(longestGapMs, sinceLastTick.restart()); });
    ticker.start(5);
    button->click();
    QVERIFY(controller.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 1; }, 30000));
    ticker.stop();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(longestGapMs < 200, qPrintable(QString::number(longestGapMs)));
    QVERIFY(label->text().startsWith(u"Last sync: "_s));
    const auto state = sync::SyncStateStore(core.database()).load();
    QCOMPARE(state->pendingRows, 0);
    QVERIFY(state->lastSuccessMs > 0);

    // A second device of the commune receives the person.
    auto other = core::CoreContext::open(m_dir.filePath(u"other.sqlite"_s), app::moduleSchemas());
    QVERIFY(other);
    QVERIFY(enrolThroughDialog(**other, m_server->enrollCode(u"00001"_s), &shown));
    auto cycle = sync::SyncCycle(**other).run();
    QVERIFY2(cycle, qPrintable(cycle ? QString() : cycle.error().message));
    auto received = core::PersonStore(**other).findByIdNumber(u"001185006789"_s);
    QVERIFY(received && *received);
    QCOMPARE((*received)->fullName, u"Phạm Thị Lan"_s);
}

// The shell keeps the device's sync going at the login screen: a cycle its
// controller starts (as the nightly timer does) with nobody logged in
// reaches the real server.
void TestSyncGuiE2e::syncsWithNobodyLoggedIn()
{
    core::Person person;
    person.fullName = u"Đỗ Văn Hùng"_s;
    person.dateOfBirth = core::BirthDate::fromYear(1979);
    QString shown;
    const auto laptop = connectedLaptop(u"night.sqlite"_s, person, &shown);
    QVERIFY2(laptop, qPrintable(shown));
    core::CoreContext &core = *laptop;

    app::LanguageManager language;
    app::ShellController shell(core, language, app::standardModules());
    QVERIFY(!shell.mainWindow());
    app::SyncController &controller = shell.sync();
    QVERIFY(controller.nextAutomaticRun().isValid()); // the nightly time
    QSignalSpy finished(&controller, &app::SyncController::finished);
    QVERIFY(controller.syncNow(app::SyncController::Trigger::Nightly));
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 1; }, 30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const auto state = sync::SyncStateStore(core.database()).load();
    QCOMPARE(state->pendingRows, 0);
    QVERIFY(state->lastSuccessMs > 0);
}

QTEST_MAIN(TestSyncGuiE2e)
#include "tst_sync_gui_e2e.moc"
