#include "personpickerdialog.h"

#include "corecontext.h"
#include "personlistmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::declaration {

PersonPickerDialog::PersonPickerDialog(core::CoreContext &core, QWidget *parent)
    : QDialog(parent), m_people(std::make_unique<core::PersonStore>(core))
{
    setObjectName(QStringLiteral("personPickerDialog"));
    m_model = new PersonListModel(*m_people, core.adminUnits(), this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("personTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("usePerson"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 440);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PersonPickerDialog::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &PersonPickerDialog::search);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonPickerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonPickerDialog::updateButtons);
    retranslateUi();
    updateButtons();
    m_search->setFocus();
}

PersonPickerDialog::~PersonPickerDialog() = default;

void PersonPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Find a person"));
    m_intro->setText(tr("Type a name (with or without diacritics, a year of birth may follow), "
                        "an ID number or a phone number."));
    m_search->setPlaceholderText(tr("Name, ID number or phone"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this person"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void PersonPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PersonPickerDialog::setQuery(const QString &text)
{
    m_search->setText(text);
    search();
}

void PersonPickerDialog::search()
{
    m_searchTimer.stop();
    m_model->setQuery(m_search->text());
    if (!m_model->errorMessage().isEmpty())
        m_status->setText(m_model->errorMessage());
    else if (m_search->text().trimmed().isEmpty())
        m_status->clear();
    else
        m_status->setText(tr("%n person(s) found", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void PersonPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_table->selectionModel()->hasSelection());
}

std::optional<core::Person> PersonPickerDialog::selectedPerson() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->personAt(rows.first().row());
}

} // namespace pd::declaration
