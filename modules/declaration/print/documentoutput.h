#pragma once

#include "error.h"
#include "pagerenderer.h"
#include "printdocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QPrinter;

namespace pd::declaration {

// Sends a document to a PDF file or a printer without freezing the window,
// and says how far it got. One output at a time.
//
// - PDF: written on a worker thread (QtConcurrent) — QPdfWriter and
//   QPainter are usable off the GUI thread, and the document is plain
//   data. Cancel discards the file (QSaveFile).
// - Printer: painted on the UI thread, one page per event-loop turn
//   (about 20 ms for a sheet of eight cards in a debug build). The
//   QPrinter a QPrintDialog configured belongs to the GUI thread; the
//   platform print engines (GDI device contexts on Windows, the CUPS
//   print support on Linux) are not documented as usable from another
//   thread, so the job stays here and is sliced instead.
class DocumentOutput : public QObject {
    Q_OBJECT

public:
    explicit DocumentOutput(QObject *parent = nullptr);
    ~DocumentOutput() override;

    bool isBusy() const;

    // Starts writing `path`; progress() and finished() follow.
    void savePdf(std::shared_ptr<const PrintDocument> document, const QString &path,
                 const QString &title);
    // Starts printing on `printer` (kept until finished()).
    void print(std::shared_ptr<const PrintDocument> document, std::unique_ptr<QPrinter> printer);
    // Stops the running output; finished() reports "print.canceled".
    void cancel();
    // Blocks until the running output is over (tests, closing the dialog).
    void waitForFinished();

Q_SIGNALS:
    void progress(int pagesDone, int pageCount);
    // `errorCode` empty on success; `message` translated, no personal data.
    void finished(bool ok, const QString &errorCode, const QString &message);

private:
    void onPdfFinished();
    void printNextPage();
    void endPrint(const core::Status &status);

    QFutureWatcher<core::Status> m_pdf;
    bool m_pdfRunning = false;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<PageJob> m_printJob;
    QTimer m_pageTimer;
    bool m_cancelPrint = false;
};

} // namespace pd::declaration
