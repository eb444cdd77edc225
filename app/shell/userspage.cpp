#include "userspage.h"

#include "passwordhashing.h"
#include "userdialog.h"
#include "usermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::app {

namespace {
QPushButton *button(const char *name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

UsersPage::UsersPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new core::UserModel(session.core.users(), session.core.clock(), this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(core::UserModel::DisplayNameColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    m_add = button("addUser", this);
    m_roles = button("changeRoles", this);
    m_password = button("resetPassword", this);
    m_unlock = button("unlockUser", this);
    m_active = button("toggleActive", this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_roles, m_password, m_unlock, m_active})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UsersPage::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlockUser);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    retranslateUi();
    m_table->resizeColumnsToContents();
}

void UsersPage::retranslateUi()
{
    m_title->setText(tr("Users of this device"));
    m_add->setText(tr("&New user…"));
    m_roles->setText(tr("&Roles…"));
    m_password->setText(tr("Set &password…"));
    m_unlock->setText(tr("&Unlock"));
    updateButtons();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString UsersPage::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(core::UserModel::UserIdRole).toString();
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(core::UserModel::UsernameRole).toString();
}

void UsersPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_roles->setEnabled(selected);
    m_password->setEnabled(selected);
    m_unlock->setEnabled(selected && rows.first().data(core::UserModel::LockedRole).toBool());
    m_active->setEnabled(selected);
    const bool active = !selected || rows.first().data(core::UserModel::ActiveRole).toBool();
    m_active->setText(active ? tr("&Deactivate") : tr("&Activate"));
}

void UsersPage::report(const core::Status &status)
{
    if (status) {
        m_message->setStyleSheet({});
        m_message->setText(tr("Saved."));
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_message->setText(status.error().message);
    }
    m_model->refresh();
}

void UsersPage::addUser()
{
    UserDialog dialog(UserDialog::Mode::Create, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto password = preparePasswordOffThread(dialog.password());
        if (!password) {
            dialog.showError(password.error().message);
            continue;
        }
        auto user = m_session.core.users().create(dialog.username(), dialog.displayName(),
                                                  *password, dialog.roles());
        if (user) {
            report({});
            return;
        }
        dialog.showError(user.error().message);
    }
}

void UsersPage::changeRoles()
{
    const QString id = selectedUserId();
    auto user = m_session.core.users().findById(id);
    if (!user)
        return report(std::unexpected(user.error()));
    UserDialog dialog(UserDialog::Mode::Roles, this);
    dialog.setSubject(user->username);
    dialog.setRoles(user->roles);
    while (dialog.exec() == QDialog::Accepted) {
        auto ok = m_session.core.users().setRoles(id, dialog.roles());
        if (ok)
            return report(ok);
        dialog.showError(ok.error().message);
    }
}

void UsersPage::resetPassword()
{
    UserDialog dialog(UserDialog::Mode::Password, this);
    dialog.setSubject(selectedUsername());
    while (dialog.exec() == QDialog::Accepted) {
        auto password = preparePasswordOffThread(dialog.password());
        auto ok = password ? m_session.core.users().setPassword(selectedUserId(), *password)
                           : core::Status(std::unexpected(password.error()));
        if (ok)
            return report(ok);
        dialog.showError(ok.error().message);
    }
}

void UsersPage::unlockUser()
{
    report(m_session.core.users().unlock(selectedUserId()));
}

void UsersPage::toggleActive()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const bool active = rows.first().data(core::UserModel::ActiveRole).toBool();
    report(m_session.core.users().setActive(selectedUserId(), !active));
}

} // namespace pd::app
