#include "syncstatuswidget.h"

#include "corecontext.h"
#include "synccontroller.h"
#include "syncerrors.h"
#include "syncstatestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace pd::app {

SyncStatusWidget::SyncStatusWidget(core::CoreContext &core, SyncController &controller,
                                   QWidget *parent)
    : QWidget(parent), m_core(core), m_controller(controller)
{
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("syncButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);

    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_controller.isRunning())
            m_controller.cancel();
        else
            m_controller.syncNow(SyncController::Trigger::Manual);
        refresh();
    });
    connect(&m_controller, &SyncController::started, this, &SyncStatusWidget::refresh);
    connect(&m_controller, &SyncController::finished, this, &SyncStatusWidget::refresh);
    connect(&m_controller, &SyncController::progress, this,
            [this](qint64 done, qint64 total, const QString &label) {
                m_progress->setRange(0, total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
                m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
                m_progress->setToolTip(label);
            });
    refresh();
}

void SyncStatusWidget::refresh()
{
    const bool running = m_controller.isRunning();
    m_progress->setVisible(running);
    if (running && m_progress->maximum() != 0)
        m_progress->setRange(0, 0); // busy until the first progress report
    m_button->setText(running ? tr("Stop sync") : tr("Sync"));

    auto state = sync::SyncStateStore(m_core.database()).load();
    QString text;
    QString tip = m_controller.lastOutcome();
    if (!state) {
        text = tr("Sync state unreadable");
    } else if (!state->enrolled()) {
        text = tr("Not connected to a server");
    } else if (running) {
        text = tr("Syncing…");
    } else if (!state->lastError.isEmpty()) {
        text = tr("Last sync failed");
        if (tip.isEmpty())
            tip = sync::SyncErrors::describe(state->lastError);
    } else if (state->lastSuccessMs > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(state->lastSuccessMs);
        text = tr("Last sync: %1").arg(QLocale().toString(at, QStringLiteral("HH:mm dd/MM")));
    } else {
        text = tr("Never synced");
    }
    m_lastSync->setText(text);
    m_lastSync->setToolTip(tip);
    m_button->setEnabled(state && state->enrolled());
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace pd::app
