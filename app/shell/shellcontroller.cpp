#include "shellcontroller.h"

#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "setupwizard.h"
#include "sync/synccontroller.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcShell, "pd.app")

namespace pd::app {

ShellController::ShellController(core::CoreContext &core, LanguageManager &language,
                                 ModuleRegistry registry, QObject *parent)
    : QObject(parent),
      m_core(core),
      m_language(language),
      m_registry(std::move(registry)),
      m_sync(std::make_unique<SyncController>(core))
{
    connect(&m_idle, &IdleWatcher::idle, this, &ShellController::lock);
}

ShellController::~ShellController()
{
    delete m_wizard;
    delete m_login;
    delete m_mainWindow;
}

SetupWizard *ShellController::setupWizard() const
{
    return m_wizard;
}

LoginDialog *ShellController::loginDialog() const
{
    return m_login;
}

MainWindow *ShellController::mainWindow() const
{
    return m_mainWindow;
}

void ShellController::start()
{
    auto hasUsers = m_core.users().hasUsers();
    if (hasUsers && !*hasUsers)
        showWizard();
    else
        showLogin();
}

void ShellController::showWizard()
{
    m_wizard = new SetupWizard(m_core, m_language);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        const QString username = m_wizard->adminUsername();
        if (result == QDialog::Accepted)
            showLogin(username);
        else
            Q_EMIT quitRequested();
    });
    m_wizard->show();
}

void ShellController::showLogin(const QString &username)
{
    m_login = new LoginDialog(m_core.users(), LoginDialog::Mode::Login);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!username.isEmpty())
        m_login->setUsername(username);
    connect(m_login, &QDialog::accepted, this, &ShellController::onLoggedIn);
    connect(m_login, &QDialog::rejected, this, &ShellController::quitRequested);
    m_login->show();
}

void ShellController::onLoggedIn()
{
    m_session = std::make_unique<Session>(Session {m_core, m_login->user(), m_sync.get()});
    qCInfo(lcShell) << "session started";
    m_mainWindow = new MainWindow(*m_session, m_registry, m_language);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, &ShellController::logout);
    connect(m_mainWindow, &MainWindow::closed, this, [this] {
        endSession();
        Q_EMIT quitRequested();
    });
    m_mainWindow->show();

    auto settings = m_core.settings().load();
    const int minutes =
        settings ? settings->idleLockMinutes : core::DeviceSettings::defaultIdleLockMinutes;
    m_idle.setTimeoutMs(minutes * 60 * 1000);
    m_idle.start();
}

void ShellController::lock()
{
    if (!m_session || !m_mainWindow || m_login)
        return;
    m_idle.stop();
    // Personal data must not stay on screen while the laptop is unattended.
    m_mainWindow->hide();
    m_login = new LoginDialog(m_core.users(), LoginDialog::Mode::Unlock);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setUsername(m_session->user.username);
    connect(m_login, &QDialog::accepted, this, [this] {
        m_mainWindow->show();
        m_idle.start();
    });
    connect(m_login, &LoginDialog::logoutRequested, this, &ShellController::logout);
    m_login->show();
}

void ShellController::endSession()
{
    m_idle.stop();
    if (!m_session)
        return;
    (void)m_core.audit().record(QStringLiteral("auth.logout"), QStringLiteral("user"),
                                m_session->user.id);
    m_core.audit().setActor({}, {});
    if (!m_mainWindow) {
        m_session.reset();
        return;
    }
    // The window's pages refer to the session, and this may run inside the
    // window's own signal: both go once its event handling is done.
    m_mainWindow->disconnect(this);
    Session *session = m_session.release();
    connect(m_mainWindow, &QObject::destroyed, [session] { delete session; });
    m_mainWindow->hide();
    m_mainWindow->deleteLater();
}

void ShellController::logout()
{
    endSession();
    showLogin();
}

} // namespace pd::app
