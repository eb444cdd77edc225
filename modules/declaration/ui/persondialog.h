#pragma once

#include "fielderrors.h"
#include "personstore.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

class IdentityFields;

class PersonListModel;
class UnitCascadePicker;

// Creates or edits one person of the registry. The registry's checks run
// on OK, each message under the field it names. A new person with the
// name, date of birth and commune of someone already registered is not
// created at once: the likely duplicates are listed with "This is the same
// person → open it" and "Different person → create anyway". An ID number
// already registered opens that record instead of creating another.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    enum class Outcome {
        None,
        Saved, // created or updated: person()
        OpenExisting, // the clerk (or the ID number) pointed at an existing record
    };

    explicit PersonDialog(core::CoreContext &core, QWidget *parent = nullptr);
    ~PersonDialog() override;

    // Edits `person` (an existing record when its id is set).
    void setPerson(const core::Person &person);
    // The person as saved, or the existing record to open.
    const core::Person &person() const { return m_person; }
    Outcome outcome() const { return m_outcome; }
    // Why an existing record was opened, for the page to say.
    QString outcomeMessage() const { return m_outcomeMessage; }

    FieldErrors &fieldErrors() { return m_errors; }
    QString generalError() const;
    bool duplicatesShown() const;
    PersonListModel *duplicatesModel() const { return m_duplicates; }
    UnitCascadePicker *addressPicker() const { return m_address; }

public Q_SLOTS:
    void accept() override;
    // The duplicate chosen in the list is the same person: open it.
    void openDuplicate();
    // None of the duplicates is this person: create the record anyway.
    void createAnyway();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    core::Person fromFields() const;
    bool showError(const core::Error &error);
    void growToFit();
    void save(bool duplicatesChecked);

    std::unique_ptr<core::PersonStore> m_people;
    core::Person m_person;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeMessage;
    FieldErrors m_errors;

    std::unique_ptr<IdentityFields> m_identity;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_nationalityLabel = nullptr;
    QLineEdit *m_nationality = nullptr;
    QLabel *m_addressLabel = nullptr;
    UnitCascadePicker *m_address = nullptr;
    QLabel *m_streetLabel = nullptr;
    QLineEdit *m_street = nullptr;

    QFrame *m_duplicatesBox = nullptr;
    QLabel *m_duplicatesText = nullptr;
    PersonListModel *m_duplicates = nullptr;
    QTableView *m_duplicatesTable = nullptr;
    QPushButton *m_same = nullptr;
    QPushButton *m_different = nullptr;

    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::declaration
