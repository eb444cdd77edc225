#pragma once

#include "personstore.h"
#include "userstore.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

class PersonListModel;

// The people registry for the commune clerk: search by name (folded), ID
// number or phone; create and edit (the registry's checks by field, likely
// duplicates offered before creating); merge two records that are the same
// person (clerk or administrator, after a confirmation); declare for the
// selected person; print their personal QR cards.
class PeoplePage : public QWidget {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 250;

    PeoplePage(core::CoreContext &core, const core::User &user, QWidget *parent = nullptr);
    ~PeoplePage() override;

    PersonListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const;
    bool canMerge() const;
    QList<core::Person> selectedPeople() const;

public Q_SLOTS:
    void search();
    void setQuery(const QString &text);
    // Each opens a window-modal dialog and returns at once; the work is
    // done when the dialog is accepted.
    void newPerson();
    void editPerson();
    void mergeSelected();
    void printCards();
    void importList();
    void printVenuePoster();
    void declareForSelected();
    // Selects a person in the list (searching by their ID number or name).
    void showPerson(const core::Person &person);

Q_SIGNALS:
    // "Declare for this person": the app opens the declarations page with
    // the form pre-filled.
    void declareRequested(const pd::core::Person &person);
    // A person was created, edited or merged.
    void registryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void report(const QString &message, bool error = false);

    core::CoreContext &m_core;
    core::User m_user;
    std::unique_ptr<core::PersonStore> m_people;
    PersonListModel *m_model = nullptr;
    QTimer m_searchTimer;

    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_declare = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_poster = nullptr;
};

} // namespace pd::declaration
