#include "declarationspage.h"

#include "corecontext.h"
#include "declarationform.h"
#include "declarationlistmodel.h"
#include "declarationsummary.h"
#include "districtexportdialog.h"
#include "unitsearchedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {
// The first day a declaration can have; shown as "any" in the date filters.
const QDate &anyDate()
{
    static const QDate date(2020, 1, 1);
    return date;
}

QDateEdit *dateFilter(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(anyDate());
    edit->setDate(anyDate());
    return edit;
}

QDate filterDate(const QDateEdit *edit)
{
    return edit->date() == anyDate() ? QDate() : edit->date();
}
} // namespace

DeclarationsPage::DeclarationsPage(core::CoreContext &core, const core::User &user, QWidget *parent)
    : QWidget(parent), m_core(core), m_user(user), m_store(std::make_unique<DeclarationStore>(core))
{
    setObjectName(QStringLiteral("declarationsPage"));
    // A volunteer at a checkpoint declares arrivals; the commune office
    // declares its residents.
    if (user.hasRole(core::Role::Checkpoint) && !user.hasRole(core::Role::Clerk))
        m_defaultKind = DeclarationKind::Checkpoint;
    m_model = new DeclarationListModel(*m_store, core.adminUnits(), this);
    buildUi();
    retranslateUi();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &DeclarationsPage::applyFilter);
    applyFilter();
}

DeclarationsPage::~DeclarationsPage() = default;

