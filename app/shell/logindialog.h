#pragma once

#include "userstore.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::app {

// Asks for username and password. The Argon2id check runs on a worker
// thread; the account reads and the lockout bookkeeping stay on this thread
// because the database connection belongs to it.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        Login, // anyone may log in
        Unlock, // the idle lock: only the same user, or log out
    };

    LoginDialog(core::UserStore &users, Mode mode, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    const core::User &user() const { return m_user; }

Q_SIGNALS:
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void onVerified();
    void setBusy(bool busy);
    void showError(const QString &message);

    core::UserStore &m_users;
    Mode m_mode;
    core::User m_user;
    core::LoginAttempt m_attempt;
    QFutureWatcher<bool> m_verification;

    QLabel *m_title = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_secondaryButton = nullptr;
};

} // namespace pd::app
