#pragma once

#include "codeissuer.h"
#include "personcarddocument.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;

namespace pd::core {
class CoreContext;
}

namespace pd::declaration {

class PrintPanel;

// The clerk prints personal QR cards for people chosen elsewhere (the
// people list, a declaration): one card a page or A4 sheets of eight, to a
// PDF file or a printer, with page 1 shown as a preview. The codes are
// signed when the dialog opens; they are recorded as issued only when a
// PDF was written or a print job sent. Layout and rendering live in
// PersonCardDocument/PageRenderer; this only wires them to buttons.
class CardPrintDialog : public QDialog {
    Q_OBJECT

public:
    CardPrintDialog(core::CoreContext &core, QList<core::Person> people, QWidget *parent = nullptr);
    ~CardPrintDialog() override;

    PersonCardDocument::Format format() const;
    void setFormat(PersonCardDocument::Format format);
    // The document as currently chosen; null if signing failed.
    std::shared_ptr<const PersonCardDocument> document() const { return m_document; }
    // Preview, status, and the PDF and printer output (tests drive it).
    PrintPanel &panel() { return *m_panel; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildDocument();
    void recordIssued(bool toPdf);
    void retranslateUi();

    CodeIssuer m_issuer;
    QList<PersonCard> m_cards;
    QString m_signError;
    std::shared_ptr<const PersonCardDocument> m_document;
    PrintPanel *m_panel = nullptr;

    QLabel *m_intro = nullptr;
    QRadioButton *m_sheet = nullptr;
    QRadioButton *m_single = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pd::declaration
