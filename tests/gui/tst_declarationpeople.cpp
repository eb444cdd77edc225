// The people registry page on the offscreen platform with a real data file:
// a clerk creates a person through the dialog (commune through the folded
// type-ahead), a second record with the same name, date of birth and commune
// is held back as a likely duplicate (open the existing one, or create
// anyway), the registry's checks put each message under its field, two
// records are merged after a confirmation, and only a clerk or an
// administrator may merge.
//
// PD_SCREENSHOT_DIR=/some/dir saves the page and the dialog as PNG files.
#include "cardprintdialog.h"
#include "corecontext.h"
#include "declarationstore.h"
#include "mergepeopledialog.h"
#include "peoplepage.h"
#include "persondialog.h"
#include "personlistmodel.h"
#include "unitcascadepicker.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(pd::declaration::FormField)

using namespace pd;
using declaration::FormField;
using declaration::PeoplePage;
using declaration::PersonDialog;

namespace {
constexpr QSize kPageArea {1366 - 250, 768 - 170};

template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Key by key; Vietnamese letters as the text of a key the layout does not
// name (QTest::keyClicks takes Latin-1 only).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(edit, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void chooseData(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}
} // namespace

class TestDeclarationPeople : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createDuplicateMerge();
    void sameDuplicateOpensIt();
    void existingIdNumberOpensExisting();
    void checksNameTheField_data();
    void checksNameTheField();
    void mergeNeedsClerkOrAdmin();
    void declareAndPrintForSelected();
    void searchByNumberAndYear_data();
    void searchByNumberAndYear();

private:
    void openPage(const core::RoleSet &roles = {core::Role::Clerk});
    PersonDialog *openNewPersonDialog();
    void fillHanh(PersonDialog *dialog, bool typeCommune);
    QString createPerson(const QString &name, const QDate &dob, const QString &commune,
                         const QString &idNumber = {});
    int peopleNamed(const QString &text);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<PeoplePage> m_page;
};

void TestDeclarationPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeclarationPeople::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(14, 5)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("people.sqlite")),
                                        {declaration::DeclarationStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    m_core->audit().setActor(QStringLiteral("clerk-1"), QStringLiteral("clerk"));
}

