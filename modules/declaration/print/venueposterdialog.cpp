#include "venueposterdialog.h"

#include "adminunitsearchmodel.h"
#include "corecontext.h"
#include "documentoutput.h"
#include "pagerenderer.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {

const QSize kPreviewBox(260, 368); // A4 at about 31 dpi
// Typing pauses this long before the preview is signed and painted again.
constexpr int kPreviewDelayMs = 300;

} // namespace

VenuePosterDialog::VenuePosterDialog(core::CoreContext &core, QWidget *parent)
    : QDialog(parent), m_core(core), m_issuer(core), m_recordId(core.ids().next())
{
    setObjectName(QStringLiteral("venuePosterDialog"));
    m_output = new DocumentOutput(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_name->setMaxLength(core::PdCode::maxClaimLength);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("venueUnit"));
    m_unit->setClearButtonEnabled(true);
    m_unitPath = new QLabel(this);
    m_unitPath->setObjectName(QStringLiteral("venueUnitPath"));
    m_unitPath->setWordWrap(true);
    m_street = new QLineEdit(this);
    m_street->setObjectName(QStringLiteral("venueStreet"));
    m_street->setMaxLength(core::PdCode::maxClaimLength);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("venueKind"));
    m_kind->addItem(QString(), int(core::PdCodeContent::VenueKind::Venue));
    m_kind->addItem(QString(), int(core::PdCodeContent::VenueKind::Checkpoint));

    // The model does the folded matching ("phuc xa" finds "Phúc Xá"); the
    // completer shows every row it returns instead of filtering again.
    m_unitResults = new core::AdminUnitSearchModel(core.adminUnits(), this);
    m_completer = new QCompleter(m_unitResults, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    m_unit->setCompleter(m_completer);
    connect(m_unit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_unitResults->setQuery(text);
        m_unitCode.clear();
        m_unitPath->clear();
        if (m_unitResults->rowCount() > 0)
            m_completer->complete();
        m_previewTimer.start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setUnitCode(index.data(core::AdminUnitSearchModel::CodeRole).toString());
            });

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_unitLabel = new QLabel(this);
    m_unitLabel->setBuddy(m_unit);
    m_streetLabel = new QLabel(this);
    m_streetLabel->setBuddy(m_street);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(QString(), m_unitPath);
    form->addRow(m_streetLabel, m_street);
    form->addRow(m_kindLabel, m_kind);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewBox);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->hide();

    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelOutputButton"));
    m_cancel->hide();
    m_close = new QPushButton(this);
    connect(m_savePdf, &QPushButton::clicked, this, &VenuePosterDialog::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &VenuePosterDialog::choosePrinterAndPrint);
    connect(m_cancel, &QPushButton::clicked, m_output, &DocumentOutput::cancel);
    connect(m_close, &QPushButton::clicked, this, &VenuePosterDialog::reject);
    connect(m_output, &DocumentOutput::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_output, &DocumentOutput::finished, this, &VenuePosterDialog::onOutputFinished);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &VenuePosterDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_street, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, &m_previewTimer, qOverload<>(&QTimer::start));

    auto *fields = new QVBoxLayout;
    fields->addLayout(form);
    fields->addStretch();
    fields->addWidget(m_status);
    fields->addWidget(m_progress);
    auto *top = new QHBoxLayout;
    top->addLayout(fields, 1);
    top->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_print);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);

    retranslateUi();
    updatePreview();
}

VenuePosterDialog::~VenuePosterDialog() = default;

VenueDetails VenuePosterDialog::details() const
{
    VenueDetails venue;
    venue.recordId = m_recordId;
    venue.name = m_name->text();
    venue.unitCode = m_unitCode;
    venue.street = m_street->text();
    venue.kind = core::PdCodeContent::VenueKind(m_kind->currentData().toInt());
    return venue;
}

void VenuePosterDialog::setDetails(const VenueDetails &details)
{
    if (!details.recordId.isEmpty())
        m_recordId = details.recordId;
    m_name->setText(details.name);
    m_street->setText(details.street);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(details.kind))));
    setUnitCode(details.unitCode);
}

