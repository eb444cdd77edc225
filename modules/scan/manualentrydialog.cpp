#include "manualentrydialog.h"

#include "checkpointcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::scan {

namespace {
enum SexItem { SexNotChosen, SexMale, SexFemale };
} // namespace

ManualEntryDialog::ManualEntryDialog(CheckpointController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("manualEntryDialog"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    // A CCCD number is 12 digits; the controller says which rule a wrong one
    // breaks, this only keeps letters out.
    m_idNumber->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_idNumber));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setMaxLength(100);
    m_dateOfBirth = new QLineEdit(this);
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setMaxLength(10);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(QString(), int(core::Sex::Unknown));
    m_sex->addItem(QString(), int(core::Sex::Male));
    m_sex->addItem(QString(), int(core::Sex::Female));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_idNumberLabel = new QLabel(this);
    m_idNumberLabel->setBuddy(m_idNumber);
    m_fullNameLabel = new QLabel(this);
    m_fullNameLabel->setBuddy(m_fullName);
    m_dateOfBirthLabel = new QLabel(this);
    m_dateOfBirthLabel->setBuddy(m_dateOfBirth);
    m_sexLabel = new QLabel(this);
    m_sexLabel->setBuddy(m_sex);
    auto *form = new QFormLayout;
    form->addRow(m_idNumberLabel, m_idNumber);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_dateOfBirthLabel, m_dateOfBirth);
    form->addRow(m_sexLabel, m_sex);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ManualEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ManualEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
    m_idNumber->setFocus();
}

QDate ManualEntryDialog::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})$"));
    QRegularExpressionMatch match = digitsOnly.match(trimmed);
    if (!match.hasMatch())
        match = separated.match(trimmed);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QString ManualEntryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ManualEntryDialog::accept()
{
    // What the controller cannot be asked without: a real date and a sex.
    const QDate dateOfBirth = parseDate(m_dateOfBirth->text());
    if (!dateOfBirth.isValid()) {
        showError(tr("Date of birth: enter a real date as dd/mm/yyyy."), m_dateOfBirth);
        return;
    }
    const auto sex = core::Sex(m_sex->currentData().toInt());
    if (sex == core::Sex::Unknown) {
        showError(tr("Sex: choose male or female."), m_sex);
        return;
    }
    auto recorded =
        m_controller.recordManualEntry(m_idNumber->text(), m_fullName->text(), dateOfBirth, sex);
    if (!recorded) {
        showError(recorded.error().message, fieldFor(recorded.error().code));
        return;
    }
    QDialog::accept();
}

QWidget *ManualEntryDialog::fieldFor(const QString &errorCode) const
{
    // CCCD reason codes (cccdqr.cpp): the message names the field; so does
    // the focus.
    if (errorCode == QLatin1String("cccd.full_name"))
        return m_fullName;
    if (errorCode == QLatin1String("cccd.date_of_birth")
        || errorCode == QLatin1String("cccd.birth_in_future"))
        return m_dateOfBirth;
    if (errorCode == QLatin1String("cccd.sex"))
        return m_sex;
    if (errorCode.startsWith(QLatin1String("cccd.")))
        return m_idNumber; // the number and its cross-checks
    return nullptr; // the data file refused the write: no field is wrong
}

void ManualEntryDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (auto *lineEdit = qobject_cast<QLineEdit *>(field)) {
        lineEdit->setFocus();
        lineEdit->selectAll();
    } else if (field) {
        field->setFocus();
    }
}

void ManualEntryDialog::retranslateUi()
{
    setWindowTitle(tr("Manual entry"));
    m_intro->setText(tr("For a person without a code: type what their ID card shows."));
    m_idNumberLabel->setText(tr("&ID number:"));
    m_idNumber->setPlaceholderText(tr("12 digits"));
    m_fullNameLabel->setText(tr("Full &name:"));
    m_dateOfBirthLabel->setText(tr("&Date of birth:"));
    m_dateOfBirth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_sexLabel->setText(tr("&Sex:"));
    m_sex->setItemText(SexNotChosen, tr("Choose…"));
    m_sex->setItemText(SexMale, tr("Male"));
    m_sex->setItemText(SexFemale, tr("Female"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record entry"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ManualEntryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::scan
