#pragma once

#include "role.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace pd::app {

// Form for a new user, new roles or a new password; which fields show
// depends on the mode. It only collects and checks input; the page writes.
class UserDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Roles, Password };

    explicit UserDialog(Mode mode, QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    QString password() const;
    core::RoleSet roles() const;
    void setRoles(const core::RoleSet &roles);
    void setSubject(const QString &username);
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void accept() override;

private:
    void retranslateUi();

    Mode m_mode;
    QLabel *m_subject = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordRepeat = nullptr;
    QMap<core::Role, QCheckBox *> m_roleBoxes;
    QLabel *m_rolesLabel = nullptr;
    QList<QLabel *> m_fieldLabels;
    QLabel *m_error = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pd::app
