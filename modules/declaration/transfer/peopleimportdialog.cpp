#include "peopleimportdialog.h"

#include "adminareaedit.h"
#include "backgroundjob.h"
#include "corecontext.h"
#include "importpreviewmodel.h"
#include "tablereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace pd::declaration {

PeopleImportDialog::PeopleImportDialog(core::CoreContext &core, QWidget *parent)
    : QDialog(parent), m_core(core)
{
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_chooseButton = new QPushButton(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_chooseButton);

    m_mappingBox = new QGroupBox(this);
    auto *mappingContent = new QWidget;
    m_mappingGrid = new QGridLayout(mappingContent);
    auto *mappingScroll = new QScrollArea(m_mappingBox);
    mappingScroll->setWidget(mappingContent);
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    mappingScroll->setMaximumHeight(180);
    m_areaLabel = new QLabel(this);
    m_area = new AdminAreaEdit(core.adminUnits(),
                               {core::AdminUnit::Level::Province, core::AdminUnit::Level::District},
                               this);
    m_areaLabel->setBuddy(m_area);
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_areaLabel);
    areaRow->addWidget(m_area, 1);
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(mappingScroll);
    mappingLayout->addLayout(areaRow);

    m_summary = new QLabel(this);
    m_errorsOnly = new QCheckBox(this);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_errorsOnly);

    m_model = new ImportPreviewModel(core.adminUnits(), this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::StateRole);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // A list of 100,000 rows stays quick with fixed row heights.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_validOnly = new QCheckBox(this);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_mappingBox);
    layout->addLayout(summaryRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 640);

    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString filter =
            tr("Spreadsheets (%1)").arg(core::TableReader::nameFilters().join(QLatin1Char(' ')));
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the list of people"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_area, &AdminAreaEdit::codeChanged, this, &PeopleImportDialog::requestRecheck);
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setFilterFixedString(only ? QString::number(int(core::ImportRow::State::Error))
                                            : QString());
    });
    connect(m_validOnly, &QCheckBox::toggled, this, &PeopleImportDialog::updateState);
    connect(m_importButton, &QPushButton::clicked, this, &PeopleImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_recheckPending = false;
        if (m_job)
            m_job->cancel();
        m_cancelButton->setEnabled(false);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &PeopleImportDialog::reject);

    retranslate();
    updateState();
}

PeopleImportDialog::~PeopleImportDialog() = default;

void PeopleImportDialog::retranslate()
{
    setWindowTitle(tr("Import people from a list"));
    m_path->setPlaceholderText(tr("An Excel workbook (.xlsx) or CSV file (.csv)"));
    m_chooseButton->setText(tr("&Choose file…"));
    m_mappingBox->setTitle(tr("Columns"));
    m_areaLabel->setText(tr("Commune &names are in:"));
    m_area->setPlaceholderText(tr("Province or district (when the list gives commune names only)"));
    m_errorsOnly->setText(tr("Show only rows with &errors"));
    m_validOnly->setText(tr("Import the &valid rows only (rows with errors are left out)"));
    m_importButton->setText(tr("&Import"));
    m_cancelButton->setText(tr("Cancel"));
    rebuildMapping();
    updateState();
}

void PeopleImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PeopleImportDialog::rebuildMapping()
{
    m_mappingCombos.clear();
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_table)
        return;
    const QList<core::ImportField> mapping =
        m_preview ? m_preview->mapping : core::PeopleImport::autoMapping(m_table->headers);
    const QList<core::ImportField> fields = core::PeopleImport::allFields();
    constexpr int pairsPerRow = 3;
    for (qsizetype column = 0; column < m_table->headers.size(); ++column) {
        auto *label = new QLabel(m_table->headers.at(column));
        label->setToolTip(label->text());
        auto *combo = new QComboBox;
        for (const core::ImportField field : fields)
            combo->addItem(core::PeopleImport::fieldName(field), int(field));
        combo->setCurrentIndex(
            int(fields.indexOf(mapping.value(column, core::ImportField::Ignore))));
        label->setBuddy(combo);
        const int row = int(column / pairsPerRow);
        const int pair = int(column % pairsPerRow) * 2;
        m_mappingGrid->addWidget(label, row, pair, Qt::AlignRight);
        m_mappingGrid->addWidget(combo, row, pair + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &PeopleImportDialog::requestRecheck);
        m_mappingCombos.append(combo);
    }
}

