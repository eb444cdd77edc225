#include "cardprintdialog.h"

#include "printpanel.h"

#include <QButtonGroup>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
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
    m_panel = new PrintPanel([this] { return std::shared_ptr<const PrintDocument>(m_document); },
                             kPreviewBox, this);
    connect(m_panel, &PrintPanel::written, this, &CardPrintDialog::recordIssued);

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
    connect(m_panel, &PrintPanel::busyChanged, this, [this](bool busy) {
        m_sheet->setEnabled(!busy);
        m_single->setEnabled(!busy);
    });

    auto *options = new QVBoxLayout;
    options->addWidget(m_intro);
    options->addWidget(m_sheet);
    options->addWidget(m_single);
    m_panel->setOptions(options);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &CardPrintDialog::reject);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addLayout(closeRow);

    // Signing a few hundred cards takes milliseconds (Ed25519); the QR
    // symbols are made when pages are painted.
    const core::Result<QList<PersonCard>> cards = m_issuer.signCards(people);
    if (cards)
        m_cards = *cards;
    else
        m_signError = cards.error().message;
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

void CardPrintDialog::rebuildDocument()
{
    if (m_signError.isEmpty() && !m_cards.isEmpty())
        m_document = std::make_shared<const PersonCardDocument>(m_cards, format());
    else
        m_document.reset();
    m_panel->showPreview(m_document.get());
    m_panel->setReady(m_document != nullptr);
    retranslateUi();
}

void CardPrintDialog::recordIssued(bool toPdf)
{
    // Only cards that reached paper or a file count as issued.
    if (const core::Status recorded = m_issuer.recordCardsIssued(m_cards); !recorded) {
        m_panel->setStatus(recorded.error().message);
        return;
    }
    m_panel->setStatus(toPdf ? tr("Saved %n card(s) to the PDF file.", nullptr, int(m_cards.size()))
                             : tr("Sent %n card(s) to the printer.", nullptr, int(m_cards.size())));
}

void CardPrintDialog::reject()
{
    m_panel->cancelAndWait();
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
    m_close->setText(tr("Close"));
    m_panel->setPdfNaming(
        tr("Save cards as PDF"),
        tr("phongdich-cards-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
        tr("PhongDich personal QR cards"));
    if (!m_signError.isEmpty())
        m_panel->setStatus(m_signError);
    else if (m_cards.isEmpty())
        m_panel->setStatus(tr("Choose at least one person first."));
    else if (m_document && !m_panel->isBusy())
        m_panel->setStatus(tr("%n page(s) to print.", nullptr, m_document->pageCount()));
}

void CardPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::declaration
