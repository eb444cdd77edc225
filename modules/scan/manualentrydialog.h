#pragma once

#include "recognition.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd::scan {

class CheckpointController;

// A person with no code (no phone, no chip card on them): the volunteer
// types what the paper ID shows. The fields are checked like a chip ID card
// QR by CheckpointController::recordManualEntry; an error is shown here, in
// the field's words, the field gets the focus and nothing is written.
class ManualEntryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ManualEntryDialog(CheckpointController &controller, QWidget *parent = nullptr);

    // "15/03/1992", "15-03-1992", "15.03.1992" or "15031992"; null when it is
    // not a real date.
    static QDate parseDate(const QString &text);

    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message, QWidget *field);
    QWidget *fieldFor(const QString &errorCode) const;
    void retranslateUi();

    CheckpointController &m_controller;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_dateOfBirth = nullptr;
    QComboBox *m_sex = nullptr;
    QLabel *m_idNumberLabel = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLabel *m_dateOfBirthLabel = nullptr;
    QLabel *m_sexLabel = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::scan