void TestDeclarationPeople::cleanup()
{
    m_page.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDeclarationPeople::openPage(const core::RoleSet &roles)
{
    core::User user;
    user.id = QStringLiteral("clerk-1");
    user.username = QStringLiteral("clerk");
    user.roles = roles;
    m_page = std::make_unique<PeoplePage>(*m_core, user);
    m_page->resize(kPageArea);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDeclarationPeople::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

PersonDialog *TestDeclarationPeople::openNewPersonDialog()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), "newPerson"), Qt::LeftButton);
    auto *dialog = m_page->findChild<PersonDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestDeclarationPeople::fillHanh(PersonDialog *dialog, bool typeCommune)
{
    typeInto(child<QLineEdit>(dialog, "fullName"), QStringLiteral("Nguyễn Thị Hạnh"));
    typeInto(child<QLineEdit>(dialog, "dateOfBirth"), QStringLiteral("02/03/1988"));
    chooseData(child<QComboBox>(dialog, "sex"), int(core::Sex::Female));
    auto *picker = dialog->addressPicker();
    if (typeCommune) {
        // Trúc Bạch, Ba Đình, typed without diacritics and picked from the list.
        QLineEdit *commune = picker->communeEdit();
        typeInto(commune, QStringLiteral("truc bach"));
        QTRY_VERIFY(commune->completer()->popup()->isVisible());
        QTest::keyClick(commune->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(commune->completer()->popup(), Qt::Key_Return);
    } else {
        picker->setCommuneCode(QStringLiteral("00004"));
    }
    QCOMPARE(picker->communeCode(), QStringLiteral("00004"));
}

QString TestDeclarationPeople::createPerson(const QString &name, const QDate &dob,
                                            const QString &commune, const QString &idNumber)
{
    core::Person person;
    person.fullName = name;
    person.dateOfBirth = core::BirthDate::fromDate(dob);
    person.communeCode = commune;
    person.idNumber = idNumber;
    person.idKind = idNumber.isEmpty() ? core::Person::IdKind::None : core::Person::IdKind::Cccd;
    auto created = core::PersonStore(*m_core).create(person);
    return created ? created->person.id : QString();
}

int TestDeclarationPeople::peopleNamed(const QString &text)
{
    auto found = core::PersonStore(*m_core).searchByName(text);
    return found ? int(found->size()) : -1;
}

void TestDeclarationPeople::createDuplicateMerge()
{
    openPage();
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // 1. A new person, saved.
    PersonDialog *dialog = openNewPersonDialog();
    QVERIFY(dialog);
    fillHanh(dialog, true);
    typeInto(child<QLineEdit>(dialog, "phone"), QStringLiteral("0912 000 111"));
    QTest::mouseClick(child<QPushButton>(dialog, "savePerson"), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<PersonDialog *>());
    QCOMPARE(peopleNamed(QStringLiteral("nguyen thi hanh")), 1);
    QCOMPARE(m_page->message(), QStringLiteral("Person saved."));
    QCOMPARE(m_page->selectedPeople().size(), 1);

    // 2. The same name, date of birth and commune again: held back.
    dialog = openNewPersonDialog();
    QVERIFY(dialog);
    fillHanh(dialog, false);
    QTest::mouseClick(child<QPushButton>(dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->duplicatesShown());
    QCOMPARE(dialog->duplicatesModel()->rowCount(), 1);
    QCOMPARE(peopleNamed(QStringLiteral("nguyen thi hanh")), 1);
    screenshot(dialog, QStringLiteral("person-duplicates"));
    // "Different person → create anyway".
    QTest::mouseClick(child<QPushButton>(dialog, "differentPerson"), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<PersonDialog *>());
    QCOMPARE(peopleNamed(QStringLiteral("nguyen thi hanh")), 2);

    // 3. Both found by the folded name, both selected, merged.
    m_page->setQuery(QStringLiteral("nguyen thi hanh"));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QTableView *table = m_page->table();
    table->selectionModel()->select(m_page->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    table->selectionModel()->select(m_page->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *merge = child<QPushButton>(m_page.get(), "mergePeople");
    QVERIFY(merge->isEnabled());
    screenshot(m_page.get(), QStringLiteral("people-page"));
    const QString keptId = m_page->model()->personAt(1).id;
    const QString mergedId = m_page->model()->personAt(0).id;
    QTest::mouseClick(merge, Qt::LeftButton);
    auto *confirm = m_page->findChild<declaration::MergePeopleDialog *>();
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    screenshot(confirm, QStringLiteral("merge-people"));
    confirm->setKeptId(keptId);
    QCOMPARE(confirm->mergedId(), mergedId);
    QTest::mouseClick(child<QPushButton>(confirm, "confirmMerge"), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<declaration::MergePeopleDialog *>());
    QCOMPARE(m_page->message(), QStringLiteral("The two records were merged."));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->personAt(0).id, keptId);
    auto resolved = core::PersonStore(*m_core).resolveId(mergedId);
    QVERIFY(resolved);
    QCOMPARE(*resolved, keptId);
}

void TestDeclarationPeople::sameDuplicateOpensIt()
{
    const QString existingId =
        createPerson(QStringLiteral("Nguyễn Thị Hạnh"), QDate(1988, 3, 2), QStringLiteral("00004"));
    QVERIFY(!existingId.isEmpty());
    openPage();
    PersonDialog *dialog = openNewPersonDialog();
    QVERIFY(dialog);
    fillHanh(dialog, false);
    QTest::mouseClick(child<QPushButton>(dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(dialog->duplicatesShown());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    // "This is the same person → open it": nothing created, the record shown.
    QTest::mouseClick(child<QPushButton>(dialog, "samePerson"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(peopleNamed(QStringLiteral("nguyen thi hanh")), 1);
    QCOMPARE(m_page->selectedPeople().size(), 1);
    QCOMPARE(m_page->selectedPeople().first().id, existingId);
}

void TestDeclarationPeople::existingIdNumberOpensExisting()
{
    const QString existingId =
        createPerson(QStringLiteral("Nguyễn Văn Đức"), QDate(1990, 5, 17), QStringLiteral("00001"),
                     QStringLiteral("001090012345"));
    QVERIFY(!existingId.isEmpty());
    openPage();
    PersonDialog *dialog = openNewPersonDialog();
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "fullName"), QStringLiteral("Nguyen Van Duc"));
    typeInto(child<QLineEdit>(dialog, "idNumber"), QStringLiteral("001090012345"));
    typeInto(child<QLineEdit>(dialog, "dateOfBirth"), QStringLiteral("1990"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "savePerson"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog->outcome(), PersonDialog::Outcome::OpenExisting);
    QCOMPARE(dialog->person().id, existingId);
    QVERIFY(m_page->message().contains(QStringLiteral("already registered")));
    QCOMPARE(m_page->selectedPeople().first().id, existingId);
}

void TestDeclarationPeople::checksNameTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("dateOfBirth");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<FormField>("field");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("focusName");

    QTest::newRow("no name") << QString() << QString() << QStringLiteral("1990") << QString()
                             << FormField::FullName << QStringLiteral("Full name")
                             << QStringLiteral("fullName");
    QTest::newRow("CCCD year digits")
        << QStringLiteral("Lê Văn Tám") << QStringLiteral("001090012345")
        << QStringLiteral("01/01/1991") << QString() << FormField::IdNumber
        << QStringLiteral("ID number") << QStringLiteral("idNumber");
    QTest::newRow("unreadable date")
        << QStringLiteral("Lê Văn Tám") << QString() << QStringLiteral("31/02/1990") << QString()
        << FormField::DateOfBirth << QStringLiteral("Date of birth")
        << QStringLiteral("dateOfBirth");
    QTest::newRow("phone too short")
        << QStringLiteral("Lê Văn Tám") << QString() << QStringLiteral("1990")
        << QStringLiteral("0912") << FormField::Phone << QStringLiteral("Phone")
        << QStringLiteral("phone");
}

void TestDeclarationPeople::checksNameTheField()
{
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QString, dateOfBirth);
    QFETCH(QString, phone);
    QFETCH(FormField, field);
    QFETCH(QString, messageStart);
    QFETCH(QString, focusName);

    openPage();
    PersonDialog *dialog = openNewPersonDialog();
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "fullName"), name);
    typeInto(child<QLineEdit>(dialog, "idNumber"), idNumber);
    typeInto(child<QLineEdit>(dialog, "dateOfBirth"), dateOfBirth);
    typeInto(child<QLineEdit>(dialog, "phone"), phone);
    QTest::mouseClick(child<QPushButton>(dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->fieldErrors().shownField(), field);
    const QString message = dialog->fieldErrors().message(field);
    QVERIFY2(message.startsWith(messageStart), qPrintable(message));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, qPrintable(focusName)));
    QCOMPARE(peopleNamed(QStringLiteral("le van tam")), 0);
}

void TestDeclarationPeople::mergeNeedsClerkOrAdmin()
{
    createPerson(QStringLiteral("Đỗ Văn Hùng"), QDate(1975, 4, 30), QStringLiteral("00001"));
    createPerson(QStringLiteral("Đỗ Văn Hùng"), QDate(1975, 4, 30), QStringLiteral("00004"));
    openPage({core::Role::Checkpoint});
    QVERIFY(!m_page->canMerge());
    m_page->setQuery(QStringLiteral("do van hung"));
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_page->table()->selectAll();
    auto *merge = child<QPushButton>(m_page.get(), "mergePeople");
    QVERIFY(!merge->isEnabled());
    m_page->mergeSelected();
    QVERIFY(!m_page->findChild<declaration::MergePeopleDialog *>());
    QCOMPARE(peopleNamed(QStringLiteral("do van hung")), 2);
}

void TestDeclarationPeople::declareAndPrintForSelected()
{
    const QString id =
        createPerson(QStringLiteral("Vũ Thị Nga"), QDate(1960, 1, 1), QStringLiteral("00001"));
    openPage();
    QSignalSpy declare(m_page.get(), &PeoplePage::declareRequested);
    m_page->setQuery(QStringLiteral("vu thi"));
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->table()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "declareForPerson"), Qt::LeftButton);
    QCOMPARE(declare.count(), 1);
    QCOMPARE(declare.first().first().value<core::Person>().id, id);

    QTest::mouseClick(child<QPushButton>(m_page.get(), "printCards"), Qt::LeftButton);
    auto *print = m_page->findChild<declaration::CardPrintDialog *>();
    QVERIFY(print);
    print->reject();
}