void DeclarationsPage::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_listPage = new QWidget(m_stack);

    m_title = new QLabel(m_listPage);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_new = new QPushButton(m_listPage);
    m_new->setObjectName(QStringLiteral("newDeclaration"));
    m_correct = new QPushButton(m_listPage);
    m_correct->setObjectName(QStringLiteral("correctDeclaration"));
    m_history = new QPushButton(m_listPage);
    m_history->setObjectName(QStringLiteral("personHistory"));
    m_export = new QPushButton(m_listPage);
    m_export->setObjectName(QStringLiteral("exportDistrict"));
    m_cameraScan = new QPushButton(m_listPage);
    m_cameraScan->setObjectName(QStringLiteral("cameraScanList"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_new);
    header->addWidget(m_cameraScan);
    header->addWidget(m_correct);
    header->addWidget(m_history);
    header->addWidget(m_export);

    // The filter bar: two rows so it fits a 1366-pixel screen in Vietnamese.
    m_fromLabel = new QLabel(m_listPage);
    m_from = dateFilter("filterFrom", m_listPage);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_listPage);
    m_to = dateFilter("filterTo", m_listPage);
    m_toLabel->setBuddy(m_to);
    m_unitLabel = new QLabel(m_listPage);
    m_unit = new UnitSearchEdit(m_core.adminUnits(), m_listPage);
    m_unit->setObjectName(QStringLiteral("filterUnit"));
    m_unitLabel->setBuddy(m_unit);
    m_anySymptom = new QCheckBox(m_listPage);
    m_anySymptom->setObjectName(QStringLiteral("filterAnySymptom"));
    m_anyExposure = new QCheckBox(m_listPage);
    m_anyExposure->setObjectName(QStringLiteral("filterAnyExposure"));
    m_showCorrected = new QCheckBox(m_listPage);
    m_showCorrected->setObjectName(QStringLiteral("filterShowCorrected"));
    m_search = new QLineEdit(m_listPage);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setClearButtonEnabled(true);
    m_historyLabel = new QLabel(m_listPage);
    m_historyLabel->setObjectName(QStringLiteral("historyLabel"));
    m_showAll = new QPushButton(m_listPage);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_historyLabel->hide();
    m_showAll->hide();

    auto *filters = new QGridLayout;
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(8);
    dates->addWidget(m_unitLabel);
    dates->addWidget(m_unit, 1);
    filters->addLayout(dates, 0, 0);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_search, 1);
    checks->addWidget(m_anySymptom);
    checks->addWidget(m_anyExposure);
    checks->addWidget(m_showCorrected);
    filters->addLayout(checks, 1, 0);
    auto *history = new QHBoxLayout;
    history->addWidget(m_historyLabel);
    history->addWidget(m_showAll);
    history->addStretch();
    filters->addLayout(history, 2, 0);

    m_table = new QTableView(m_listPage);
    m_table->setObjectName(QStringLiteral("declarationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The name is what a clerk reads first: never elided while the loaded
    // page (200 rows) fits; the health summary takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(DeclarationListModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeclarationListModel::HealthColumn,
                                                      QHeaderView::Stretch);
    // Alternating colours would fight the attention tints.
    m_table->setAlternatingRowColors(false);

    m_detail = new QTextBrowser(m_listPage);
    m_detail->setObjectName(QStringLiteral("declarationDetail"));
    m_detail->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical, m_listPage);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("declarationCount"));
    m_message = new QLabel(m_listPage);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_message, 1);

    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(header);
    listLayout->addLayout(filters);
    listLayout->addWidget(splitter, 1);
    listLayout->addLayout(footer);

    m_form = new DeclarationForm(m_core, m_user.id, m_stack);
    connect(m_form, &DeclarationForm::cameraScanRequested, this,
            &DeclarationsPage::cameraScanRequested);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_new, &QPushButton::clicked, this, [this] { openNew(); });
    connect(m_correct, &QPushButton::clicked, this, &DeclarationsPage::openCorrection);
    connect(m_export, &QPushButton::clicked, this, &DeclarationsPage::exportForDistrict);
    connect(m_cameraScan, &QPushButton::clicked, this, &DeclarationsPage::cameraScanRequested);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (const auto declaration = selectedDeclaration())
            showHistory(declaration->person.id);
    });
    connect(m_showAll, &QPushButton::clicked, this, &DeclarationsPage::showAll);
    connect(m_table, &QTableView::doubleClicked, this, &DeclarationsPage::openCorrection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_model, &DeclarationListModel::loaded, this, [this] {
        updateCount();
        updateDetail();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeclarationsPage::updateCount);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DeclarationsPage::applyFilter);
    connect(m_unit, &UnitSearchEdit::codeChanged, this, &DeclarationsPage::applyFilter);
    for (QCheckBox *box : {m_anySymptom, m_anyExposure, m_showCorrected})
        connect(box, &QCheckBox::toggled, this, &DeclarationsPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &DeclarationsPage::applyFilter);

    connect(m_form, &DeclarationForm::saved, this, &DeclarationsPage::onSaved);
    connect(m_form, &DeclarationForm::closed, this, &DeclarationsPage::showList);

    // Window-wide, so they work with the focus still in the navigation
    // list; a hidden page's (or the list's, while the form is shown)
    // shortcuts are inactive, as on the checkpoint screen.
    auto *newShortcut = new QShortcut(QKeySequence::New, m_listPage);
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { openNew(); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, m_listPage);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void DeclarationsPage::retranslateUi()
{
    m_title->setText(tr("Health declarations"));
    m_new->setText(tr("&New declaration"));
    m_new->setToolTip(tr("Ctrl+N; scanning a CCCD or personal QR code also opens the form"));
    m_correct->setText(tr("&Correct…"));
    m_correct->setToolTip(
        tr("Save a corrected copy that replaces the selected declaration (the original is kept)"));
    m_history->setText(tr("&History of this person"));
    m_export->setText(tr("E&xport for the district…"));
    m_cameraScan->setText(tr("Scan with c&amera…"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("any day"));
        // The spin box sizes itself by the date format; "any day" may be
        // longer in Vietnamese.
        const QFontMetrics metrics = edit->fontMetrics();
        const int textWidth = qMax(metrics.horizontalAdvance(edit->specialValueText()),
                                   metrics.horizontalAdvance(QStringLiteral("00/00/0000")));
        edit->setMinimumWidth(textWidth + 3 * metrics.height());
    }
    m_unitLabel->setText(tr("Area:"));
    m_unit->setPlaceholderText(tr("Commune, district or province"));
    m_anySymptom->setText(tr("Any symptom"));
    m_anyExposure->setText(tr("Any exposure"));
    m_showCorrected->setText(tr("Show corrected"));
    m_search->setPlaceholderText(tr("Search: name, ID number or phone (Ctrl+F)"));
    m_showAll->setText(tr("Show everyone"));
    updateCount();
}

void DeclarationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeclarationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Back from another page (an import, a merge, a check-in): read again.
    if (!event->spontaneous() && !isFormOpen())
        applyFilter();
}

void DeclarationsPage::applyFilter()
{
    m_searchTimer.stop();
    DeclarationFilter filter;
    filter.from = filterDate(m_from);
    filter.to = filterDate(m_to);
    filter.unitCode = m_unit->code();
    filter.anySymptom = m_anySymptom->isChecked();
    filter.anyExposure = m_anyExposure->isChecked();
    filter.includeSuperseded = m_showCorrected->isChecked();
    filter.text = m_search->text().trimmed();
    filter.personId = m_historyPersonId;
    const QString selectedId = selectedDeclaration() ? selectedDeclaration()->id : QString();
    m_model->setFilter(filter);
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_table->selectRow(row);
    m_table->resizeColumnsToContents();
}

