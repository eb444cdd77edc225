#include "mergepeopledialog.h"

#include "datetext.h"
#include "declarationsummary.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::declaration {

MergePeopleDialog::MergePeopleDialog(const core::Person &first, const core::Person &second,
                                     const core::AdminUnitStore &units, QWidget *parent)
    : QDialog(parent), m_people {first, second}, m_units(units)
{
    setObjectName(QStringLiteral("mergePeopleDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    for (int i = 0; i < 2; ++i) {
        m_keep[i] = new QRadioButton(this);
        m_keep[i]->setObjectName(i == 0 ? QStringLiteral("keepFirst")
                                        : QStringLiteral("keepSecond"));
        m_details[i] = new QLabel(this);
        m_details[i]->setTextFormat(Qt::PlainText);
        m_details[i]->setWordWrap(true);
        m_details[i]->setFrameShape(QFrame::StyledPanel);
        m_details[i]->setMargin(6);
        m_details[i]->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(m_keep[i], 0, i);
        grid->addWidget(m_details[i], 1, i);
        grid->setColumnStretch(i, 1);
    }
    // The older record is usually the one other devices already refer to.
    m_keep[first.createdAtMs <= second.createdAtMs ? 0 : 1]->setChecked(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmMerge"));
    // A merge cannot be undone: Enter alone must not do it.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
    retranslateUi();
}

QString MergePeopleDialog::describe(const core::Person &person) const
{
    QStringList lines {person.fullName};
    if (!person.idNumber.isEmpty())
        lines << DeclarationSummary::idKindName(person.idKind) + QStringLiteral(": ")
                + person.idNumber;
    if (!person.dateOfBirth.isNull())
        lines << tr("Born %1").arg(DateText::formatBirthDate(person.dateOfBirth));
    if (!person.phone.isEmpty())
        lines << tr("Phone %1").arg(person.phone);
    const QString address = DeclarationSummary::address(person, m_units);
    if (!address.isEmpty())
        lines << address;
    return lines.join(QLatin1Char('\n'));
}

void MergePeopleDialog::retranslateUi()
{
    setWindowTitle(tr("Merge two records"));
    m_intro->setText(tr("These two records are the same person. Choose the record to keep; the "
                        "other is merged into it."));
    for (int i = 0; i < 2; ++i) {
        m_keep[i]->setText(tr("Keep this record"));
        m_details[i]->setText(describe(m_people[i]));
    }
    m_warning->setText(tr("The merged record's declarations and check-ins stay with the person. "
                          "A merge cannot be undone."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MergePeopleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString MergePeopleDialog::keptId() const
{
    return m_keep[0]->isChecked() ? m_people[0].id : m_people[1].id;
}

QString MergePeopleDialog::mergedId() const
{
    return m_keep[0]->isChecked() ? m_people[1].id : m_people[0].id;
}

void MergePeopleDialog::setKeptId(const QString &id)
{
    m_keep[m_people[0].id == id ? 0 : 1]->setChecked(true);
}

} // namespace pd::declaration
