#pragma once

#include "printdocument.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLayout;
class QPrinter;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pd::declaration {

class DocumentOutput;

// What the card and poster dialogs share: a preview of page 1, a status
// line, "Save PDF…" / "Print…" with progress and cancel, driven by
// DocumentOutput. The dialog supplies its options (left of the preview)
// and the document to write; it hears written() once a PDF was saved or a
// print job sent, which is when its codes count as issued.
class PrintPanel : public QWidget {
    Q_OBJECT

public:
    // Called when the clerk saves or prints: the document to write, or null
    // (the provider has then put the reason in the status line).
    using DocumentProvider = std::function<std::shared_ptr<const PrintDocument>()>;

    PrintPanel(DocumentProvider provider, QSize previewBox, QWidget *parent = nullptr);
    ~PrintPanel() override;

    // The dialog's own options, above the status line.
    void setOptions(QLayout *options);
    // What the file dialog proposes and the PDF's title (translated by the
    // caller, again on a language change).
    void setPdfNaming(const QString &caption, const QString &defaultFileName, const QString &title);

    void showPreview(const PrintDocument *document);
    QImage previewImage() const { return m_previewImage; }
    void setStatus(const QString &text);
    QString statusText() const;
    // Whether there is something to write; the buttons follow this and
    // whether an output is running.
    void setReady(bool ready);

    bool isBusy() const;
    DocumentOutput &output() { return *m_output; }
    // Write what the provider gives; false when it gave nothing or an
    // output is running.
    bool savePdf(const QString &path);
    bool print(std::unique_ptr<QPrinter> printer);
    // Stops a running output and waits for it (the dialog is closing).
    void cancelAndWait();

Q_SIGNALS:
    void written(bool toPdf);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFileAndSave();
    void choosePrinterAndPrint();
    bool startPdf(std::shared_ptr<const PrintDocument> document, const QString &path);
    bool startPrint(std::shared_ptr<const PrintDocument> document,
                    std::unique_ptr<QPrinter> printer);
    void onOutputFinished(bool ok, const QString &errorCode, const QString &message);
    void setBusy(bool busy);
    void retranslateUi();

    DocumentProvider m_provider;
    QSize m_previewBox;
    QImage m_previewImage;
    DocumentOutput *m_output = nullptr;
    bool m_toPdf = false;
    bool m_ready = false;
    QString m_pdfCaption;
    QString m_pdfFileName;
    QString m_pdfTitle;

    QVBoxLayout *m_left = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pd::declaration
