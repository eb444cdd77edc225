#include "pagerenderer.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <cmath>

namespace pd::declaration {

PageJob::PageJob(std::shared_ptr<const PrintDocument> document)
    : m_document(std::move(document)) { }

PageJob::~PageJob()
{
    if (m_painter.isActive())
        abort();
}

core::Status PageJob::begin(QPagedPaintDevice &device)
{
    if (m_document->pageCount() == 0)
        return core::fail(QStringLiteral("print.empty"), tr("There is nothing to print."));
    const QPageLayout layout = m_document->pageLayout();
    // The layouts place everything from the paper's corner; the printer's
    // own margins must not shift them (they keep 10 mm or more clear).
    if (auto *printer = dynamic_cast<QPrinter *>(&device))
        printer->setFullPage(true);
    if (!device.setPageLayout(layout))
        return core::fail(QStringLiteral("print.page_size"),
                          tr("The printer does not take %1 paper.").arg(layout.pageSize().name()));
    if (!m_painter.begin(&device))
        return core::fail(QStringLiteral("print.device"),
                          tr("Printing could not start. Check the printer or the file."));
    m_device = &device;
    m_metrics.dpi = device.logicalDpiX();
    m_next = 0;
    return {};
}

bool PageJob::paintNext()
{
    if (!m_painter.isActive() || m_next >= m_document->pageCount())
        return false;
    if (m_next > 0)
        m_device->newPage();
    m_document->paintPage(m_painter, m_next, m_metrics);
    ++m_next;
    return m_next < m_document->pageCount();
}

core::Status PageJob::finish()
{
    if (!m_painter.isActive())
        return core::fail(QStringLiteral("print.device"), tr("Printing did not start."));
    if (!m_painter.end())
        return core::fail(QStringLiteral("print.device"),
                          tr("The pages could not be sent. Check the printer or the file."));
    return {};
}

void PageJob::abort()
{
    if (auto *printer = dynamic_cast<QPrinter *>(m_device))
        printer->abort();
    if (m_painter.isActive())
        m_painter.end();
}

QImage PageRenderer::renderImage(const PrintDocument &document, int page, qreal dpi)
{
    const PageMetrics metrics {dpi};
    const QSizeF sizeMm = document.pageLayout().fullRect(QPageLayout::Millimeter).size();
    QImage image(qRound(metrics.px(sizeMm.width())), qRound(metrics.px(sizeMm.height())),
                 QImage::Format_RGB32);
    if (image.isNull())
        return image;
    const int dotsPerMetre = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.paintPage(painter, page, metrics);
    return image;
}

QImage PageRenderer::renderPreview(const PrintDocument &document, int page, QSize box)
{
    const QSizeF sizeInches = document.pageLayout().fullRect(QPageLayout::Inch).size();
    if (sizeInches.isEmpty() || box.isEmpty())
        return {};
    const qreal dpi =
        std::min(box.width() / sizeInches.width(), box.height() / sizeInches.height());
    return renderImage(document, page, dpi);
}

core::Status PageRenderer::print(const std::shared_ptr<const PrintDocument> &document,
                                 QPagedPaintDevice &device, const PageProgress &progress)
{
    PageJob job(document);
    if (const core::Status started = job.begin(device); !started)
        return started;
    bool more = true;
    while (more) {
        more = job.paintNext();
        if (progress && !progress(job.pagesDone(), job.pageCount())) {
            job.abort();
            return core::fail(QStringLiteral("print.canceled"), tr("Printing was canceled."));
        }
    }
    return job.finish();
}

core::Status PageRenderer::writePdf(const std::shared_ptr<const PrintDocument> &document,
                                    const QString &path, const QString &title,
                                    const PageProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(QStringLiteral("print.file"),
                          tr("The PDF file could not be created: %1").arg(file.errorString()));
    core::Status printed;
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolutionDpi);
        writer.setCreator(QStringLiteral("PhongDich"));
        writer.setTitle(title);
        printed = print(document, writer, progress);
    } // the writer flushes the file's trailer here
    if (!printed) {
        file.cancelWriting();
        return printed;
    }
    if (!file.commit())
        return core::fail(QStringLiteral("print.file"),
                          tr("The PDF file could not be written: %1").arg(file.errorString()));
    return {};
}

} // namespace pd::declaration
