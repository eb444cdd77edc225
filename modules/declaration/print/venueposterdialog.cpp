#include "venueposterdialog.h"

#include "adminunitsearchmodel.h"
#include "corecontext.h"
#include "printpanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    // Signed anew for each output, so the code carries what the fields say
    // now; m_pending is what is being written, recorded once it is.
    m_panel = new PrintPanel(
        [this] {
            m_pending = signedDocument();
            return std::shared_ptr<const PrintDocument>(m_pending);
        },
        kPreviewBox, this);
    connect(m_panel, &PrintPanel::written, this, &VenuePosterDialog::recordIssued);

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

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &VenuePosterDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_street, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, &m_previewTimer, qOverload<>(&QTimer::start));

    m_panel->setOptions(form);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &VenuePosterDialog::reject);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addLayout(closeRow);

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

std::shared_ptr<const VenuePosterDocument> VenuePosterDialog::signedDocument()
{
    const core::Result<VenuePoster> poster = m_issuer.signPoster(details());
    if (!poster) {
        m_panel->setStatus(poster.error().message);
        return {};
    }
    return std::make_shared<const VenuePosterDocument>(*poster);
}

void VenuePosterDialog::updatePreview()
{
    m_previewTimer.stop();
    const bool filled = !m_name->text().trimmed().isEmpty() && !m_unitCode.isEmpty();
    m_panel->setReady(filled);
    // Nothing to show before a name and a commune; no error for an empty form.
    if (!filled) {
        m_panel->showPreview(nullptr);
        m_panel->setStatus(tr("Enter the venue's name and choose its commune."));
        return;
    }
    const auto document = signedDocument();
    m_panel->showPreview(document.get());
    if (document)
        m_panel->setStatus(QString());
}

void VenuePosterDialog::recordIssued(bool toPdf)
{
    const auto poster = std::exchange(m_pending, nullptr);
    if (const core::Status recorded = m_issuer.recordPosterIssued(poster->poster()); !recorded) {
        m_panel->setStatus(recorded.error().message);
        return;
    }
    m_panel->setStatus(toPdf ? tr("The poster was saved.")
                             : tr("The poster was sent to the printer."));
}

void VenuePosterDialog::reject()
{
    m_panel->cancelAndWait();
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
    m_close->setText(tr("Close"));
    m_panel->setPdfNaming(tr("Save poster as PDF"),
                          tr("phongdich-poster-%1.pdf")
                              .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
                          tr("PhongDich poster"));
}

void VenuePosterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::declaration
