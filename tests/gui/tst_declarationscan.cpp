// The app's wiring of the handheld scanner to the declarations page
// (DeclarationScanBridge, pd_shell): while the page is shown, a CCCD typed
// by a keyboard-wedge scanner opens the form with the identity filled in and
// none of its keys reach the field that had the focus; a person typing is
// not a scan; once the page is hidden the scanner no longer feeds it. Also
// the module registry offers the two pages to the right roles.
#include "codecapturedialog.h"
#include "codeimages.h"
#include "corecontext.h"
#include "declarationform.h"
#include "declarationscanbridge.h"
#include "declarationspage.h"
#include "declarationstore.h"
#include "imagefilesource.h"
#include "keyboardwedgefilter.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "peoplepage.h"
#include "scannerkeys.h"
#include "sync/synccontroller.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {
const QByteArray kDuc = QByteArrayLiteral(
    "001090012345||Nguyễn Văn Đức|17051990|Nam|Phúc Xá, Ba Đình, Hà Nội|10042021");

} // namespace

class TestDeclarationScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wedgeScanOpensFilledForm();
    void cameraCodeFillsForm();
    void typingIsNotAScan();
    void hiddenPageIsNotFed();
    void registryOffersPagesByRole_data();
    void registryOffersPagesByRole();
    void declareFromPeoplePage();

private:
    // Keys `gapMs` apart into whatever has the focus, then Enter.
    void typeBurst(const QByteArray &payload, int gapMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<declaration::DeclarationsPage> m_page;
    app::DeclarationScanBridge *m_bridge = nullptr;
    quint64 m_keyTimeMs = 1'000;
};

void TestDeclarationScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeclarationScan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(9, 0)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("scan.sqlite")),
                                        {declaration::DeclarationStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    core::User user;
    user.id = QStringLiteral("clerk-1");
    user.roles = {core::Role::Clerk};
    m_page = std::make_unique<declaration::DeclarationsPage>(*m_core, user);
    m_bridge = new app::DeclarationScanBridge(*m_core, m_page.get());
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDeclarationScan::cleanup()
{
    m_page.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDeclarationScan::typeBurst(const QByteArray &payload, int gapMs)
{
    for (const QChar ch : QString::fromUtf8(payload)) {
        test::strokeKey(ch, m_keyTimeMs, m_page.get());
        m_keyTimeMs += gapMs;
        if (gapMs > m_bridge->wedge()->interKeyMs())
            QTest::qWait(m_bridge->wedge()->flushDelayMs() + 10); // a person's pause
    }
    test::strokeKey(QLatin1Char('\r'), m_keyTimeMs, m_page.get());
    m_keyTimeMs += 2'000;
}

void TestDeclarationScan::wedgeScanOpensFilledForm()
{
    // The clerk was typing in the search box when the scanner fired.
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
    QVERIFY(search);
    search->setFocus();
    QVERIFY(!m_page->isFormOpen());
    typeBurst(kDuc, 4);
    QTRY_VERIFY(m_page->isFormOpen());
    declaration::DeclarationForm *form = m_page->form();
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(),
             QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("idNumber"))->text(),
             QStringLiteral("001090012345"));
    QCOMPARE(form->editor().declaration().person.communeCode, QStringLiteral("00001"));
    // None of the scanned keys went into the search box.
    QCOMPARE(search->text(), QString());

    // A second scan while the form is open replaces the identity.
    typeBurst(QByteArrayLiteral("079192001234||Trần Thị Hoà|15031992|Nữ|Hà Nội|01062021"), 4);
    QTRY_COMPARE(form->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(),
                 QStringLiteral("Trần Thị Hoà"));
}