void VenuePosterDialog::setUnitCode(const QString &code)
{
    const auto unit = m_core.adminUnits().find(code);
    m_unitCode = unit ? unit->code : QString();
    m_unit->setText(unit ? unit->displayName() : QString());
    m_unitPath->setText(unit ? m_core.adminUnits().fullPath(unit->code) : QString());
    m_previewTimer.start();
}

QString VenuePosterDialog::statusText() const
{
    return m_status->text();
}

std::shared_ptr<const VenuePosterDocument> VenuePosterDialog::signedDocument()
{
    const core::Result<VenuePoster> poster = m_issuer.signPoster(details());
    if (!poster) {
        m_status->setText(poster.error().message);
        return {};
    }
    return std::make_shared<const VenuePosterDocument>(*poster);
}

void VenuePosterDialog::updatePreview()
{
    m_previewTimer.stop();
    // Nothing to show before a name and a commune; no error for an empty form.
    if (m_name->text().trimmed().isEmpty() || m_unitCode.isEmpty()) {
        m_previewImage = QImage();
        m_preview->clear();
        m_status->setText(tr("Enter the venue's name and choose its commune."));
        setBusy(m_output->isBusy());
        return;
    }
    const auto document = signedDocument();
    m_previewImage = document ? PageRenderer::renderPreview(*document, 0, kPreviewBox) : QImage();
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
    if (document)
        m_status->clear();
    setBusy(m_output->isBusy());
}

void VenuePosterDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("phongdich-poster-%1.pdf")
                             .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save poster as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool VenuePosterDialog::savePdf(const QString &path)
{
    if (m_output->isBusy())
        return false;
    m_pending = signedDocument();
    if (!m_pending)
        return false;
    m_lastOutput = QStringLiteral("pdf");
    setBusy(true);
    m_output->savePdf(m_pending, path, tr("PhongDich poster"));
    return true;
}

void VenuePosterDialog::choosePrinterAndPrint()
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        print(std::move(printer));
}

bool VenuePosterDialog::print(std::unique_ptr<QPrinter> printer)
{
    if (m_output->isBusy())
        return false;
    m_pending = signedDocument();
    if (!m_pending)
        return false;
    m_lastOutput = QStringLiteral("printer");
    setBusy(true);
    m_output->print(m_pending, std::move(printer));
    return true;
}

void VenuePosterDialog::onOutputFinished(bool ok, const QString &errorCode, const QString &message)
{
    setBusy(false);
    const auto poster = std::exchange(m_pending, nullptr);
    if (!ok) {
        m_status->setText(errorCode == QLatin1String("print.canceled") ? tr("Canceled.") : message);
        return;
    }
    if (const core::Status recorded = m_issuer.recordPosterIssued(poster->poster()); !recorded) {
        m_status->setText(recorded.error().message);
        return;
    }
    m_status->setText(m_lastOutput == QLatin1String("pdf")
                          ? tr("The poster was saved.")
                          : tr("The poster was sent to the printer."));
}

void VenuePosterDialog::setBusy(bool busy)
{
    const bool ready = !busy && !m_name->text().trimmed().isEmpty() && !m_unitCode.isEmpty();
    m_savePdf->setEnabled(ready);
    m_print->setEnabled(ready);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_cancel->setVisible(busy);
}

void VenuePosterDialog::reject()
{
    if (m_output->isBusy()) {
        m_output->cancel();
        m_output->waitForFinished();
    }
    QDialog::reject();
}

void VenuePosterDialog::retranslateUi()
{
    setWindowTitle(tr("Print a venue poster"));
    m_nameLabel->setText(tr("&Name"));
    m_unitLabel->setText(tr("&Commune"));
    m_unit->setPlaceholderText(tr("Type a commune, district or province name"));
    m_streetLabel->setText(tr("&Street"));
    m_street->setPlaceholderText(tr("House number, street, hamlet"));
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setItemText(0, tr("Venue (shop, market, office)"));
    m_kind->setItemText(1, tr("Checkpoint"));
    m_savePdf->setText(tr("Save PDF…"));
    m_print->setText(tr("Print…"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
}

void VenuePosterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::declaration