core::PeopleImport::Options PeopleImportDialog::currentOptions() const
{
    core::PeopleImport::Options options;
    for (const QComboBox *combo : m_mappingCombos)
        options.mapping.append(core::ImportField(combo->currentData().toInt()));
    options.communeArea = m_area->code();
    return options;
}

void PeopleImportDialog::setCommuneArea(const QString &code)
{
    m_area->setCode(code);
}

void PeopleImportDialog::setMapping(int column, core::ImportField field)
{
    if (column >= 0 && column < m_mappingCombos.size())
        m_mappingCombos.at(column)->setCurrentIndex(
            m_mappingCombos.at(column)->findData(int(field)));
}

void PeopleImportDialog::setValidRowsOnly(bool validOnly)
{
    m_validOnly->setChecked(validOnly);
}

bool PeopleImportDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

QString PeopleImportDialog::summaryText() const
{
    return m_summary->text();
}

bool PeopleImportDialog::canImport() const
{
    return m_importButton->isEnabled();
}

void PeopleImportDialog::openFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_table.reset();
    m_preview.reset();
    m_model->setPreview(nullptr);
    m_imported = false;
    rebuildMapping();
    if (m_job) {
        // The running work is for another file: drop its result.
        m_job->cancel();
        m_job->wait();
        m_job.reset();
        m_work = Work::None;
    }
    startCheck(path);
}

void PeopleImportDialog::requestRecheck()
{
    if (!m_table)
        return;
    if (isBusy()) {
        if (m_work == Work::Check) {
            m_recheckPending = true;
            m_job->cancel();
        }
        return;
    }
    startCheck({});
}

void PeopleImportDialog::startCheck(const QString &path)
{
    m_nextTable = std::make_shared<core::ImportTable>();
    m_nextPreview = std::make_shared<core::ImportPreview>();
    auto table = m_nextTable;
    auto preview = m_nextPreview;
    auto existing = m_table;
    const core::PeopleImport::Options options =
        path.isEmpty() ? currentOptions() : core::PeopleImport::Options {{}, m_area->code()};
    m_job = std::make_unique<core::BackgroundJob>(
        m_core,
        [path, existing, options, table, preview](core::CoreContext &core,
                                                  core::JobControl &control) {
            const core::ImportTable *source = existing.get();
            if (!path.isEmpty()) {
                auto read = core::PeopleImport::readTable(path, &control);
                if (!read)
                    return core::Status(std::unexpected(read.error()));
                *table = std::move(*read);
                source = table.get();
            }
            auto checked = core::PeopleImport(core).preview(*source, options, &control);
            if (!checked)
                return core::Status(std::unexpected(checked.error()));
            *preview = std::move(*checked);
            return core::Status();
        });
    if (path.isEmpty())
        m_nextTable.reset(); // the table stays the one already read
    m_work = Work::Check;
    connect(m_job.get(), &core::BackgroundJob::progress, this,
            [this](qint64 done, qint64 total, const QString &label) {
                constexpr qint64 most = std::numeric_limits<int>::max();
                // Byte counts of big files do not fit a progress bar's int.
                const int scale = total > most ? int(total / most + 1) : 1;
                m_progress->setRange(0, int(std::min(total / scale, most)));
                m_progress->setValue(int(std::min(done / scale, most)));
                m_status->setText(label);
            });
    connect(m_job.get(), &core::BackgroundJob::finished, this, &PeopleImportDialog::onJobFinished);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the list…"));
    m_job->start();
    updateState();
}

