#include "syncpage.h"

#include "enroldialog.h"
#include "role.h"
#include "synccontroller.h"
#include "syncerrors.h"
#include "syncfailuremodel.h"
#include "syncstatestore.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::app {

namespace {
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                              QStringLiteral("HH:mm dd/MM/yyyy"));
}
} // namespace

SyncPage::SyncPage(Session &session, SyncController &controller, QWidget *parent)
    : QWidget(parent), m_session(session), m_controller(controller)
{
    setObjectName(QStringLiteral("syncPage"));
    m_failures = new SyncFailureModel(session.core.database(), this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unit = new QLabel(this);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncDetail"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingDetail"));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);

    m_syncButton = new QPushButton(this);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_enrolButton = new QPushButton(this);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    // Connecting the device to a server is an administrator's decision.
    m_enrolButton->setVisible(session.user.hasRole(core::Role::Admin));

    m_failuresTitle = new QLabel(this);
    m_failureView = new QTableView(this);
    m_failureView->setObjectName(QStringLiteral("failureView"));
    m_failureView->setModel(m_failures);
    m_failureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failureView->horizontalHeader()->setStretchLastSection(true);
    m_failureView->verticalHeader()->hide();
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_dismissButton = new QPushButton(this);
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));

    auto *form = new QFormLayout;
    form->addRow(m_server);
    form->addRow(m_unit);
    form->addRow(m_lastSync);
    form->addRow(m_pending);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_syncButton);
    actions->addWidget(m_enrolButton);
    actions->addStretch();
    auto *failureActions = new QHBoxLayout;
    failureActions->addWidget(m_retryButton);
    failureActions->addWidget(m_dismissButton);
    failureActions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addLayout(actions);
    layout->addSpacing(12);
    layout->addWidget(m_failuresTitle);
    layout->addWidget(m_failureView, 1);
    layout->addLayout(failureActions);

    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_controller.isRunning())
            m_controller.cancel();
        else
            m_controller.syncNow(SyncController::Trigger::Manual);
        refresh();
    });
    connect(m_enrolButton, &QPushButton::clicked, this, &SyncPage::enrol);
    connect(m_retryButton, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_dismissButton, &QPushButton::clicked, this, &SyncPage::dismissSelected);
    connect(&m_controller, &SyncController::started, this, &SyncPage::refresh);
    connect(&m_controller, &SyncController::finished, this, &SyncPage::refresh);
    retranslateUi();
}

void SyncPage::retranslateUi()
{
    m_title->setText(tr("Sync with the provincial server"));
    m_enrolButton->setText(tr("Connect to a server…"));
    m_failuresTitle->setText(tr("Records that did not go through"));
    m_retryButton->setText(tr("Send again"));
    m_dismissButton->setText(tr("Dismiss"));
    refresh();
}

void SyncPage::refresh()
{
    m_syncButton->setText(m_controller.isRunning() ? tr("Stop sync") : tr("Sync now"));
    auto state = sync::SyncStateStore(m_session.core.database()).load();
    if (!state) {
        m_server->setText(state.error().message);
        return;
    }
    const bool enrolled = state->enrolled();
    m_syncButton->setEnabled(enrolled);
    m_server->setText(enrolled ? tr("Server: %1").arg(state->url)
                               : tr("This device is not connected to a server yet. An "
                                    "administrator connects it with the one-time code from the "
                                    "province."));
    const QString unit = m_session.core.adminUnits().fullPath(state->scopeCode);
    m_unit->setVisible(enrolled);
    m_unit->setText(tr("Unit: %1").arg(unit.isEmpty() ? state->scopeCode : unit));
    if (state->lastSuccessMs > 0)
        m_lastSync->setText(tr("Last successful sync: %1").arg(timeText(state->lastSuccessMs)));
    else
        m_lastSync->setText(tr("Last successful sync: never"));
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, int(state->pendingRows)));

    QString outcome = m_controller.lastOutcome();
    if (outcome.isEmpty() && !state->lastError.isEmpty())
        outcome = sync::SyncErrors::describe(state->lastError);
    if (const QDateTime next = m_controller.nextAutomaticRun(); next.isValid() && enrolled)
        outcome += (outcome.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Next automatic sync: %1.")
                  .arg(QLocale().toString(next, QStringLiteral("HH:mm dd/MM")));
    m_outcome->setText(outcome);

    m_failures->reload();
    m_failureView->resizeColumnsToContents();
    const bool any = m_failures->rowCount() > 0;
    m_retryButton->setEnabled(any);
    m_dismissButton->setEnabled(any);
}

QList<qint64> SyncPage::selectedFailureIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_failureView->selectionModel()->selectedRows())
        ids.append(index.data(SyncFailureModel::FailureIdRole).toLongLong());
    return ids;
}

void SyncPage::retrySelected()
{
    sync::SyncStateStore store(m_session.core.database());
    for (qint64 id : selectedFailureIds()) {
        if (auto ok = store.retryFailure(id); !ok) {
            QMessageBox::warning(this, tr("Send again"), ok.error().message);
            break;
        }
    }
    refresh();
}

void SyncPage::dismissSelected()
{
    const QList<qint64> ids = selectedFailureIds();
    if (ids.isEmpty())
        return;
    // Dismissing gives up on sending the record: ask once.
    if (QMessageBox::question(this, tr("Dismiss"),
                              tr("Stop trying to send %n record(s)? They stay on this device.",
                                 nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    sync::SyncStateStore store(m_session.core.database());
    for (qint64 id : ids)
        (void)store.dismissFailure(id);
    refresh();
}

void SyncPage::enrol()
{
    EnrolDialog dialog(m_session.core, this);
    if (auto state = sync::SyncStateStore(m_session.core.database()).load())
        dialog.setServerUrl(state->url);
    if (dialog.exec() == QDialog::Accepted)
        m_controller.syncNow(SyncController::Trigger::Manual);
    refresh();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace pd::app
