#pragma once

#include "error.h"
#include "printdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace pd::declaration {

// Called after each page: (pages done, page count). Returning false
// cancels; the output is then discarded.
using PageProgress = std::function<bool(int pagesDone, int pageCount)>;

// Paints a document onto a paged device one page at a time. print() and
// writePdf() run it to the end in one call (a worker thread for PDFs); the
// print dialog drives it a page per event-loop turn so printing on the UI
// thread never freezes the window (see CardPrintDialog).
class PageJob {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::PageJob)

public:
    explicit PageJob(std::shared_ptr<const PrintDocument> document);
    ~PageJob();

    // Sets the device's page layout (zero margins, full page) and starts
    // painting. Errors: "print.empty", "print.page_size" (the device does
    // not take the document's page size), "print.device".
    core::Status begin(QPagedPaintDevice &device);
    // Paints the next page; false when every page is done.
    bool paintNext();
    int pagesDone() const { return m_next; }
    int pageCount() const { return m_document->pageCount(); }
    // Ends painting; for a printer this sends the job.
    core::Status finish();
    // Ends painting without output where the device allows (QPrinter::abort).
    void abort();

private:
    std::shared_ptr<const PrintDocument> m_document;
    QPagedPaintDevice *m_device = nullptr;
    QPainter m_painter;
    PageMetrics m_metrics;
    int m_next = 0;
};

// The three outputs of a document, all through PrintDocument::paintPage.
class PageRenderer {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::PageRenderer)

public:
    // PDF device resolution: whole QR modules at 1200 dpi are exact to
    // 0.02 mm, and every printer resolution divides it.
    static constexpr int pdfResolutionDpi = 1200;

    // Page `page` as an RGB image at `dpi` on white, dots-per-metre set so
    // point sizes and millimetres come out right: previews and tests.
    static QImage renderImage(const PrintDocument &document, int page, qreal dpi);
    // Page `page` at the resolution that fits `box` (screen pixels).
    static QImage renderPreview(const PrintDocument &document, int page, QSize box);

    // Every page onto `device` (QPdfWriter, QPrinter). Error "print.canceled"
    // when `progress` returned false.
    static core::Status print(const std::shared_ptr<const PrintDocument> &document,
                              QPagedPaintDevice &device, const PageProgress &progress = {});

    // A PDF file at `path`, written through QSaveFile: complete or not
    // there at all (an existing file is kept on failure or cancel). Safe on
    // a worker thread. Errors: "print.file", "print.canceled", print()'s.
    static core::Status writePdf(const std::shared_ptr<const PrintDocument> &document,
                                 const QString &path, const QString &title,
                                 const PageProgress &progress = {});
};

} // namespace pd::declaration
