#include "logindialog.h"

#include "passwordhasher.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pd::app {

LoginDialog::LoginDialog(core::UserStore &users, Mode mode, QWidget *parent)
    : QDialog(parent), m_users(users), m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_usernameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    m_loginButton = new QPushButton(this);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_secondaryButton = new QPushButton(this);
    m_secondaryButton->setObjectName(QStringLiteral("secondaryButton"));

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_secondaryButton);
    buttons->addWidget(m_loginButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    if (m_mode == Mode::Unlock)
        m_username->setReadOnly(true);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_secondaryButton, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Unlock)
            Q_EMIT logoutRequested();
        reject();
    });
    connect(&m_verification, &QFutureWatcher<bool>::finished, this, &LoginDialog::onVerified);
    retranslateUi();
    setMinimumWidth(380);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("PhongDich — log in"));
    m_title->setText(m_mode == Mode::Unlock ? tr("Locked after inactivity")
                                            : tr("Log in to PhongDich"));
    m_usernameLabel->setText(tr("&Username"));
    m_passwordLabel->setText(tr("&Password"));
    m_loginButton->setText(m_mode == Mode::Unlock ? tr("Unlock") : tr("Log in"));
    m_secondaryButton->setText(m_mode == Mode::Unlock ? tr("Log out") : tr("Quit"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_loginButton->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        m_message->hide();
}

void LoginDialog::submit()
{
    if (m_verification.isRunning())
        return;
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Username: enter your username."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Password: enter your password."));
        m_password->setFocus();
        return;
    }
    auto attempt = m_users.beginLogin(m_username->text());
    if (!attempt) {
        showError(attempt.error().message);
        return;
    }
    m_attempt = *attempt;
    setBusy(true);
    m_verification.setFuture(QtConcurrent::run(&core::PasswordHasher::verify,
                                               m_attempt.passwordHash, m_password->text()));
}

void LoginDialog::onVerified()
{
    setBusy(false);
    auto user = m_users.finishLogin(m_attempt, m_verification.result());
    m_attempt = {};
    m_password->clear();
    if (!user) {
        showError(user.error().message);
        m_password->setFocus();
        return;
    }
    m_user = *user;
    accept();
}

} // namespace pd::app