// "Scan with camera…": the capture dialog reads the code from its frame
// source (here an image file of a CCCD's QR, the camera's stand-in), closes
// and the form opens filled; the button asks the bridge for exactly that.
void TestDeclarationScan::cameraCodeFillsForm()
{
    const QString image = m_dir->filePath(QStringLiteral("cccd.png"));
    QVERIFY(scan::test::qrCode(kDuc, 6).save(image));
    auto source = std::make_unique<scan::ImageFileSource>();
    source->setPath(image);
    QPointer<scan::CodeCaptureDialog> dialog = m_bridge->captureCode(std::move(source));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isFormOpen(), 10'000);
    QCOMPARE(m_page->form()->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(),
             QStringLiteral("Nguyễn Văn Đức"));
    QTRY_VERIFY(!dialog); // closed and deleted once the code was read

    // The form's camera button is wired to the bridge (no camera here: the
    // dialog opens and says so instead of failing).
    QSignalSpy requested(m_page.get(), &declaration::DeclarationsPage::cameraScanRequested);
    m_page->form()->findChild<QPushButton *>(QStringLiteral("cameraScan"))->click();
    QCOMPARE(requested.count(), 1);
    auto *opened = m_page->findChild<scan::CodeCaptureDialog *>();
    QVERIFY(opened);
    opened->reject();
}

void TestDeclarationScan::typingIsNotAScan()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
    search->setFocus();
    typeBurst(QByteArrayLiteral("nguyen van"), 150);
    QTRY_COMPARE(search->text(), QStringLiteral("nguyen van"));
    QVERIFY(!m_page->isFormOpen());
}

void TestDeclarationScan::hiddenPageIsNotFed()
{
    m_page->hide();
    QLineEdit elsewhere;
    elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
    elsewhere.activateWindow();
    elsewhere.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    typeBurst(kDuc, 4);
    QVERIFY(!m_page->isFormOpen());
    // The keys were left to the widget that had the focus.
    QVERIFY(elsewhere.text().startsWith(QStringLiteral("001090012345")));
}

void TestDeclarationScan::registryOffersPagesByRole_data()
{
    QTest::addColumn<QString>("roles");
    QTest::addColumn<bool>("declarations");
    QTest::addColumn<bool>("people");
    QTest::newRow("clerk") << QStringLiteral("clerk") << true << true;
    QTest::newRow("checkpoint") << QStringLiteral("checkpoint") << true << false;
    QTest::newRow("admin") << QStringLiteral("admin") << true << true;
    QTest::newRow("relief officer") << QStringLiteral("relief_officer") << false << false;
}

void TestDeclarationScan::registryOffersPagesByRole()
{
    QFETCH(QString, roles);
    QFETCH(bool, declarations);
    QFETCH(bool, people);
    core::User user;
    user.roles = *core::Roles::parseList(roles);
    QStringList ids;
    for (const app::ModulePage &page : app::standardModules().pagesFor(user))
        ids << page.id;
    QCOMPARE(ids.contains(QStringLiteral("declarations")), declarations);
    QCOMPARE(ids.contains(QStringLiteral("people")), people);
    // Before the administrator's pages.
    if (declarations && ids.contains(QStringLiteral("users")))
        QVERIFY(ids.indexOf(QStringLiteral("declarations")) < ids.indexOf(QStringLiteral("users")));
}

void TestDeclarationScan::declareFromPeoplePage()
{
    core::Person person;
    person.fullName = QStringLiteral("Vũ Thị Nga");
    person.dateOfBirth = core::BirthDate::fromYear(1960);
    person.communeCode = QStringLiteral("00001");
    auto created = core::PersonStore(*m_core).create(person);
    QVERIFY(created);

    m_page.reset();
    app::LanguageManager language;
    app::SyncController sync(*m_core);
    app::Session session {*m_core, core::User {}, &sync};
    session.user.id = QStringLiteral("clerk-1");
    session.user.roles = {core::Role::Clerk};
    const app::ModuleRegistry registry = app::standardModules();
    app::MainWindow window(session, registry, language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("people")));
    auto *people = window.findChild<declaration::PeoplePage *>();
    QVERIFY(people);
    people->setQuery(QStringLiteral("vu thi nga"));
    people->table()->selectRow(0);
    QTest::mouseClick(people->findChild<QPushButton *>(QStringLiteral("declareForPerson")),
                      Qt::LeftButton);
    // The declarations page, its form filled with the registry record.
    QCOMPARE(window.currentPageId(), QStringLiteral("declarations"));
    auto *declarations = window.findChild<declaration::DeclarationsPage *>();
    QVERIFY(declarations);
    QVERIFY(declarations->isFormOpen());
    QCOMPARE(declarations->form()->editor().declaration().person.id, created->person.id);
    QCOMPARE(declarations->form()->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(),
             QStringLiteral("Vũ Thị Nga"));
}

QTEST_MAIN(TestDeclarationScan)
#include "tst_declarationscan.moc"
