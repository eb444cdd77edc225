#include "identityfields.h"

#include "fielderrors.h"
#include "personstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::declaration {

namespace {
QLineEdit *lineEdit(const char *name, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

IdentityFields::IdentityFields(QFormLayout *form, FieldErrors &errors, QWidget *parent)
{
    m_fullNameLabel = new QLabel(parent);
    fullName = lineEdit("fullName", core::PersonStore::maxNameLength, parent);
    m_fullNameLabel->setBuddy(fullName);
    form->addRow(m_fullNameLabel, errors.wrap(FormField::FullName, fullName));

    m_idLabel = new QLabel(parent);
    auto *idBox = new QWidget(parent);
    auto *idLayout = new QHBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idKind = new QComboBox(idBox);
    idKind->setObjectName(QStringLiteral("idKind"));
    for (const auto kind : {core::Person::IdKind::None, core::Person::IdKind::Cccd,
                            core::Person::IdKind::Cmnd, core::Person::IdKind::Passport})
        idKind->addItem(QString(), int(kind));
    idNumber = lineEdit("idNumber", 20, idBox);
    idLayout->addWidget(idKind);
    idLayout->addWidget(idNumber, 1);
    m_idLabel->setBuddy(idNumber);
    form->addRow(m_idLabel, errors.wrap(FormField::IdNumber, idBox, idNumber));
    errors.add(FormField::IdKind, errors.messageLabel(FormField::IdNumber), idKind);

    m_dateOfBirthLabel = new QLabel(parent);
    dateOfBirth = lineEdit("dateOfBirth", 10, parent);
    // Short answers in short fields: the eye finds them faster.
    dateOfBirth->setMaximumWidth(parent->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_dateOfBirthLabel->setBuddy(dateOfBirth);
    form->addRow(m_dateOfBirthLabel, errors.wrap(FormField::DateOfBirth, dateOfBirth));

    m_sexLabel = new QLabel(parent);
    sex = new QComboBox(parent);
    sex->setObjectName(QStringLiteral("sex"));
    for (const auto value : {core::Sex::Unknown, core::Sex::Male, core::Sex::Female})
        sex->addItem(QString(), int(value));
    sex->setMaximumWidth(parent->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_sexLabel->setBuddy(sex);
    form->addRow(m_sexLabel, errors.wrap(FormField::Sex, sex));
}

void IdentityFields::retranslateUi()
{
    m_fullNameLabel->setText(tr("Full &name:"));
    fullName->setPlaceholderText(tr("As on the ID card, with diacritics"));
    m_idLabel->setText(tr("&ID document:"));
    idKind->setItemText(0, tr("No document"));
    idKind->setItemText(1, tr("CCCD"));
    idKind->setItemText(2, tr("CMND"));
    idKind->setItemText(3, tr("Passport"));
    idNumber->setPlaceholderText(tr("Number"));
    m_dateOfBirthLabel->setText(tr("Date of &birth:"));
    dateOfBirth->setPlaceholderText(tr("dd/mm/yyyy or year"));
    m_sexLabel->setText(tr("&Sex:"));
    sex->setItemText(0, tr("Not given"));
    sex->setItemText(1, tr("Male"));
    sex->setItemText(2, tr("Female"));
}

} // namespace pd::declaration
