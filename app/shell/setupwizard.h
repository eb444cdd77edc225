#pragma once

#include "corecontext.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd::app {

class AdminUnitPicker;
class LanguageManager;

// First start with no users: choose the language, create the administrator
// and describe the device. Nothing is written until Finish, then all of it
// in one transaction (core::setUpDevice).
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { LanguagePageId, AdminPageId, DevicePageId };

    SetupWizard(core::CoreContext &core, LanguageManager &language, QWidget *parent = nullptr);

    // The administrator's username, for the login that follows.
    QString adminUsername() const;

protected:
    void changeEvent(QEvent *event) override;
    bool validateCurrentPage() override;

private:
    void retranslateUi();
    QWizardPage *createLanguagePage();
    QWizardPage *createAdminPage();
    QWizardPage *createDevicePage();
    void showError(QLabel *label, const QString &message);

    core::CoreContext &m_core;
    LanguageManager &m_language;

    QComboBox *m_languageChoice = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_languageLabel = nullptr;

    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordRepeat = nullptr;
    QLabel *m_adminError = nullptr;
    QList<QLabel *> m_adminLabels;

    QLineEdit *m_deviceName = nullptr;
    AdminUnitPicker *m_location = nullptr;
    QLineEdit *m_venueName = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLabel *m_deviceError = nullptr;
    QList<QLabel *> m_deviceLabels;
};

} // namespace pd::app
