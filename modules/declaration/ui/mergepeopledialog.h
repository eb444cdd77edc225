#pragma once

#include "personstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// Confirms a merge of two registry records: both shown side by side, the
// clerk chooses the one to keep. The other is merged into it (see
// PersonStore::merge): its id maps to the kept one, nothing that refers to
// it is lost, and the merge cannot be undone from here.
class MergePeopleDialog : public QDialog {
    Q_OBJECT

public:
    MergePeopleDialog(const core::Person &first, const core::Person &second,
                      const core::AdminUnitStore &units, QWidget *parent = nullptr);

    QString keptId() const;
    QString mergedId() const;
    // Chooses the record to keep (for tests and keyboard users).
    void setKeptId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString describe(const core::Person &person) const;

    core::Person m_people[2];
    const core::AdminUnitStore &m_units;
    QLabel *m_intro = nullptr;
    QRadioButton *m_keep[2] {};
    QLabel *m_details[2] {};
    QLabel *m_warning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::declaration
