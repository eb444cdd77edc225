#pragma once

#include "session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::core {
class UserModel;
}

namespace pd::app {

// Admin page: the device's accounts, with create, roles, password reset,
// unlock and (de)activation.
class UsersPage : public QWidget {
    Q_OBJECT

public:
    UsersPage(Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedUserId() const;
    QString selectedUsername() const;
    void addUser();
    void changeRoles();
    void resetPassword();
    void unlockUser();
    void toggleActive();
    void report(const core::Status &status);

    Session &m_session;
    core::UserModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_roles = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_active = nullptr;
};

} // namespace pd::app
