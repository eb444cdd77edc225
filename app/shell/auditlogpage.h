#pragma once

#include "session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::core {
class AuditLogModel;
}

namespace pd::app {

// Admin page: who did what, newest first.
class AuditLogPage : public QWidget {
    Q_OBJECT

public:
    AuditLogPage(Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    core::AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace pd::app
