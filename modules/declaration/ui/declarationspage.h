#pragma once

#include "declarationstore.h"
#include "userstore.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace pd::core {
class CoreContext;
struct Recognition;
} // namespace pd::core

namespace pd::declaration {

class DeclarationForm;
class DeclarationListModel;
class UnitSearchEdit;

// The commune's health declarations: a filter bar (dates, area, any
// symptom, any exposure, folded search), the list with attention rows in
// colour, the selected declaration's answers, and the form for a new
// declaration or a correction, shown in place of the list. A scanned code
// opens the form pre-filled (the app forwards scans to applyPayload()).
class DeclarationsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 300;

    DeclarationsPage(core::CoreContext &core, const core::User &user, QWidget *parent = nullptr);
    ~DeclarationsPage() override;

    DeclarationListModel *listModel() const { return m_model; }
    DeclarationForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }
    QString message() const;
    bool isFormOpen() const;
    // The declaration kind new declarations start with, from the user's roles.
    DeclarationKind defaultKind() const { return m_defaultKind; }

public Q_SLOTS:
    void openNew(const pd::declaration::Declaration &prefill = {});
    void openNewForPerson(const pd::core::Person &person);
    void openCorrection();
    void showHistory(const QString &personId);
    void showAll();
    // The one-click list for the district: declarations and arrivals.
    void exportForDistrict();
    void applyPayload(const QByteArray &payload);
    void applyRecognition(const pd::core::Recognition &recognition);
    // Applies the filter bar now (also done after typing stops).
    void applyFilter();

Q_SIGNALS:
    void declarationSaved(const QString &declarationId);
    // From the list or the form: the app opens the camera and answers
    // with applyPayload().
    void cameraScanRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateDetail();
    void updateButtons();
    void updateCount();
    void showList();
    void onSaved(const QString &declarationId);
    void leaveFormAfterRefusedScan();
    std::optional<Declaration> selectedDeclaration() const;

    core::CoreContext &m_core;
    core::User m_user;
    DeclarationKind m_defaultKind = DeclarationKind::Commune;
    std::unique_ptr<DeclarationStore> m_store;
    DeclarationListModel *m_model = nullptr;
    QString m_historyPersonId;
    QTimer m_searchTimer;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    DeclarationForm *m_form = nullptr;

    QLabel *m_title = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cameraScan = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_unitLabel = nullptr;
    UnitSearchEdit *m_unit = nullptr;
    QCheckBox *m_anySymptom = nullptr;
    QCheckBox *m_anyExposure = nullptr;
    QCheckBox *m_showCorrected = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_historyLabel = nullptr;
    QPushButton *m_showAll = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::declaration
