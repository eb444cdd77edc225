#include "districtexportdialog.h"

#include "adminareaedit.h"
#include "backgroundjob.h"
#include "corecontext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <limits>

namespace pd::declaration {

DistrictExportDialog::DistrictExportDialog(core::CoreContext &core, QWidget *parent)
    : QDialog(parent), m_core(core)
{
    m_district = new AdminAreaEdit(core.adminUnits(), {core::AdminUnit::Level::District}, this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_format = new QComboBox(this);
    m_folder = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_fileName = new QLabel(this);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    m_districtLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_formatLabel = new QLabel(this);
    m_folderLabel = new QLabel(this);
    m_districtLabel->setBuddy(m_district);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_formatLabel->setBuddy(m_format);
    m_folderLabel->setBuddy(m_folder);
    form->addRow(m_districtLabel, m_district);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_fileName);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    // Defaults: the device's district, today, Excel, the documents folder.
    const QDate today = QDateTime::fromMSecsSinceEpoch(core.clock().nowMs()).date();
    setRange(today, today);
    if (auto settings = core.settings().load(); settings && !settings->locationUnitCode.isEmpty()) {
        auto unit = core.adminUnits().find(settings->locationUnitCode);
        if (unit && unit->level == core::AdminUnit::Level::Commune)
            unit = core.adminUnits().find(unit->parentCode);
        if (unit && unit->level == core::AdminUnit::Level::District)
            m_district->setCode(unit->code);
    }
    setFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    connect(m_district, &AdminAreaEdit::codeChanged, this, &DistrictExportDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        updateState();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        updateState();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &DistrictExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &DistrictExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the export"), m_folder->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &DistrictExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancelButton->setEnabled(false);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &DistrictExportDialog::reject);

    retranslate();
    updateState();
}

DistrictExportDialog::~DistrictExportDialog() = default;

void DistrictExportDialog::setDistrict(const QString &code)
{
    m_district->setCode(code);
}

void DistrictExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void DistrictExportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void DistrictExportDialog::setFormat(DistrictExport::Format format)
{
    m_format->setCurrentIndex(format == DistrictExport::Format::Csv ? 1 : 0);
}

bool DistrictExportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void DistrictExportDialog::retranslate()
{
    setWindowTitle(tr("Export for the district"));
    m_districtLabel->setText(tr("&District:"));
    m_district->setPlaceholderText(tr("Type the district's name or code"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_folderLabel->setText(tr("F&older:"));
    const int format = m_format->currentIndex();
    m_format->clear();
    m_format->addItem(tr("Excel workbook (.xlsx), two sheets"));
    m_format->addItem(tr("CSV UTF-8 (.csv), one file per list"));
    m_format->setCurrentIndex(std::max(format, 0));
    m_browse->setText(tr("&Browse…"));
    m_exportButton->setText(tr("&Export"));
    m_cancelButton->setText(tr("Cancel export"));
    updateState();
}

void DistrictExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString DistrictExportDialog::targetPath() const
{
    const auto district =
        m_district->code().isEmpty() ? std::nullopt : m_core.adminUnits().find(m_district->code());
    if (!district || m_folder->text().trimmed().isEmpty())
        return {};
    const auto format =
        m_format->currentIndex() == 1 ? DistrictExport::Format::Csv : DistrictExport::Format::Xlsx;
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed()))
        .filePath(DistrictExport::defaultFileName(*district, m_from->date(), m_to->date(), format));
}

void DistrictExportDialog::updateState()
{
    const bool running = isRunning();
    const QString path = targetPath();
    const bool csv = m_format->currentIndex() == 1;
    QStringList names;
    if (!path.isEmpty()) {
        const QStringList files = csv ? DistrictExport::csvFileNames(
                                      path,
                                      DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
                                          | DistrictExport::Sheet::Arrivals)
                                      : QStringList {path};
        for (const QString &file : files)
            names << QFileInfo(file).fileName();
    }
    m_fileName->setText(names.isEmpty() ? QString()
                                        : tr("File: %1").arg(names.join(QStringLiteral(", "))));
    for (QWidget *input :
         std::initializer_list<QWidget *> {m_district, m_from, m_to, m_format, m_folder, m_browse})
        input->setEnabled(!running);
    m_exportButton->setEnabled(!running && !path.isEmpty());
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_job->isCancelled());
    m_progress->setVisible(running);
}

void DistrictExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = targetPath();
    if (path.isEmpty())
        return;
    DistrictExport::Request request;
    request.districtCode = m_district->code();
    request.from = m_from->date();
    request.to = m_to->date();
    request.format =
        m_format->currentIndex() == 1 ? DistrictExport::Format::Csv : DistrictExport::Format::Xlsx;
    request.path = path;
    const QStringList files = request.format == DistrictExport::Format::Csv
        ? DistrictExport::csvFileNames(path, request.sheets)
        : QStringList {path};
    QStringList existing;
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            existing << QFileInfo(file).fileName();
    }
    if (!existing.isEmpty()
        && QMessageBox::question(
               this, windowTitle(),
               tr("%1 already exists. Replace it?").arg(existing.join(QStringLiteral(", "))))
            != QMessageBox::Yes)
        return;

    m_summary = std::make_shared<DistrictExport::Summary>();
    auto summary = m_summary;
    m_job = std::make_unique<core::BackgroundJob>(
        m_core, [request, summary](core::CoreContext &core, core::JobControl &control) {
            auto done = DistrictExport(core).run(request, &control);
            if (!done)
                return core::Status(std::unexpected(done.error()));
            *summary = *done;
            return core::Status();
        });
    connect(m_job.get(), &core::BackgroundJob::progress, this,
            [this](qint64 done, qint64 total, const QString &label) {
                constexpr qint64 most = std::numeric_limits<int>::max();
                m_progress->setMaximum(int(std::min(total, most)));
                m_progress->setValue(int(std::min(done, most)));
                m_status->setText(label);
            });
    connect(m_job.get(), &core::BackgroundJob::finished, this, &DistrictExportDialog::finishExport);
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_status->setText(tr("Exporting…"));
    m_job->start();
    updateState();
}

void DistrictExportDialog::finishExport()
{
    const core::Status status = m_job->status();
    if (status) {
        m_writtenFiles = m_summary->files;
        QStringList shown;
        for (const QString &file : std::as_const(m_writtenFiles))
            shown << QDir::toNativeSeparators(file);
        QString text = tr("Saved %n declaration(s)", nullptr, m_summary->declarations)
            + QLatin1Char(' ') + tr("and %n arrival(s) to:", nullptr, m_summary->arrivals)
            + QLatin1Char('\n') + shown.join(QLatin1Char('\n'));
        if (!m_summary->checkinLogPresent)
            text += QLatin1Char('\n')
                + tr("This computer keeps no check-in log: the arrivals list is empty.");
        m_status->setText(text);
        Q_EMIT exported(m_writtenFiles);
    } else if (core::JobControl::isCancelledError(status.error())) {
        m_status->setText(tr("Export cancelled; no file was written."));
    } else {
        m_status->setText(tr("The export failed: %1").arg(status.error().message));
    }
    // finishExport() runs inside the job's finished signal: delete it later.
    m_job.release()->deleteLater();
    updateState();
}

void DistrictExportDialog::reject()
{
    if (isRunning()) {
        // Stop the worker first; it stops at its next check (every few
        // hundred rows) and leaves no file.
        m_job->cancel();
        m_job->wait();
        m_job.reset();
    }
    QDialog::reject();
}

} // namespace pd::declaration
