#pragma once

#include "idlewatcher.h"
#include "moduleregistry.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pd::app {

class LanguageManager;
class LoginDialog;
class MainWindow;
class SetupWizard;
class SyncController;

// The app's flow between windows: set-up wizard on a device without users,
// login, the main window, the idle lock and logout. It keeps the device's
// SyncController for as long as the app runs, so the nightly, network-back
// and retry cycles go on while nobody is logged in (a checkpoint laptop is
// often left at the login screen overnight).
class ShellController : public QObject {
    Q_OBJECT

public:
    ShellController(core::CoreContext &core, LanguageManager &language, ModuleRegistry registry,
                    QObject *parent = nullptr);
    ~ShellController() override;

    void start();

    SetupWizard *setupWizard() const;
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    SyncController &sync() const { return *m_sync; }

public Q_SLOTS:
    void lock();
    void logout();

Q_SIGNALS:
    void quitRequested();

private:
    void showWizard();
    void showLogin(const QString &username = {});
    void onLoggedIn();
    void endSession();

    core::CoreContext &m_core;
    LanguageManager &m_language;
    ModuleRegistry m_registry;
    IdleWatcher m_idle;
    std::unique_ptr<SyncController> m_sync; // handed to each session
    std::unique_ptr<Session> m_session;
    QPointer<SetupWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace pd::app
