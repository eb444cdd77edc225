#include "conflictpage.h"

#include "conflictmodels.h"
#include "role.h"
#include "synccontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::app {

ConflictPage::ConflictPage(Session &session, SyncController *controller, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("conflictPage"));
    m_list = new ConflictListModel(session.core, this);
    m_comparison = new PersonComparisonModel(session.core, this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("conflictList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_listView->verticalHeader()->hide();
    m_comparisonView = new QTableView(this);
    m_comparisonView->setObjectName(QStringLiteral("conflictComparison"));
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_keepFirst = new QPushButton(this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirstButton"));
    m_keepSecond = new QPushButton(this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecondButton"));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_notDuplicate = new QPushButton(this);
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicateButton"));
    using R = core::ConflictStore::Resolution;
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { resolve(R::KeepFirst); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { resolve(R::KeepSecond); });
    connect(m_merge, &QPushButton::clicked, this, [this] { resolve(R::MergeIntoFirst); });
    connect(m_notDuplicate, &QPushButton::clicked, this, [this] { resolve(R::NotDuplicate); });

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_comparisonView, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_keepFirst, m_keepSecond, m_merge, m_notDuplicate})
        buttons->addWidget(button);
    buttons->addStretch();
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictPage::showSelected);
    // New conflicts arrive with a sync.
    if (controller)
        connect(controller, &SyncController::finished, this, &ConflictPage::refresh);
    retranslateUi();
}

void ConflictPage::retranslateUi()
{
    m_title->setText(tr("Conflicts to review"));
    m_hint->setText(tr("Two devices registered the same ID number while offline. Compare the two "
                       "records and decide. Nothing is deleted: a record merged into the other "
                       "stays on file and its id keeps pointing to the kept one."));
    m_keepFirst->setText(tr("Keep the first"));
    m_keepSecond->setText(tr("Keep the second"));
    m_merge->setText(tr("Merge into the first"));
    m_merge->setToolTip(tr("Keeps the first record and fills its empty fields from the second."));
    m_notDuplicate->setText(tr("Different people"));
    refresh();
}

void ConflictPage::refresh()
{
    const int row = m_listView->currentIndex().row();
    m_list->reload();
    m_listView->resizeColumnsToContents();
    if (m_list->rowCount() > 0)
        m_listView->selectRow(std::clamp(row, 0, m_list->rowCount() - 1));
    showSelected();
}

void ConflictPage::showSelected()
{
    const int row = m_listView->currentIndex().row();
    const bool any = row >= 0 && row < m_list->rowCount();
    const bool mayDecide =
        m_session.user.hasRole(core::Role::Clerk) || m_session.user.hasRole(core::Role::Admin);
    for (QPushButton *button : {m_keepFirst, m_keepSecond, m_merge, m_notDuplicate})
        button->setEnabled(any && mayDecide);
    if (!any) {
        m_comparison->setPeople(std::nullopt, std::nullopt);
        return;
    }
    const core::Conflict &conflict = m_list->conflictAt(row);
    core::PersonStore people(m_session.core);
    m_comparison->setPeople(people.findById(conflict.firstId).value_or(std::nullopt),
                            people.findById(conflict.secondId).value_or(std::nullopt));
}

void ConflictPage::resolve(core::ConflictStore::Resolution resolution)
{
    const int row = m_listView->currentIndex().row();
    if (row < 0 || row >= m_list->rowCount())
        return;
    const QString id = m_list->conflictAt(row).id;
    auto resolved = core::ConflictStore(m_session.core).resolve(id, resolution, m_session.user);
    if (!resolved)
        QMessageBox::warning(this, tr("Conflicts to review"), resolved.error().message);
    refresh();
}

void ConflictPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConflictPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace pd::app