void DeclarationsPage::updateCount()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_count->setText(m_model->errorMessage());
        return;
    }
    m_count->setText(tr("%n declaration(s)", nullptr, m_model->totalCount()));
}

std::optional<Declaration> DeclarationsPage::selectedDeclaration() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->declarationAt(rows.first().row());
}

void DeclarationsPage::updateDetail()
{
    const auto declaration = selectedDeclaration();
    if (!declaration) {
        m_detail->setPlainText(tr("Select a declaration to see every answer."));
        return;
    }
    m_detail->setHtml(DeclarationSummary::toHtml(*declaration, m_core.adminUnits()));
}

void DeclarationsPage::updateButtons()
{
    const auto declaration = selectedDeclaration();
    // A corrected declaration is corrected again through its newest copy.
    m_correct->setEnabled(declaration && declaration->supersededBy.isEmpty());
    m_history->setEnabled(declaration && !declaration->person.id.isEmpty());
}

QString DeclarationsPage::message() const
{
    return m_message->text();
}

bool DeclarationsPage::isFormOpen() const
{
    return m_stack->currentWidget() == m_form;
}

void DeclarationsPage::openNew(const Declaration &prefill)
{
    Declaration base = prefill;
    if (prefill.person.fullName.isEmpty() && prefill.person.id.isEmpty())
        base.kind = m_defaultKind;
    m_message->clear();
    m_stack->setCurrentWidget(m_form);
    m_form->startNew(base);
}

void DeclarationsPage::openNewForPerson(const core::Person &person)
{
    Declaration prefill;
    prefill.kind = m_defaultKind;
    prefill.person = person;
    openNew(prefill);
}

void DeclarationsPage::openCorrection()
{
    const auto declaration = selectedDeclaration();
    if (!declaration || !declaration->supersededBy.isEmpty())
        return;
    m_message->clear();
    m_stack->setCurrentWidget(m_form);
    m_form->startCorrection(*declaration);
}

void DeclarationsPage::showHistory(const QString &personId)
{
    if (personId.isEmpty())
        return;
    m_historyPersonId = personId;
    QString name;
    if (const auto declaration = selectedDeclaration();
        declaration && declaration->person.id == personId)
        name = declaration->person.fullName;
    m_historyLabel->setText(name.isEmpty() ? tr("History of one person")
                                           : tr("History of %1").arg(name));
    m_historyLabel->show();
    m_showAll->show();
    showList();
    applyFilter();
}

void DeclarationsPage::showAll()
{
    m_historyPersonId.clear();
    m_historyLabel->hide();
    m_showAll->hide();
    applyFilter();
}

void DeclarationsPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    m_table->setFocus(Qt::OtherFocusReason);
}

void DeclarationsPage::onSaved(const QString &declarationId)
{
    showList();
    applyFilter();
    const int row = m_model->rowOf(declarationId);
    if (row >= 0)
        m_table->selectRow(row);
    m_message->setText(row >= 0 ? tr("Declaration saved.")
                                : tr("Declaration saved (hidden by the current filter)."));
    Q_EMIT declarationSaved(declarationId);
}

void DeclarationsPage::applyPayload(const QByteArray &payload)
{
    const bool opened = !isFormOpen();
    if (opened)
        openNew();
    if (!m_form->applyPayload(payload) && opened)
        leaveFormAfterRefusedScan();
}

void DeclarationsPage::applyRecognition(const core::Recognition &recognition)
{
    const bool opened = !isFormOpen();
    if (opened)
        openNew();
    if (!m_form->applyRecognition(recognition) && opened)
        leaveFormAfterRefusedScan();
}

void DeclarationsPage::leaveFormAfterRefusedScan()
{
    // A code that is not a person's (a venue poster, a tube label) opened
    // nothing worth keeping: back to the list, saying why. A restored
    // draft stays saved for the next time the form opens.
    const QString notice = m_form->noticeText();
    if (m_form->editor().isDirty())
        return;
    showList();
    m_message->setText(notice);
}

void DeclarationsPage::exportForDistrict()
{
    auto *dialog = new DistrictExportDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pd::declaration
