#pragma once

#include "session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::app {

class AdminUnitPicker;

// Admin page: the device's settings (stored in the data file).
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    SettingsPage(Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void save();
    void connectToServer();
    void showMessage(const QString &message, bool error);

    Session &m_session;
    QLabel *m_title = nullptr;
    QLabel *m_deviceId = nullptr;
    QLineEdit *m_deviceName = nullptr;
    AdminUnitPicker *m_location = nullptr;
    QLineEdit *m_venueName = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QSpinBox *m_idleLockMinutes = nullptr;
    QComboBox *m_language = nullptr;
    QList<QLabel *> m_labels;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace pd::app
