#pragma once

#include "peopleimport.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd::core {
class BackgroundJob;
class CoreContext;
} // namespace pd::core

namespace pd::declaration {

class AdminAreaEdit;
class ImportPreviewModel;

// Imports the commune's existing list of people (.xlsx, .csv): choose the
// file; every row is read and checked off the UI thread and shown with its
// row number, state and problems (errors in red); the columns can be mapped
// by hand and the province or district of commune names chosen, which
// checks the rows again; "N rows ready, E errors, S already registered";
// Import writes the ready rows in one transaction — refused while a row has
// an error unless "import the valid rows only" is ticked. Reading, checking
// and importing show progress and can be cancelled (nothing is written).
class PeopleImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit PeopleImportDialog(core::CoreContext &core, QWidget *parent = nullptr);
    ~PeopleImportDialog() override;

    // Reads and checks `path` (as "Choose file…" does).
    void openFile(const QString &path);
    void setCommuneArea(const QString &code);
    void setMapping(int column, core::ImportField field);
    void setValidRowsOnly(bool validOnly);

    bool isBusy() const;
    const ImportPreviewModel *previewModel() const { return m_model; }
    QString summaryText() const;
    bool canImport() const;

public Q_SLOTS:
    void startImport();
    void reject() override;

Q_SIGNALS:
    // The rows were checked (after a file, a mapping or an area change).
    void previewReady();
    void imported(int created);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Work { None, Check, Import };

    void retranslate();
    void updateState();
    void startCheck(const QString &path); // empty: check the table already read
    void requestRecheck();
    void onJobFinished();
    void rebuildMapping();
    core::PeopleImport::Options currentOptions() const;

    core::CoreContext &m_core;
    QLineEdit *m_path = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_mappingCombos;
    QLabel *m_areaLabel = nullptr;
    AdminAreaEdit *m_area = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QTableView *m_view = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    std::shared_ptr<const core::ImportTable> m_table;
    std::shared_ptr<const core::ImportPreview> m_preview;
    std::unique_ptr<core::BackgroundJob> m_job;
    Work m_work = Work::None;
    bool m_recheckPending = false;
    bool m_imported = false; // the shown preview has been imported
    // What the running job produces.
    std::shared_ptr<core::ImportTable> m_nextTable;
    std::shared_ptr<core::ImportPreview> m_nextPreview;
    std::shared_ptr<core::ImportSummary> m_result;
};

} // namespace pd::declaration
