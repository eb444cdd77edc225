#include "userdialog.h"

#include "userstore.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::app {

UserDialog::UserDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("userDialog"));
    auto *layout = new QVBoxLayout(this);
    m_subject = new QLabel(this);
    m_subject->setVisible(mode != Mode::Create);
    layout->addWidget(m_subject);

    auto *form = new QFormLayout;
    auto addField = [&](QLineEdit *&edit, const char *name, bool secret) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_fieldLabels << label;
        form->addRow(label, edit);
    };
    if (mode == Mode::Create) {
        addField(m_displayName, "displayName", false);
        addField(m_username, "username", false);
    }
    if (mode != Mode::Roles) {
        addField(m_password, "password", true);
        addField(m_passwordRepeat, "passwordRepeat", true);
    }
    layout->addLayout(form);

    if (mode != Mode::Password) {
        m_rolesLabel = new QLabel(this);
        layout->addWidget(m_rolesLabel);
        auto *grid = new QGridLayout;
        int i = 0;
        for (core::Role role : core::Roles::all()) {
            auto *box = new QCheckBox(this);
            box->setObjectName(QStringLiteral("role_") + core::Roles::key(role));
            m_roleBoxes.insert(role, box);
            grid->addWidget(box, i / 2, i % 2);
            ++i;
        }
        layout->addLayout(grid);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_okButton = new QPushButton(this);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    connect(m_okButton, &QPushButton::clicked, this, &UserDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &UserDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_okButton);
    layout->addLayout(buttons);
    retranslateUi();
}

void UserDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("New user"));
        break;
    case Mode::Roles:
        setWindowTitle(tr("Change roles"));
        break;
    case Mode::Password:
        setWindowTitle(tr("Set a new password"));
        break;
    }
    QStringList labels;
    if (m_mode == Mode::Create)
        labels << tr("Full &name") << tr("&Username");
    if (m_mode != Mode::Roles)
        labels << tr("&Password") << tr("&Repeat password");
    for (qsizetype i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels[i]->setText(labels.value(i));
    if (m_rolesLabel)
        m_rolesLabel->setText(tr("Roles"));
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setText(core::Roles::title(it.key()));
    m_okButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
}

void UserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString UserDialog::username() const
{
    return m_username ? m_username->text().trimmed().toLower() : QString();
}

QString UserDialog::displayName() const
{
    return m_displayName ? m_displayName->text().trimmed() : QString();
}

QString UserDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

core::RoleSet UserDialog::roles() const
{
    core::RoleSet roles;
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            roles.insert(it.key());
    }
    return roles;
}

void UserDialog::setRoles(const core::RoleSet &roles)
{
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setChecked(roles.contains(it.key()));
}

void UserDialog::setSubject(const QString &username)
{
    m_subject->setText(tr("User: %1").arg(username));
}

void UserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UserDialog::accept()
{
    if (m_mode == Mode::Create) {
        if (displayName().isEmpty())
            return showError(tr("Full name: enter the person's name."));
        if (auto ok = core::UserStore::validateUsername(username()); !ok)
            return showError(ok.error().message);
    }
    if (m_mode != Mode::Roles) {
        if (auto ok = core::UserStore::validatePassword(password()); !ok)
            return showError(ok.error().message);
        if (m_password->text() != m_passwordRepeat->text())
            return showError(tr("Repeat password: the two passwords differ."));
    }
    if (m_mode != Mode::Password && roles().isEmpty())
        return showError(tr("Roles: choose at least one role."));
    QDialog::accept();
}

} // namespace pd::app
