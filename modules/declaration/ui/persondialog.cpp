#include "persondialog.h"

#include "corecontext.h"
#include "datetext.h"
#include "declarationsummary.h"
#include "identityfields.h"
#include "personlistmodel.h"
#include "unitcascadepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::declaration {

PersonDialog::PersonDialog(core::CoreContext &core, QWidget *parent)
    : QDialog(parent), m_people(std::make_unique<core::PersonStore>(core))
{
    setObjectName(QStringLiteral("personDialog"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto edit = [this](const char *name, int maxLength) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QLatin1String(name));
        line->setMaxLength(maxLength);
        return line;
    };
    m_identity = std::make_unique<IdentityFields>(form, m_errors, this);

    m_phoneLabel = new QLabel(this);
    m_phone = edit("phone", 20);
    m_phoneLabel->setBuddy(m_phone);
    form->addRow(m_phoneLabel, m_errors.wrap(FormField::Phone, m_phone));

    m_nationalityLabel = new QLabel(this);
    m_nationality = edit("nationality", 2);
    m_nationality->setText(QStringLiteral("VN"));
    m_nationalityLabel->setBuddy(m_nationality);
    form->addRow(m_nationalityLabel, m_errors.wrap(FormField::Nationality, m_nationality));

    m_addressLabel = new QLabel(this);
    m_address = new UnitCascadePicker(core.adminUnits(), this);
    m_address->setObjectName(QStringLiteral("addressPicker"));
    m_addressLabel->setBuddy(m_address->provinceEdit());
    form->addRow(m_addressLabel,
                 m_errors.wrap(FormField::Commune, m_address, m_address->provinceEdit()));

    m_streetLabel = new QLabel(this);
    m_street = edit("street", 200);
    m_streetLabel->setBuddy(m_street);
    form->addRow(m_streetLabel, m_errors.wrap(FormField::Street, m_street));

    m_duplicatesBox = new QFrame(this);
    m_duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    m_duplicatesBox->setFrameShape(QFrame::StyledPanel);
    m_duplicatesBox->setAutoFillBackground(true);
    QPalette amber = m_duplicatesBox->palette();
    amber.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2));
    amber.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x00));
    m_duplicatesBox->setPalette(amber);
    m_duplicatesText = new QLabel(m_duplicatesBox);
    m_duplicatesText->setWordWrap(true);
    m_duplicates = new PersonListModel(*m_people, core.adminUnits(), this);
    m_duplicatesTable = new QTableView(m_duplicatesBox);
    m_duplicatesTable->setObjectName(QStringLiteral("duplicatesTable"));
    m_duplicatesTable->setModel(m_duplicates);
    m_duplicatesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicatesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicatesTable->verticalHeader()->hide();
    m_duplicatesTable->horizontalHeader()->setStretchLastSection(true);
    m_duplicatesTable->setMaximumHeight(130);
    m_same = new QPushButton(m_duplicatesBox);
    m_same->setObjectName(QStringLiteral("samePerson"));
    m_different = new QPushButton(m_duplicatesBox);
    m_different->setObjectName(QStringLiteral("differentPerson"));
    auto *duplicateButtons = new QHBoxLayout;
    duplicateButtons->addWidget(m_same);
    duplicateButtons->addWidget(m_different);
    duplicateButtons->addStretch();
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->addWidget(m_duplicatesText);
    duplicatesLayout->addWidget(m_duplicatesTable);
    duplicatesLayout->addLayout(duplicateButtons);
    m_duplicatesBox->hide();
    connect(m_same, &QPushButton::clicked, this, &PersonDialog::openDuplicate);
    connect(m_different, &QPushButton::clicked, this, &PersonDialog::createAnyway);

    m_generalError = FieldErrors::makeMessageLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePerson"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicatesBox);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    retranslateUi();
    m_identity->fullName->setFocus();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::retranslateUi()
{
    setWindowTitle(m_person.id.isEmpty() ? tr("New person") : tr("Edit person"));
    m_identity->retranslateUi();
    m_phoneLabel->setText(tr("&Phone:"));
    m_nationalityLabel->setText(tr("Nationality (code):"));
    m_addressLabel->setText(tr("Address:"));
    m_streetLabel->setText(tr("House number, s&treet:"));
    m_duplicatesText->setText(
        tr("Someone with the same name, date of birth and commune is already registered. Is it "
           "the same person?"));
    m_same->setText(tr("This is the same person → open it"));
    m_different->setText(tr("Different person → create anyway"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void PersonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PersonDialog::setPerson(const core::Person &person)
{
    m_person = person;
    m_identity->fullName->setText(person.fullName);
    m_identity->idKind->setCurrentIndex(m_identity->idKind->findData(int(person.idKind)));
    m_identity->idNumber->setText(person.idNumber);
    m_identity->dateOfBirth->setText(DateText::formatBirthDate(person.dateOfBirth));
    m_identity->sex->setCurrentIndex(m_identity->sex->findData(int(person.sex)));
    m_phone->setText(person.phone);
    m_nationality->setText(person.nationality);
    m_address->setCommuneCode(person.communeCode);
    m_street->setText(person.street);
    retranslateUi();
}

core::Person PersonDialog::fromFields() const
{
    core::Person person = m_person;
    person.fullName = m_identity->fullName->text();
    person.idKind = core::Person::IdKind(m_identity->idKind->currentData().toInt());
    person.idNumber = m_identity->idNumber->text();
    // A 12-digit number without a chosen document is a CCCD, 9 a CMND.
    if (person.idKind == core::Person::IdKind::None)
        person.idKind = core::Person::idKindOfNumber(person.idNumber);
    person.dateOfBirth =
        DateText::parseBirthDate(m_identity->dateOfBirth->text()).value_or(core::BirthDate());
    person.sex = core::Sex(m_identity->sex->currentData().toInt());
    person.phone = m_phone->text();
    person.nationality = m_nationality->text();
    person.communeCode = m_address->communeCode();
    person.street = m_street->text();
    return person;
}

bool PersonDialog::showError(const core::Error &error)
{
    const bool besideField = m_errors.show(fieldForErrorCode(error.code), error.message);
    m_generalError->setText(error.message);
    m_generalError->setVisible(!besideField);
    growToFit();
    return besideField;
}

void PersonDialog::growToFit()
{
    // A message or the duplicates appeared: the window grows rather than
    // squeezing the fields (wrapped text is not in the minimum size).
    QLayout *layout = this->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalMinimumSize().height();
    if (height() < needed)
        resize(width(), needed);
}

QString PersonDialog::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

bool PersonDialog::duplicatesShown() const
{
    return !m_duplicatesBox->isHidden();
}

void PersonDialog::accept()
{
    save(false);
}

void PersonDialog::createAnyway()
{
    save(true);
}

void PersonDialog::save(bool duplicatesChecked)
{
    m_errors.clear();
    m_generalError->hide();
    if (!DateText::parseBirthDate(m_identity->dateOfBirth->text())) {
        showError({QStringLiteral("form.date_of_birth"),
                   tr("Date of birth: type the date as dd/mm/yyyy, or the year alone.")});
        return;
    }
    auto checked = m_people->validate(fromFields());
    if (!checked) {
        showError(checked.error());
        return;
    }
    if (!m_person.id.isEmpty()) {
        auto updated = m_people->update(*checked);
        if (!updated) {
            showError(updated.error());
            return;
        }
        m_person = *updated;
        m_outcome = Outcome::Saved;
        QDialog::accept();
        return;
    }
    if (!duplicatesChecked) {
        auto duplicates = m_people->likelyDuplicates(*checked);
        if (!duplicates) {
            showError(duplicates.error());
            return;
        }
        if (!duplicates->isEmpty()) {
            m_duplicates->setPeople(*duplicates);
            m_duplicatesTable->resizeColumnsToContents();
            m_duplicatesTable->selectRow(0);
            m_duplicatesBox->show();
            growToFit();
            m_same->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    auto created = m_people->create(*checked);
    if (!created) {
        showError(created.error());
        return;
    }
    m_person = created->person;
    if (created->existed) {
        m_outcome = Outcome::OpenExisting;
        m_outcomeMessage = tr("This ID number is already registered: the existing record was "
                              "opened instead of creating another.");
    } else {
        m_outcome = Outcome::Saved;
    }
    QDialog::accept();
}

void PersonDialog::openDuplicate()
{
    const QModelIndexList rows = m_duplicatesTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    if (row >= m_duplicates->rowCount())
        return;
    m_person = m_duplicates->personAt(row);
    m_outcome = Outcome::OpenExisting;
    m_outcomeMessage = tr("The existing record was opened; nothing was created.");
    QDialog::accept();
}

} // namespace pd::declaration
