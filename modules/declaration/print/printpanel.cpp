#include "printpanel.h"

#include "documentoutput.h"
#include "pagerenderer.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::declaration {

PrintPanel::PrintPanel(DocumentProvider provider, QSize previewBox, QWidget *parent)
    : QWidget(parent), m_provider(std::move(provider)), m_previewBox(previewBox)
{
    m_output = new DocumentOutput(this);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(previewBox);
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
    connect(m_savePdf, &QPushButton::clicked, this, &PrintPanel::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &PrintPanel::choosePrinterAndPrint);
    connect(m_cancel, &QPushButton::clicked, m_output, &DocumentOutput::cancel);
    connect(m_output, &DocumentOutput::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_output, &DocumentOutput::finished, this, &PrintPanel::onOutputFinished);

    m_left = new QVBoxLayout;
    m_left->addStretch();
    m_left->addWidget(m_status);
    m_left->addWidget(m_progress);
    auto *top = new QHBoxLayout;
    top->addLayout(m_left, 1);
    top->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_print);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(top);
    layout->addLayout(buttons);

    retranslateUi();
    setBusy(false);
}

PrintPanel::~PrintPanel() = default;

void PrintPanel::setOptions(QLayout *options)
{
    m_left->insertLayout(0, options);
}

void PrintPanel::setPdfNaming(const QString &caption, const QString &defaultFileName,
                              const QString &title)
{
    m_pdfCaption = caption;
    m_pdfFileName = defaultFileName;
    m_pdfTitle = title;
}

void PrintPanel::showPreview(const PrintDocument *document)
{
    m_previewImage = document ? PageRenderer::renderPreview(*document, 0, m_previewBox) : QImage();
    if (m_previewImage.isNull())
        m_preview->clear();
    else
        m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

void PrintPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PrintPanel::statusText() const
{
    return m_status->text();
}

void PrintPanel::setReady(bool ready)
{
    m_ready = ready;
    setBusy(isBusy());
}

bool PrintPanel::isBusy() const
{
    return m_output->isBusy();
}

void PrintPanel::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, m_pdfCaption, QDir(folder).filePath(m_pdfFileName), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool PrintPanel::savePdf(const QString &path)
{
    return !isBusy() && startPdf(m_provider(), path);
}

bool PrintPanel::print(std::unique_ptr<QPrinter> printer)
{
    return !isBusy() && startPrint(m_provider(), std::move(printer));
}

void PrintPanel::choosePrinterAndPrint()
{
    if (isBusy())
        return;
    // One document for the dialog's page layout and the job: the poster
    // dialog's provider signs a new code on every call.
    const auto document = m_provider();
    if (!document)
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(document->pageLayout());
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        startPrint(document, std::move(printer));
}

bool PrintPanel::startPdf(std::shared_ptr<const PrintDocument> document, const QString &path)
{
    if (!document)
        return false;
    m_toPdf = true;
    setBusy(true);
    m_output->savePdf(std::move(document), path, m_pdfTitle);
    return true;
}

bool PrintPanel::startPrint(std::shared_ptr<const PrintDocument> document,
                            std::unique_ptr<QPrinter> printer)
{
    if (!document)
        return false;
    m_toPdf = false;
    setBusy(true);
    m_output->print(std::move(document), std::move(printer));
    return true;
}

void PrintPanel::cancelAndWait()
{
    if (!isBusy())
        return;
    m_output->cancel();
    m_output->waitForFinished();
}

void PrintPanel::onOutputFinished(bool ok, const QString &errorCode, const QString &message)
{
    setBusy(false);
    if (!ok) {
        m_status->setText(errorCode == QLatin1String("print.canceled") ? tr("Canceled.") : message);
        return;
    }
    Q_EMIT written(m_toPdf);
}

void PrintPanel::setBusy(bool busy)
{
    m_savePdf->setEnabled(m_ready && !busy);
    m_print->setEnabled(m_ready && !busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_cancel->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

void PrintPanel::retranslateUi()
{
    m_savePdf->setText(tr("Save PDF…"));
    m_print->setText(tr("Print…"));
    m_cancel->setText(tr("Cancel"));
}

void PrintPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pd::declaration
