#pragma once

#include "personstore.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

class PersonListModel;

// "Find person" from the declaration form: type a name, an ID number or a
// phone, pick the person; the form takes their identity and address.
class PersonPickerDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 250;

    explicit PersonPickerDialog(core::CoreContext &core, QWidget *parent = nullptr);
    ~PersonPickerDialog() override;

    void setQuery(const QString &text);
    std::optional<core::Person> selectedPerson() const;
    PersonListModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void search();
    void updateButtons();

    std::unique_ptr<core::PersonStore> m_people;
    PersonListModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_searchTimer;
};

} // namespace pd::declaration
