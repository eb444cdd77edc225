#pragma once

#include <QCoreApplication>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace pd::declaration {

class FieldErrors;

// The identity rows the declaration form and the person dialog share: full
// name, ID document (kind and number), date of birth and sex, each wrapped
// by FieldErrors for its message. The owner reads and writes the widgets;
// this only builds and names them.
class IdentityFields {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::IdentityFields)

public:
    IdentityFields(QFormLayout *form, FieldErrors &errors, QWidget *parent);

    void retranslateUi();

    QLineEdit *fullName = nullptr;
    QComboBox *idKind = nullptr; // data: core::Person::IdKind
    QLineEdit *idNumber = nullptr;
    QLineEdit *dateOfBirth = nullptr;
    QComboBox *sex = nullptr; // data: core::Sex

private:
    QLabel *m_fullNameLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_dateOfBirthLabel = nullptr;
    QLabel *m_sexLabel = nullptr;
};

} // namespace pd::declaration
