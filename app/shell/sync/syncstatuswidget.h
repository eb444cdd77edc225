#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pd::core {
class CoreContext;
}

namespace pd::app {

class SyncController;

// The status bar's sync corner: when the last sync succeeded (or why the
// last one failed), a progress bar while a cycle runs, and the Sync button
// (which cancels a running cycle).
class SyncStatusWidget : public QWidget {
    Q_OBJECT

public:
    SyncStatusWidget(core::CoreContext &core, SyncController &controller,
                     QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    core::CoreContext &m_core;
    SyncController &m_controller;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace pd::app
