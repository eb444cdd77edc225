#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd::core {
class BackgroundJob;
class CoreContext;
} // namespace pd::core

namespace pd::app {

// Connects this device to the provincial server with the one-time code the
// province gave out (docs/SYNC.md, Enrolment). The request runs off the UI
// thread; a refusal is shown in the dialog, which stays open to correct it.
class EnrolDialog : public QDialog {
    Q_OBJECT

public:
    explicit EnrolDialog(core::CoreContext &core, QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setCode(const QString &code);

public Q_SLOTS:
    void accept() override;

private:
    void chooseCertificate();
    void showError(const QString &message);

    core::CoreContext &m_core;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    core::BackgroundJob *m_job = nullptr;
};

} // namespace pd::app
