#include "auditlogpage.h"

#include "auditlogmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::app {

AuditLogPage::AuditLogPage(Session &session, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_model = new core::AuditLogModel(session.core.database(), this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_refresh = new QPushButton(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_refresh, &QPushButton::clicked, m_model, &core::AuditLogModel::refresh);
    retranslateUi();
}

void AuditLogPage::retranslateUi()
{
    m_title->setText(tr("Audit log"));
    m_refresh->setText(tr("&Refresh"));
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    // Entries are written by every page; show the newest when coming back.
    m_model->refresh();
    m_table->resizeColumnsToContents();
    QWidget::showEvent(event);
}

} // namespace pd::app
