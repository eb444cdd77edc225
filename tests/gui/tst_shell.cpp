// The desktop shell end to end on the offscreen platform: first-start wizard,
// login, role-filtered navigation, wrong passwords, idle lock, logout and the
// runtime language switch.
#include "adminunitpicker.h"
#include "corecontext.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "moduleschemas.h"
#include "setupwizard.h"
#include "shellcontroller.h"
#include "sync/synccontroller.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {
constexpr auto kAdminPassword = "quan-tri-123";
constexpr auto kCheckpointPassword = "chot-kiem-dich";

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void logIn(app::ShellController &shell, const QString &username, const QString &password)
{
    QTRY_VERIFY(shell.loginDialog() && shell.loginDialog()->isVisible());
    app::LoginDialog *login = shell.loginDialog();
    child<QLineEdit>(login, "username")->setText(username);
    child<QLineEdit>(login, "password")->setText(password);
    child<QAbstractButton>(login, "loginButton")->click();
}
} // namespace

class TestShell : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartWizardThenLogin();
    void navigationFollowsRoles_data();
    void navigationFollowsRoles();
    void wrongPasswordIsExplained();
    void idleLockHidesAndUnlocks();
    void languageSwitchRetranslates();

private:
    void setUpDevice();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<app::LanguageManager> m_language;
    std::unique_ptr<app::ShellController> m_shell;
};

void TestShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("shell.sqlite")),
                                        app::moduleSchemas());
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    m_language = std::make_unique<app::LanguageManager>();
    QVERIFY(m_language->setLanguage(QStringLiteral("vi")));
    m_shell = std::make_unique<app::ShellController>(*m_core, *m_language, app::standardModules());
}

void TestShell::cleanup()
{
    m_shell.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_language.reset();
    m_core.reset();
    m_dir.reset();
}

void TestShell::setUpDevice()
{
    m_shell->start();
    app::SetupWizard *wizard = m_shell->setupWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(app::SetupWizard::LanguagePageId));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(app::SetupWizard::AdminPageId));
    child<QLineEdit>(wizard, "adminDisplayName")->setText(QStringLiteral("Trần Thị Hoà"));
    child<QLineEdit>(wizard, "adminUsername")->setText(QStringLiteral("hoa.tran"));
    child<QLineEdit>(wizard, "adminPassword")->setText(QLatin1String(kAdminPassword));
    child<QLineEdit>(wizard, "adminPasswordRepeat")->setText(QStringLiteral("khac-nhau-123"));
    wizard->next();
    // Mismatched passwords keep the page and say which field is wrong.
    QCOMPARE(wizard->currentId(), int(app::SetupWizard::AdminPageId));
    child<QLineEdit>(wizard, "adminPasswordRepeat")->setText(QLatin1String(kAdminPassword));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(app::SetupWizard::DevicePageId));
    child<QLineEdit>(wizard, "deviceName")->setText(QStringLiteral("Chốt Km 12"));
    // No location chosen: refused, nothing written.
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(wizard->isVisible());
    QCOMPARE(*m_core->users().hasUsers(), false);

    child<app::AdminUnitPicker>(wizard, "location")->setCode(QStringLiteral("00001"));
    child<QLineEdit>(wizard, "venueName")
        ->setText(QStringLiteral("Chốt kiểm dịch cửa ngõ phía Bắc"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_shell->setupWizard());

    QCOMPARE(*m_core->users().hasUsers(), true);
    const auto settings = m_core->settings().load();
    QVERIFY(settings);
    QCOMPARE(settings->deviceName, QStringLiteral("Chốt Km 12"));
    QCOMPARE(settings->locationUnitCode, QStringLiteral("00001"));
}

void TestShell::firstStartWizardThenLogin()
{
    setUpDevice();
    QTRY_VERIFY(m_shell->loginDialog());
    // The login that follows the wizard already names the new administrator.
    QCOMPARE(child<QLineEdit>(m_shell->loginDialog(), "username")->text(),
             QStringLiteral("hoa.tran"));
    logIn(*m_shell, QStringLiteral("hoa.tran"), QLatin1String(kAdminPassword));
    QTRY_VERIFY(m_shell->mainWindow() && m_shell->mainWindow()->isVisible());
    QCOMPARE(m_shell->mainWindow()->pageIds(),
             QStringList({QStringLiteral("checkpoint"), QStringLiteral("declarations"),
                          QStringLiteral("people"), QStringLiteral("users"),
                          QStringLiteral("audit"), QStringLiteral("settings"),
                          QStringLiteral("checkpoint-settings"), QStringLiteral("sync"),
                          QStringLiteral("conflicts"), QStringLiteral("about")}));
    QCOMPARE(m_shell->mainWindow()->currentPageId(), QStringLiteral("checkpoint"));
    // The status bar counts captured changes (the audit entries so far).
    auto pending = m_core->pendingChanges();
    QVERIFY(pending && *pending > 0);
    m_shell->mainWindow()->refreshStatus();
    QVERIFY(!child<QLabel>(m_shell->mainWindow(), "pendingLabel")->text().isEmpty());
}

