#include "peoplepage.h"

#include "cardprintdialog.h"
#include "corecontext.h"
#include "mergepeopledialog.h"
#include "peopleimportdialog.h"
#include "persondialog.h"
#include "personlistmodel.h"
#include "venueposterdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {
QPushButton *button(const char *name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

PeoplePage::PeoplePage(core::CoreContext &core, const core::User &user, QWidget *parent)
    : QWidget(parent),
      m_core(core),
      m_user(user),
      m_people(std::make_unique<core::PersonStore>(core))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_model = new PersonListModel(*m_people, core.adminUnits(), this);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setClearButtonEnabled(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two rows for a merge, several for a sheet of cards.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_new = button("newPerson", this);
    m_edit = button("editPerson", this);
    m_merge = button("mergePeople", this);
    m_declare = button("declareForPerson", this);
    m_print = button("printCards", this);
    m_import = button("importPeople", this);
    m_poster = button("venuePoster", this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_merge, m_declare, m_print, m_import, m_poster})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PeoplePage::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::search);
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editPerson);
    connect(m_merge, &QPushButton::clicked, this, &PeoplePage::mergeSelected);
    connect(m_declare, &QPushButton::clicked, this, &PeoplePage::declareForSelected);
    connect(m_print, &QPushButton::clicked, this, &PeoplePage::printCards);
    connect(m_import, &QPushButton::clicked, this, &PeoplePage::importList);
    connect(m_poster, &QPushButton::clicked, this, &PeoplePage::printVenuePoster);
    connect(m_table, &QTableView::doubleClicked, this, &PeoplePage::editPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);

    // Window-wide, so they work with the focus still in the navigation
    // list; a hidden page's (or the list's, while the form is shown)
    // shortcuts are inactive, as on the checkpoint screen.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, &PeoplePage::newPerson);

    retranslateUi();
    updateButtons();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::retranslateUi()
{
    m_title->setText(tr("People registry"));
    m_search->setPlaceholderText(tr("Search: name (a year of birth may follow), ID number or "
                                    "phone (Ctrl+F)"));
    m_hint->setText(tr("Select two records of the same person to merge them; select several "
                       "people to print their QR cards on one sheet."));
    m_new->setText(tr("&New person"));
    m_edit->setText(tr("&Edit…"));
    m_merge->setText(tr("&Merge…"));
    m_declare->setText(tr("&Declare for this person"));
    m_print->setText(tr("&Print QR card…"));
    m_import->setText(tr("&Import a list…"));
    m_poster->setText(tr("&Venue poster…"));
    updateButtons();
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool PeoplePage::canMerge() const
{
    return m_user.hasRole(core::Role::Admin) || m_user.hasRole(core::Role::Clerk);
}

QList<core::Person> PeoplePage::selectedPeople() const
{
    QList<core::Person> people;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        people << m_model->personAt(index.row());
    return people;
}

void PeoplePage::updateButtons()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_declare->setEnabled(selected == 1);
    m_print->setEnabled(selected >= 1);
    m_merge->setEnabled(selected == 2 && canMerge());
    m_merge->setToolTip(canMerge() ? tr("Select exactly two records of the same person")
                                   : tr("Only a clerk or an administrator may merge records"));
}

QString PeoplePage::message() const
{
    return m_message->text();
}

void PeoplePage::report(const QString &message, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb7, 0x1c, 0x1c)
                           : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(message);
}

void PeoplePage::setQuery(const QString &text)
{
    m_search->setText(text);
    search();
}

void PeoplePage::search()
{
    m_searchTimer.stop();
    m_model->setQuery(m_search->text());
    if (!m_model->errorMessage().isEmpty())
        report(m_model->errorMessage(), true);
    else if (m_search->text().trimmed().isEmpty())
        report({});
    else
        report(tr("%n person(s) found", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
}

void PeoplePage::showPerson(const core::Person &person)
{
    const QString query = !person.idNumber.isEmpty() ? person.idNumber : person.fullName;
    m_search->setText(query);
    m_searchTimer.stop();
    m_model->setQuery(query);
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(person.id);
    if (row >= 0)
        m_table->selectRow(row);
}

void PeoplePage::newPerson()
{
    auto *dialog = new PersonDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    core::Person prefill;
    // What was searched for is probably the new person's name or number.
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty()
        && std::none_of(typed.begin(), typed.end(), [](QChar c) { return c.isDigit(); }))
        prefill.fullName = typed;
    dialog->setPerson(prefill);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showPerson(dialog->person());
        if (dialog->outcome() == PersonDialog::Outcome::OpenExisting)
            report(dialog->outcomeMessage());
        else
            report(tr("Person saved."));
        Q_EMIT registryChanged();
    });
    dialog->open();
}

void PeoplePage::editPerson()
{
    const QList<core::Person> people = selectedPeople();
    if (people.size() != 1)
        return;
    auto *dialog = new PersonDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPerson(people.first());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showPerson(dialog->person());
        report(tr("Person saved."));
        Q_EMIT registryChanged();
    });
    dialog->open();
}

void PeoplePage::mergeSelected()
{
    const QList<core::Person> people = selectedPeople();
    if (people.size() != 2 || !canMerge())
        return;
    auto *dialog = new MergePeopleDialog(people.at(0), people.at(1), m_core.adminUnits(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString keptId = dialog->keptId();
        if (auto merged = m_people->merge(keptId, dialog->mergedId()); !merged) {
            report(merged.error().message, true);
            return;
        }
        search();
        if (const int row = m_model->rowOf(keptId); row >= 0)
            m_table->selectRow(row);
        report(tr("The two records were merged."));
        Q_EMIT registryChanged();
    });
    dialog->open();
}

void PeoplePage::declareForSelected()
{
    const QList<core::Person> people = selectedPeople();
    if (people.size() == 1)
        Q_EMIT declareRequested(people.first());
}

void PeoplePage::printCards()
{
    const QList<core::Person> people = selectedPeople();
    if (people.isEmpty())
        return;
    auto *dialog = new CardPrintDialog(m_core, people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::importList()
{
    auto *dialog = new PeopleImportDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Whatever was imported shows up in the current search.
    connect(dialog, &QDialog::finished, this, &PeoplePage::search);
    dialog->open();
}

void PeoplePage::printVenuePoster()
{
    auto *dialog = new VenuePosterDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pd::declaration