void TestDeclarationPeople::searchByNumberAndYear_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("ID number") << QStringLiteral("001090012345")
                               << QStringList {QStringLiteral("Nguyễn Văn Đức")};
    QTest::newRow("ID number with spaces")
        << QStringLiteral("001 090 012 345") << QStringList {QStringLiteral("Nguyễn Văn Đức")};
    QTest::newRow("phone") << QStringLiteral("0912 345 678")
                           << QStringList {QStringLiteral("Nguyễn Văn Đức")};
    QTest::newRow("phone +84") << QStringLiteral("+84912345678")
                               << QStringList {QStringLiteral("Nguyễn Văn Đức")};
    QTest::newRow("name and year")
        << QStringLiteral("nguyen van 1985") << QStringList {QStringLiteral("Nguyễn Văn Anh")};
    QTest::newRow("folded name") << QStringLiteral("NGUYEN VAN")
                                 << QStringList {QStringLiteral("Nguyễn Văn Anh"),
                                                 QStringLiteral("Nguyễn Văn Đức")};
    QTest::newRow("nobody") << QStringLiteral("khong ai") << QStringList {};
}

void TestDeclarationPeople::searchByNumberAndYear()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    core::PersonStore people(*m_core);
    core::Person duc;
    duc.fullName = QStringLiteral("Nguyễn Văn Đức");
    duc.idKind = core::Person::IdKind::Cccd;
    duc.idNumber = QStringLiteral("001090012345");
    duc.dateOfBirth = core::BirthDate::fromDate(QDate(1990, 5, 17));
    duc.phone = QStringLiteral("0912345678");
    QVERIFY(people.create(duc));
    core::Person anh;
    anh.fullName = QStringLiteral("Nguyễn Văn Anh");
    anh.dateOfBirth = core::BirthDate::fromYear(1985);
    QVERIFY(people.create(anh));

    auto found = declaration::PersonListModel::search(people, query);
    QVERIFY(found);
    QStringList shown;
    for (const core::Person &person : *found)
        shown << person.fullName;
    shown.sort();
    names.sort();
    QCOMPARE(shown, names);
}

QTEST_MAIN(TestDeclarationPeople)
#include "tst_declarationpeople.moc"
