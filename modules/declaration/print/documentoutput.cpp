#include "documentoutput.h"

#include <QEventLoop>
#include <QPrinter>
#include <QPromise>
#include <QtConcurrent>

namespace pd::declaration {

namespace {

core::Error canceled()
{
    return {QStringLiteral("print.canceled"),
            QCoreApplication::translate("pd::declaration::PageRenderer", "Printing was canceled.")};
}

} // namespace

DocumentOutput::DocumentOutput(QObject *parent) : QObject(parent)
{
    connect(&m_pdf, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_pdf.progressMaximum()); });
    connect(&m_pdf, &QFutureWatcherBase::finished, this, &DocumentOutput::onPdfFinished);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, &DocumentOutput::printNextPage);
}

DocumentOutput::~DocumentOutput()
{
    if (m_pdfRunning) {
        m_pdf.cancel();
        m_pdf.waitForFinished();
    }
    if (m_printJob)
        m_printJob->abort();
}

bool DocumentOutput::isBusy() const
{
    return m_pdfRunning || m_printJob != nullptr;
}

void DocumentOutput::savePdf(std::shared_ptr<const PrintDocument> document, const QString &path,
                             const QString &title)
{
    if (isBusy())
        return;
    m_pdfRunning = true;
    m_pdf.setFuture(QtConcurrent::run([document, path, title](QPromise<core::Status> &promise) {
        promise.setProgressRange(0, document->pageCount());
        promise.addResult(PageRenderer::writePdf(document, path, title, [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    }));
}

void DocumentOutput::onPdfFinished()
{
    m_pdfRunning = false;
    // A canceled promise drops its result.
    const core::Status status = m_pdf.future().resultCount() > 0 && !m_pdf.isCanceled()
        ? m_pdf.result()
        : core::Status(std::unexpected(canceled()));
    if (status)
        Q_EMIT finished(true, {}, {});
    else
        Q_EMIT finished(false, status.error().code, status.error().message);
}

void DocumentOutput::print(std::shared_ptr<const PrintDocument> document,
                           std::unique_ptr<QPrinter> printer)
{
    if (isBusy() || !printer)
        return;
    m_printer = std::move(printer);
    m_printJob = std::make_unique<PageJob>(std::move(document));
    m_cancelPrint = false;
    if (const core::Status started = m_printJob->begin(*m_printer); !started) {
        endPrint(started);
        return;
    }
    m_pageTimer.start();
}

void DocumentOutput::printNextPage()
{
    if (!m_printJob)
        return;
    if (m_cancelPrint) {
        m_printJob->abort();
        endPrint(std::unexpected(canceled()));
        return;
    }
    const bool more = m_printJob->paintNext();
    Q_EMIT progress(m_printJob->pagesDone(), m_printJob->pageCount());
    if (!more)
        endPrint(m_printJob->finish());
}

void DocumentOutput::endPrint(const core::Status &status)
{
    m_pageTimer.stop();
    m_printJob.reset();
    m_printer.reset();
    if (status)
        Q_EMIT finished(true, {}, {});
    else
        Q_EMIT finished(false, status.error().code, status.error().message);
}

void DocumentOutput::cancel()
{
    if (m_pdfRunning)
        m_pdf.cancel();
    if (m_printJob)
        m_cancelPrint = true;
}

void DocumentOutput::waitForFinished()
{
    if (!isBusy())
        return;
    QEventLoop loop;
    connect(this, &DocumentOutput::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace pd::declaration