void TestShell::navigationFollowsRoles_data()
{
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("checkpoint") << QStringLiteral("checkpoint")
                                << QStringList {QStringLiteral("checkpoint"),
                                                QStringLiteral("declarations"),
                                                QStringLiteral("sync"), QStringLiteral("about")};
    QTest::newRow("clerk+relief") << QStringLiteral("clerk,relief_officer")
                                  << QStringList {QStringLiteral("declarations"),
                                                  QStringLiteral("people"), QStringLiteral("sync"),
                                                  QStringLiteral("conflicts"),
                                                  QStringLiteral("about")};
    QTest::newRow("admin") << QStringLiteral("admin")
                           << QStringList {QStringLiteral("checkpoint"),
                                           QStringLiteral("declarations"),
                                           QStringLiteral("people"),
                                           QStringLiteral("users"),
                                           QStringLiteral("audit"),
                                           QStringLiteral("settings"),
                                           QStringLiteral("checkpoint-settings"),
                                           QStringLiteral("sync"),
                                           QStringLiteral("conflicts"),
                                           QStringLiteral("about")};
}

void TestShell::navigationFollowsRoles()
{
    QFETCH(QString, roles);
    QFETCH(QStringList, pages);
    setUpDevice();
    auto roleSet = core::Roles::parseList(roles);
    QVERIFY(roleSet);
    QVERIFY(m_core->users().create(QStringLiteral("nhanvien"), QStringLiteral("Lê Văn Tám"),
                                   QLatin1String(kCheckpointPassword), *roleSet));
    logIn(*m_shell, QStringLiteral("nhanvien"), QLatin1String(kCheckpointPassword));
    QTRY_VERIFY(m_shell->mainWindow() && m_shell->mainWindow()->isVisible());
    QCOMPARE(m_shell->mainWindow()->pageIds(), pages);
    // A page the user may not see cannot be opened by id either.
    QCOMPARE(m_shell->mainWindow()->showPage(QStringLiteral("users")),
             pages.contains(QStringLiteral("users")));

    m_shell->logout();
    QTRY_VERIFY(!m_shell->mainWindow());
    QTRY_VERIFY(m_shell->loginDialog() && m_shell->loginDialog()->isVisible());
    // Sync outlives the session: the nightly cycle stays scheduled.
    QVERIFY(m_shell->sync().nextAutomaticRun().isValid());
}

void TestShell::wrongPasswordIsExplained()
{
    setUpDevice();
    logIn(*m_shell, QStringLiteral("hoa.tran"), QStringLiteral("sai-mat-khau"));
    auto *message = child<QLabel>(m_shell->loginDialog(), "message");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!m_shell->mainWindow());
    // Empty password: refused before any check, with the field named.
    child<QLineEdit>(m_shell->loginDialog(), "password")->clear();
    child<QAbstractButton>(m_shell->loginDialog(), "loginButton")->click();
    QVERIFY(message->isVisible());
}

void TestShell::idleLockHidesAndUnlocks()
{
    setUpDevice();
    logIn(*m_shell, QStringLiteral("hoa.tran"), QLatin1String(kAdminPassword));
    QTRY_VERIFY(m_shell->mainWindow() && m_shell->mainWindow()->isVisible());

    m_shell->lock();
    QVERIFY(!m_shell->mainWindow()->isVisible());
    app::LoginDialog *unlock = m_shell->loginDialog();
    QVERIFY(unlock && unlock->isVisible());
    // The locked session belongs to its user: the name cannot be changed.
    QVERIFY(child<QLineEdit>(unlock, "username")->isReadOnly());
    QCOMPARE(child<QLineEdit>(unlock, "username")->text(), QStringLiteral("hoa.tran"));
    child<QLineEdit>(unlock, "password")->setText(QLatin1String(kAdminPassword));
    child<QAbstractButton>(unlock, "loginButton")->click();
    QTRY_VERIFY(m_shell->mainWindow()->isVisible());
}

void TestShell::languageSwitchRetranslates()
{
    setUpDevice();
    logIn(*m_shell, QStringLiteral("hoa.tran"), QLatin1String(kAdminPassword));
    QTRY_VERIFY(m_shell->mainWindow() && m_shell->mainWindow()->isVisible());
    auto *navigation = child<QListView>(m_shell->mainWindow(), "navigation");
    // Row 3: Users (after the checkpoint, declarations and people).
    const QString vietnamese = navigation->model()->index(3, 0).data().toString();
    QCOMPARE(vietnamese, QStringLiteral("Người dùng"));
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(navigation->model()->index(3, 0).data().toString(), QStringLiteral("Users"));
    QCOMPARE(m_shell->mainWindow()->windowTitle(), QStringLiteral("PhongDich"));
    QVERIFY(m_language->setLanguage(QStringLiteral("vi")));
    QTRY_COMPARE(navigation->model()->index(3, 0).data().toString(), vietnamese);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
