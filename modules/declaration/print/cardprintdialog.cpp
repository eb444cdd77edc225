#include "cardprintdialog.h"

#include "documentoutput.h"
#include "pagerenderer.h"

#include <QButtonGroup>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {

// A4 at about 40 dpi, a single card at about 125: large enough to check
// the layout, small enough to render in a few milliseconds.
const QSize kPreviewBox(330, 470);

} // namespace

CardPrintDialog::CardPrintDialog(core::CoreContext &core, QList<core::Person> people,
                                 QWidget *parent)
    : QDialog(parent), m_issuer(core)
{
    setObjectName(QStringLiteral("cardPrintDialog"));
    m_output = new DocumentOutput(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_sheet = new QRadioButton(this);
    m_sheet->setObjectName(QStringLiteral("sheetFormat"));
    m_sheet->setChecked(true);
    m_single = new QRadioButton(this);
    m_single->setObjectName(QStringLiteral("singleFormat"));
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_sheet);
    formats->addButton(m_single);
    connect(formats, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            rebuildDocument();
    });

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
    connect(m_savePdf, &QPushButton::clicked, this, &CardPrintDialog::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &CardPrintDialog::choosePrinterAndPrint);
    connect(m_cancel, &QPushButton::clicked, m_output, &DocumentOutput::cancel);
    connect(m_close, &QPushButton::clicked, this, &CardPrintDialog::reject);
    connect(m_output, &DocumentOutput::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_output, &DocumentOutput::finished, this, &CardPrintDialog::onOutputFinished);

    auto *options = new QVBoxLayout;
    options->addWidget(m_intro);
    options->addWidget(m_sheet);
    options->addWidget(m_single);
    options->addStretch();
    options->addWidget(m_status);
    options->addWidget(m_progress);
    auto *top = new QHBoxLayout;
    top->addLayout(options, 1);
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

    // Signing a few hundred cards takes milliseconds (Ed25519); the QR
    // symbols are made when pages are painted.
    const core::Result<QList<PersonCard>> cards = m_issuer.signCards(people);
    if (cards)
        m_cards = *cards;
    else
        m_signError = cards.error().message;
    retranslateUi();
    rebuildDocument();
}

CardPrintDialog::~CardPrintDialog() = default;

PersonCardDocument::Format CardPrintDialog::format() const
{
    return m_single->isChecked() ? PersonCardDocument::Format::SingleCard
                                 : PersonCardDocument::Format::A4Sheet;
}

void CardPrintDialog::setFormat(PersonCardDocument::Format format)
{
    (format == PersonCardDocument::Format::SingleCard ? m_single : m_sheet)->setChecked(true);
}

QString CardPrintDialog::statusText() const
{
    return m_status->text();
}

void CardPrintDialog::rebuildDocument()
{
    if (!m_signError.isEmpty() || m_cards.isEmpty()) {
        m_document.reset();
        m_previewImage = QImage();
        m_preview->clear();
        setBusy(false);
        return;
    }
    m_document = std::make_shared<const PersonCardDocument>(m_cards, format());
    m_previewImage = PageRenderer::renderPreview(*m_document, 0, kPreviewBox);
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
    retranslateUi();
}

void CardPrintDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("phongdich-cards-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save cards as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void CardPrintDialog::savePdf(const QString &path)
{
    if (!m_document || m_output->isBusy())
        return;
    m_lastOutput = QStringLiteral("pdf");
    setBusy(true);
    m_output->savePdf(m_document, path, tr("PhongDich personal QR cards"));
}

void CardPrintDialog::choosePrinterAndPrint()
{
    if (!m_document)
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(m_document->pageLayout());
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        print(std::move(printer));
}

void CardPrintDialog::print(std::unique_ptr<QPrinter> printer)
{
    if (!m_document || m_output->isBusy())
        return;
    m_lastOutput = QStringLiteral("printer");
    setBusy(true);
    m_output->print(m_document, std::move(printer));
}

void CardPrintDialog::onOutputFinished(bool ok, const QString &errorCode, const QString &message)
{
    setBusy(false);
    if (!ok) {
        m_status->setText(errorCode == QLatin1String("print.canceled") ? tr("Canceled.") : message);
        return;
    }
    // Only cards that reached paper or a file count as issued.
    if (const core::Status recorded = m_issuer.recordCardsIssued(m_cards); !recorded) {
        m_status->setText(recorded.error().message);
        return;
    }
    m_status->setText(m_lastOutput == QLatin1String("pdf")
                          ? tr("Saved %n card(s) to the PDF file.", nullptr, int(m_cards.size()))
                          : tr("Sent %n card(s) to the printer.", nullptr, int(m_cards.size())));
}

void CardPrintDialog::setBusy(bool busy)
{
    const bool ready = !busy && m_document;
    m_savePdf->setEnabled(ready);
    m_print->setEnabled(ready);
    m_sheet->setEnabled(!busy);
    m_single->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_cancel->setVisible(busy);
}

void CardPrintDialog::reject()
{
    if (m_output->isBusy()) {
        m_output->cancel();
        m_output->waitForFinished();
    }
    QDialog::reject();
}

void CardPrintDialog::retranslateUi()
{
    setWindowTitle(tr("Print personal QR cards"));
    m_intro->setText(
        tr("%n person(s) selected. Each card carries a signed code that checkpoints verify "
           "offline.",
           nullptr, int(m_cards.size())));
    m_sheet->setText(tr("A4 sheets, 8 cards each, with cut marks"));
    m_single->setText(tr("One card per page (95 × 65 mm)"));
    m_savePdf->setText(tr("Save PDF…"));
    m_print->setText(tr("Print…"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    if (!m_signError.isEmpty())
        m_status->setText(m_signError);
    else if (m_cards.isEmpty())
        m_status->setText(tr("Choose at least one person first."));
    else if (m_document && !m_output->isBusy())
        m_status->setText(tr("%n page(s) to print.", nullptr, m_document->pageCount()));
    setBusy(m_output->isBusy());
}

void CardPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::declaration
