#pragma once

#include "session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::app {

class SyncController;
class SyncFailureModel;

// Where a person sees how this device stands with the provincial server:
// which server and unit, when it last synced, what waits to be sent, and
// every record that did not go through with the reason, to retry or
// dismiss. Administrators connect the device from here.
class SyncPage : public QWidget {
    Q_OBJECT

public:
    SyncPage(Session &session, SyncController &controller, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void enrol();
    void retrySelected();
    void dismissSelected();
    QList<qint64> selectedFailureIds() const;

    Session &m_session;
    SyncController &m_controller;
    SyncFailureModel *m_failures = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_failuresTitle = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_enrolButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QTableView *m_failureView = nullptr;
};

} // namespace pd::app
