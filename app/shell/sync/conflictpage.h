#pragma once

#include "conflictstore.h"
#include "session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::app {

class ConflictListModel;
class PersonComparisonModel;
class SyncController;

// Conflicts the server found between devices, one at a time: both versions
// of the person side by side, and the decision (keep one, merge, or "two
// different people"), which syncs like any change. Only clerks and
// administrators decide; others see the list.
class ConflictPage : public QWidget {
    Q_OBJECT

public:
    ConflictPage(Session &session, SyncController *controller, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void resolve(core::ConflictStore::Resolution resolution);

    Session &m_session;
    ConflictListModel *m_list = nullptr;
    PersonComparisonModel *m_comparison = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_listView = nullptr;
    QTableView *m_comparisonView = nullptr;
    QPushButton *m_keepFirst = nullptr;
    QPushButton *m_keepSecond = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_notDuplicate = nullptr;
};

} // namespace pd::app