void PeopleImportDialog::startImport()
{
    if (isBusy() || !canImport() || !m_preview)
        return;
    m_result = std::make_shared<core::ImportSummary>();
    auto result = m_result;
    auto preview = m_preview;
    const auto mode = m_validOnly->isChecked() ? core::PeopleImport::CommitMode::ValidRowsOnly
                                               : core::PeopleImport::CommitMode::Strict;
    m_job = std::make_unique<core::BackgroundJob>(
        m_core, [preview, mode, result](core::CoreContext &core, core::JobControl &control) {
            auto done = core::PeopleImport(core).commit(*preview, mode, &control);
            if (!done)
                return core::Status(std::unexpected(done.error()));
            *result = *done;
            return core::Status();
        });
    m_work = Work::Import;
    connect(m_job.get(), &core::BackgroundJob::progress, this,
            [this](qint64 done, qint64 total, const QString &label) {
                m_progress->setRange(0, int(total));
                m_progress->setValue(int(done));
                m_status->setText(label);
            });
    connect(m_job.get(), &core::BackgroundJob::finished, this, &PeopleImportDialog::onJobFinished);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Importing…"));
    m_job->start();
    updateState();
}

void PeopleImportDialog::onJobFinished()
{
    const core::Status status = m_job->status();
    const Work work = std::exchange(m_work, Work::None);
    // Runs inside the job's finished signal: delete it later.
    m_job.release()->deleteLater();

    if (work == Work::Check) {
        // A new file's table replaces the old one whatever the check said,
        // so the clerk can fix the mapping (e.g. choose the name column).
        const bool newTable = m_nextTable && !m_nextTable->headers.isEmpty();
        if (newTable)
            m_table = std::move(m_nextTable);
        if (status) {
            m_preview = std::move(m_nextPreview);
            m_model->setPreview(m_preview);
            m_view->resizeColumnsToContents();
            m_status->clear();
        } else {
            // Never leave rows checked with another mapping on show.
            m_preview.reset();
            m_model->setPreview(nullptr);
            const bool cancelled = core::JobControl::isCancelledError(status.error());
            m_status->setText(cancelled ? (m_recheckPending ? QString() : tr("Cancelled."))
                                        : status.error().message);
        }
        if (newTable)
            rebuildMapping();
        if (status)
            Q_EMIT previewReady();
        m_nextTable.reset();
        m_nextPreview.reset();
        if (std::exchange(m_recheckPending, false)) {
            startCheck({});
            return;
        }
    } else if (work == Work::Import) {
        if (status) {
            m_imported = true;
            QString text = tr("Imported %n person(s).", nullptr, m_result->created);
            if (m_result->registered > 0)
                text += QLatin1Char(' ')
                    + tr("%n already registered were skipped.", nullptr, m_result->registered);
            if (m_result->skippedErrors > 0)
                text += QLatin1Char(' ')
                    + tr("%n row(s) with errors were left out.", nullptr, m_result->skippedErrors);
            m_status->setText(text);
            Q_EMIT imported(m_result->created);
        } else if (core::JobControl::isCancelledError(status.error())) {
            m_status->setText(tr("Import cancelled; nothing was written."));
        } else {
            m_status->setText(
                tr("The import failed; nothing was written: %1").arg(status.error().message));
        }
    }
    updateState();
}

void PeopleImportDialog::updateState()
{
    const bool busy = isBusy();
    const core::ImportPreview *preview = m_preview.get();
    if (preview) {
        m_summary->setText(tr("%n row(s) ready", nullptr, preview->ready) + QStringLiteral(", ")
                           + tr("%n with errors", nullptr, preview->errors) + QStringLiteral(", ")
                           + tr("%n already registered", nullptr, preview->registered));
    } else {
        m_summary->clear();
    }
    const bool blockedByErrors = preview && preview->errors > 0 && !m_validOnly->isChecked();
    m_importButton->setEnabled(!busy && preview && !m_imported && preview->ready > 0
                               && !blockedByErrors);
    m_importButton->setToolTip(blockedByErrors ? tr("Correct the rows with errors in the file, "
                                                    "or import the valid rows only.")
                                               : QString());
    m_chooseButton->setEnabled(m_work != Work::Import);
    m_mappingBox->setEnabled(m_work != Work::Import && m_table != nullptr && !m_imported);
    m_validOnly->setEnabled(!busy && !m_imported);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && !m_job->isCancelled());
    m_progress->setVisible(busy);
}

void PeopleImportDialog::reject()
{
    if (isBusy()) {
        m_recheckPending = false;
        m_job->cancel();
        m_job->wait();
        m_job.reset();
        m_work = Work::None;
    }
    QDialog::reject();
}

} // namespace pd::declaration
