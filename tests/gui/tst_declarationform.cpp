// The health declaration screens on the offscreen platform with a real data
// file: a clerk types a person into the real widgets (the commune picked
// through the folded type-ahead), a wrong field is refused with its message
// beside it and the focus on it, nothing is written and the draft is kept;
// fixed, the declaration saves and is found again in the list by folded
// search, in the attention colour; a draft survives the form being torn
// down mid-entry; a scanned CCCD or unified QR fills the identity (its
// address matched to a commune); the list model's filters.
//
// PD_SCREENSHOT_DIR=/some/dir saves the form and the list as PNG files.
#include "addressmatcher.h"
#include "corecontext.h"
#include "declarationeditor.h"
#include "declarationform.h"
#include "declarationlistmodel.h"
#include "declarationspage.h"
#include "declarationstore.h"
#include "pdcodesigner.h"
#include "pdkeystore.h"
#include "unitcascadepicker.h"
#include "unitlevelmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(pd::declaration::DeclarationFilter)
Q_DECLARE_METATYPE(pd::declaration::FormField)

using namespace pd;
using declaration::Declaration;
using declaration::DeclarationFilter;
using declaration::DeclarationForm;
using declaration::DeclarationListModel;
using declaration::DeclarationsPage;
using declaration::DeclarationStore;
using declaration::FormField;

namespace {
constexpr QSize kLaptopScreen {1366, 768};
// What the main window leaves a page on that screen (navigation list,
// frame, menu, status and task bars).
constexpr QSize kPageArea {kLaptopScreen.width() - 250, kLaptopScreen.height() - 170};
const QString kUserId = QStringLiteral("clerk-1");

// Chip ID card QR codes that hold up on 2021-08-02 (Circular 06/2021:
// number|old number|name|ddMMyyyy|sex|address|issue date): province 001,
// digit 4 "0" (male, 1900s), digits 5–6 "90".
const QByteArray kDucFullAddress = QByteArrayLiteral(
    "001090012345||Nguyễn Văn Đức|17051990|Nam|Số 12 ngõ 34 phố Phúc Xá, Phường Phúc Xá, "
    "Quận Ba Đình, Hà Nội|10042021");
const QByteArray kDucShortAddress = QByteArrayLiteral(
    "001090012345||Nguyễn Văn Đức|17051990|Nam|Phúc Xá, Ba Đình, Hà Nội|10042021");
// A commune that is not in Bát Xát: province and district are recognised,
// the text stays in the street field.
const QByteArray kHoaUnknownCommune = QByteArrayLiteral(
    "010192001234||Trần Thị Hoà|15031992|Nữ|Thôn 3, Xã Không Có, Huyện Bát Xát, Lào Cai|"
    "01062021");
const QByteArray kUnified =
    QByteArrayLiteral("001090012345|NGUYEN VAN DUC|1990-05-17|CCCD|QID0001|");

template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Key by key, as typed (QTest::keyClicks takes Latin-1 only; Vietnamese
// letters arrive as the text of a key the layout does not name, the way an
// input method delivers them).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        typeText(edit, text);
}

declaration::Declaration makeDeclaration(const QString &name, const QString &idNumber,
                                         const QDate &dob, core::Sex sex, const QString &commune)
{
    Declaration d;
    d.person.fullName = name;
    d.person.idKind = idNumber.isEmpty() ? core::Person::IdKind::None : core::Person::IdKind::Cccd;
    d.person.idNumber = idNumber;
    d.person.dateOfBirth = core::BirthDate::fromDate(dob);
    d.person.sex = sex;
    d.person.communeCode = commune;
    return d;
}
} // namespace

class TestDeclarationForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fitsLaptopScreen();
    void typeRefuseFixSaveFindAgain();
    void draftSurvivesTearDown();
    void discardDraftGoesBack();
    void scannedCodeFillsIdentity_data();
    void scannedCodeFillsIdentity();
    void codeWithoutPersonOpensNothing();
    void personalCodeOpensRegistryRecord();
    void addressMatcher_data();
    void addressMatcher();
    void unitTypeAhead_data();
    void unitTypeAhead();
    void fieldForErrorCode_data();
    void fieldForErrorCode();
    void listModelFilters_data();
    void listModelFilters();
    void listModelPages();
    void correctionSupersedes();
    void checkpointDeclarationShowsTravel();

private:
    void openPage();
    void seedList();
    void pickUnit(QLineEdit *edit, const QString &typed, const QString &expectedCode);
    void screenshot(QWidget *widget, const QString &name);
    int declarationsInStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<DeclarationsPage> m_page;
    core::User m_user;
};

void TestDeclarationForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeclarationForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // 2021-08-02 10:42 local time: a morning at the commune office.
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(10, 42)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("declarations.sqlite")),
                                        {DeclarationStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    m_core->audit().setActor(kUserId, QStringLiteral("clerk"));
    m_user.id = kUserId;
    m_user.username = QStringLiteral("clerk");
    m_user.displayName = QStringLiteral("Chị Lan");
    m_user.roles = {core::Role::Clerk};
}

void TestDeclarationForm::cleanup()
{
    m_page.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDeclarationForm::openPage()
{
    m_page = std::make_unique<DeclarationsPage>(*m_core, m_user);
    m_page->resize(kPageArea);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

int TestDeclarationForm::declarationsInStore()
{
    DeclarationFilter everything;
    everything.includeSuperseded = true;
    auto count = DeclarationStore(*m_core).count(everything);
    return count ? *count : -1;
}

void TestDeclarationForm::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Pending layout requests handled, as a person would see the screen.
    QTest::qWait(50);
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestDeclarationForm::pickUnit(QLineEdit *edit, const QString &typed,
                                   const QString &expectedCode)
{
    typeInto(edit, typed);
    QCompleter *completer = edit->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    // The first row the folded type-ahead offers, chosen from the keyboard.
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    Q_UNUSED(expectedCode);
}

void TestDeclarationForm::fitsLaptopScreen()
{
    openPage();
    const QSize listMinimum = m_page->minimumSizeHint();
    QVERIFY2(listMinimum.width() <= kPageArea.width() && listMinimum.height() <= kPageArea.height(),
             qPrintable(
                 QStringLiteral("list %1×%2").arg(listMinimum.width()).arg(listMinimum.height())));
    m_page->openNew();
    QVERIFY(m_page->isFormOpen());
    const QSize formMinimum = m_page->minimumSizeHint();
    QVERIFY2(formMinimum.width() <= kPageArea.width() && formMinimum.height() <= kPageArea.height(),
             qPrintable(
                 QStringLiteral("form %1×%2").arg(formMinimum.width()).arg(formMinimum.height())));
    // The form scrolls vertically only.
    auto *scroll = child<QScrollArea>(m_page.get(), "formScroll");
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QVERIFY(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
}

void TestDeclarationForm::typeRefuseFixSaveFindAgain()
{
    openPage();
    auto *newButton = child<QPushButton>(m_page.get(), "newDeclaration");
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(m_page->isFormOpen());
    DeclarationForm *form = m_page->form();
    QSignalSpy draftSaved(&form->editor(), &declaration::DeclarationEditor::draftSaved);

    auto *fullName = child<QLineEdit>(form, "fullName");
    auto *idNumber = child<QLineEdit>(form, "idNumber");
    auto *idKind = child<QComboBox>(form, "idKind");
    auto *dateOfBirth = child<QLineEdit>(form, "dateOfBirth");
    auto *sex = child<QComboBox>(form, "sex");
    auto *phone = child<QLineEdit>(form, "phone");
    auto *street = child<QLineEdit>(form, "street");
    auto *fever = child<QCheckBox>(form, "symptom_fever");
    QVERIFY(fullName && idNumber && idKind && dateOfBirth && sex && phone && street && fever);

    typeInto(fullName, QStringLiteral("Nguyễn Văn Đức"));
    typeInto(idNumber, QStringLiteral("001090012345"));
    // Twelve digits choose "CCCD" by themselves.
    QCOMPARE(idKind->currentData().toInt(), int(core::Person::IdKind::Cccd));
    // Born 1991, but digits 5–6 of the number say 1990.
    typeInto(dateOfBirth, QStringLiteral("17/05/1991"));
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Down); // "Male"
    QCOMPARE(sex->currentData().toInt(), int(core::Sex::Male));

    // The commune through the type-ahead, without diacritics; province and
    // district fill themselves.
    auto *picker = form->addressPicker();
    pickUnit(picker->communeEdit(), QStringLiteral("phuc xa"), QStringLiteral("00001"));
    QCOMPARE(picker->communeCode(), QStringLiteral("00001"));
    QCOMPARE(picker->districtCode(), QStringLiteral("001"));
    QCOMPARE(picker->provinceCode(), QStringLiteral("01"));
    QCOMPARE(form->editor().declaration().person.communeCode, QStringLiteral("00001"));

    typeInto(street, QStringLiteral("Số 12 ngõ 34"));
    typeInto(phone, QStringLiteral("0912 345 678"));
    // Scrolled into view first, as the clerk does.
    child<QScrollArea>(form, "formScroll")->ensureWidgetVisible(fever);
    // On the box itself (the widget is wider than its box and label).
    QTest::mouseClick(fever, Qt::LeftButton, {}, QPoint(8, fever->height() / 2));
    QVERIFY(fever->isChecked());

    // Ctrl+S from the keyboard: refused, message beside the ID number, focus
    // there, nothing written, the draft kept at once.
    phone->setFocus();
    const int draftsBefore = int(draftSaved.count());
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(form->fieldErrors().shownField(), FormField::IdNumber);
    const QString message = form->fieldErrors().message(FormField::IdNumber);
    QVERIFY2(message.startsWith(QStringLiteral("ID number")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("year of birth")), qPrintable(message));
    QVERIFY(form->fieldErrors().messageLabel(FormField::IdNumber)->isVisible());
    QCOMPARE(QApplication::focusWidget(), idNumber);
    QCOMPARE(declarationsInStore(), 0);
    QVERIFY(draftSaved.count() > draftsBefore);
    auto draft = DeclarationStore(*m_core).loadDraft(kUserId);
    QVERIFY(draft && !draft->isEmpty());
    QVERIFY(m_page->isFormOpen());
    screenshot(m_page.get(), QStringLiteral("declaration-form-error"));

    // Fixed: saved, back to the list, the draft gone.
    typeInto(dateOfBirth, QStringLiteral("17/05/1990"));
    QTest::keyClick(dateOfBirth, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!m_page->isFormOpen(),
             qPrintable(form->fieldErrors().message(form->fieldErrors().shownField())
                        + form->generalError()));
    QCOMPARE(declarationsInStore(), 1);
    draft = DeclarationStore(*m_core).loadDraft(kUserId);
    QVERIFY(draft && draft->isEmpty());

    // Found again by folded search, in the symptom colour.
    auto *search = child<QLineEdit>(m_page.get(), "filterSearch");
    typeInto(search, QStringLiteral("nguyen van"));
    DeclarationListModel *model = m_page->listModel();
    QTRY_COMPARE(model->filter().text, QStringLiteral("nguyen van"));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex name = model->index(0, DeclarationListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(model->index(0, DeclarationListModel::IdNumberColumn).data().toString(),
             QStringLiteral("001090012345"));
    QCOMPARE(model->index(0, DeclarationListModel::CommuneColumn).data().toString(),
             QStringLiteral("Phường Phúc Xá"));
    QCOMPARE(name.data(Qt::BackgroundRole).value<QBrush>().color(),
             DeclarationListModel::symptomBackground());
    QCOMPARE(name.data(Qt::ForegroundRole).value<QBrush>().color(),
             DeclarationListModel::symptomText());
    QVERIFY(name.data(DeclarationListModel::NeedsAttentionRole).toBool());
    // Other words find nothing.
    typeInto(search, QStringLiteral("tran thi"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("tran thi"));
    QCOMPARE(model->rowCount(), 0);
    typeInto(search, QString());
    QTRY_COMPARE(model->rowCount(), 1);
    m_page->table()->selectRow(0);
    screenshot(m_page.get(), QStringLiteral("declarations-list"));
}

void TestDeclarationForm::draftSurvivesTearDown()
{
    openPage();
    m_page->openNew();
    DeclarationForm *form = m_page->form();
    QSignalSpy draftSaved(&form->editor(), &declaration::DeclarationEditor::draftSaved);
    typeInto(child<QLineEdit>(form, "fullName"), QStringLiteral("Lê Thị Thuỷ"));
    typeInto(child<QLineEdit>(form, "dateOfBirth"), QStringLiteral("1958"));
    typeInto(child<QLineEdit>(form, "phone"), QStringLiteral("0987654321"));
    // About a second after the last key, with no save pressed.
    QVERIFY(draftSaved.wait(3000));
    auto draft = DeclarationStore(*m_core).loadDraft(kUserId);
    QVERIFY(draft && !draft->isEmpty());

    // The page torn down mid-entry (the app killed), then opened again.
    m_page.reset();
    openPage();
    m_page->openNew();
    form = m_page->form();
    QVERIFY(form->isDraftBannerShown());
    auto *draftText = child<QLabel>(form, "draftText");
    QVERIFY2(draftText->text().contains(QStringLiteral("10:42")), qPrintable(draftText->text()));
    QCOMPARE(child<QLineEdit>(form, "fullName")->text(), QStringLiteral("Lê Thị Thuỷ"));
    QCOMPARE(child<QLineEdit>(form, "dateOfBirth")->text(), QStringLiteral("1958"));
    QCOMPARE(child<QLineEdit>(form, "phone")->text(), QStringLiteral("0987654321"));
    QCOMPARE(form->editor().declaration().person.dateOfBirth, core::BirthDate::fromYear(1958));
    screenshot(m_page.get(), QStringLiteral("declaration-draft-restored"));
}

void TestDeclarationForm::discardDraftGoesBack()
{
    openPage();
    m_page->openNew();
    DeclarationForm *form = m_page->form();
    typeInto(child<QLineEdit>(form, "fullName"), QStringLiteral("Phạm Văn Bình"));
    QVERIFY(form->editor().saveDraftNow());
    m_page.reset();
    openPage();
    m_page->openNew();
    form = m_page->form();
    QVERIFY(form->isDraftBannerShown());
    QTest::mouseClick(child<QPushButton>(form, "discardDraft"), Qt::LeftButton);
    QVERIFY(!form->isDraftBannerShown());
    QCOMPARE(child<QLineEdit>(form, "fullName")->text(), QString());
    auto draft = DeclarationStore(*m_core).loadDraft(kUserId);
    QVERIFY(draft && draft->isEmpty());
}

void TestDeclarationForm::scannedCodeFillsIdentity_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<int>("idKind");
    QTest::addColumn<QString>("dateOfBirth");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("district"); // as the picker shows it
    QTest::addColumn<QString>("street");

    const int cccd = int(core::Person::IdKind::Cccd);
    QTest::newRow("CCCD, full address")
        << kDucFullAddress << QStringLiteral("Nguyễn Văn Đức") << QStringLiteral("001090012345")
        << cccd << QStringLiteral("17/05/1990") << int(core::Sex::Male) << QStringLiteral("00001")
        << QStringLiteral("001") << QStringLiteral("Số 12 ngõ 34 phố Phúc Xá");
    QTest::newRow("CCCD, short address")
        << kDucShortAddress << QStringLiteral("Nguyễn Văn Đức") << QStringLiteral("001090012345")
        << cccd << QStringLiteral("17/05/1990") << int(core::Sex::Male) << QStringLiteral("00001")
        << QStringLiteral("001") << QString();
    QTest::newRow("CCCD, commune not in the list")
        << kHoaUnknownCommune << QStringLiteral("Trần Thị Hoà") << QStringLiteral("010192001234")
        << cccd << QStringLiteral("15/03/1992") << int(core::Sex::Female) << QString()
        << QStringLiteral("082") << QStringLiteral("Thôn 3, Xã Không Có, Huyện Bát Xát, Lào Cai");
    QTest::newRow("unified QR") << kUnified << QStringLiteral("NGUYEN VAN DUC")
                                << QStringLiteral("001090012345") << cccd
                                << QStringLiteral("17/05/1990") << int(core::Sex::Unknown)
                                << QString() << QString() << QString();
}

void TestDeclarationForm::scannedCodeFillsIdentity()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(int, idKind);
    QFETCH(QString, dateOfBirth);
    QFETCH(int, sex);
    QFETCH(QString, commune);
    QFETCH(QString, district);
    QFETCH(QString, street);

    openPage();
    // A scan with the list shown opens the form.
    QVERIFY(!m_page->isFormOpen());
    m_page->applyPayload(payload);
    QVERIFY(m_page->isFormOpen());
    DeclarationForm *form = m_page->form();
    QCOMPARE(child<QLineEdit>(form, "fullName")->text(), name);
    QCOMPARE(child<QLineEdit>(form, "idNumber")->text(), idNumber);
    QCOMPARE(child<QComboBox>(form, "idKind")->currentData().toInt(), idKind);
    QCOMPARE(child<QLineEdit>(form, "dateOfBirth")->text(), dateOfBirth);
    QCOMPARE(child<QComboBox>(form, "sex")->currentData().toInt(), sex);
    QCOMPARE(form->addressPicker()->communeCode(), commune);
    QCOMPARE(form->addressPicker()->districtCode(), district);
    QCOMPARE(child<QLineEdit>(form, "street")->text(), street);
    QCOMPARE(form->editor().declaration().person.communeCode, commune);
    // The clerk is told what was filled in.
    QVERIFY2(form->noticeText().startsWith(QStringLiteral("Filled from")),
             qPrintable(form->noticeText()));
    if (!commune.isEmpty())
        QVERIFY(form->noticeText().contains(QStringLiteral("Phường Phúc Xá")));
}

void TestDeclarationForm::codeWithoutPersonOpensNothing()
{
    openPage();
    // A tube label or any text a scanner reads: no person in it.
    m_page->applyPayload(QByteArrayLiteral("TUBE-000123"));
    QVERIFY(!m_page->isFormOpen());
    QVERIFY2(m_page->message().contains(QStringLiteral("identity")), qPrintable(m_page->message()));
    auto draft = DeclarationStore(*m_core).loadDraft(kUserId);
    QVERIFY(draft && draft->isEmpty());
}

void TestDeclarationForm::personalCodeOpensRegistryRecord()
{
    core::PersonStore people(*m_core);
    core::Person person;
    person.fullName = QStringLiteral("Hoàng Thị Mai");
    person.dateOfBirth = core::BirthDate::fromDate(QDate(1985, 12, 1));
    person.sex = core::Sex::Female;
    person.phone = QStringLiteral("0901234567");
    person.communeCode = QStringLiteral("00004");
    person.street = QStringLiteral("Số 5 Trúc Bạch");
    auto created = people.create(person);
    QVERIFY(created);

    auto key = core::PdKeyStore(*m_core).ensureDeviceKey();
    QVERIFY(key);
    core::PdCodeContent content;
    content.type = core::PdCodeContent::Type::Person;
    content.issuedAt = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
    content.recordId = created->person.id;
    content.fullName = person.fullName;
    content.dateOfBirth = person.dateOfBirth;
    auto code = core::PdCodeSigner(*key).sign(content);
    QVERIFY2(code, code ? "" : qPrintable(code.error().message));

    openPage();
    m_page->applyPayload(code->toUtf8());
    DeclarationForm *form = m_page->form();
    QCOMPARE(form->editor().declaration().person.id, created->person.id);
    QCOMPARE(child<QLineEdit>(form, "phone")->text(), QStringLiteral("0901234567"));
    QCOMPARE(child<QLineEdit>(form, "street")->text(), QStringLiteral("Số 5 Trúc Bạch"));
    QCOMPARE(form->addressPicker()->communeCode(), QStringLiteral("00004"));
}

void TestDeclarationForm::addressMatcher_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("unit"); // most specific unit recognised
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("street");

    QTest::newRow("kinds written out")
        << QStringLiteral("Số 12 ngõ 34, Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội")
        << QStringLiteral("00001") << QStringLiteral("00001") << QStringLiteral("Số 12 ngõ 34");
    QTest::newRow("no kinds, no diacritics")
        << QStringLiteral("phuc xa, ba dinh, ha noi") << QStringLiteral("00001")
        << QStringLiteral("00001") << QString();
    QTest::newRow("abbreviated kinds")
        << QStringLiteral("Tổ 5, TT. Bát Xát, H. Bát Xát, Lào Cai") << QStringLiteral("02683")
        << QStringLiteral("02683") << QStringLiteral("Tổ 5");
    QTest::newRow("district only")
        << QStringLiteral("Thôn 3, Huyện Bát Xát, Tỉnh Lào Cai") << QStringLiteral("082")
        << QString() << QStringLiteral("Thôn 3, Huyện Bát Xát, Tỉnh Lào Cai");
    QTest::newRow("commune of another district")
        << QStringLiteral("Phường Phúc Xá, Huyện Bát Xát, Lào Cai") << QStringLiteral("082")
        << QString() << QStringLiteral("Phường Phúc Xá, Huyện Bát Xát, Lào Cai");
    QTest::newRow("no province") << QStringLiteral("Xóm 2, Nơi Nào Đó") << QString() << QString()
                                 << QStringLiteral("Xóm 2, Nơi Nào Đó");
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestDeclarationForm::addressMatcher()
{
    QFETCH(QString, address);
    QFETCH(QString, unit);
    QFETCH(QString, commune);
    QFETCH(QString, street);
    const auto match = declaration::AddressMatcher(m_core->adminUnits()).match(address);
    QCOMPARE(match.unitCode(), unit);
    QCOMPARE(match.communeCode, commune);
    QCOMPARE(match.street, street);
}

void TestDeclarationForm::unitTypeAhead_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("firstCode");

    const int province = int(core::AdminUnit::Level::Province);
    const int district = int(core::AdminUnit::Level::District);
    const int commune = int(core::AdminUnit::Level::Commune);
    QTest::newRow("district, no diacritics")
        << district << QString() << QStringLiteral("bat xat") << QStringLiteral("082");
    QTest::newRow("district, with diacritics")
        << district << QStringLiteral("10") << QStringLiteral("Bát Xát") << QStringLiteral("082");
    QTest::newRow("province by word prefix")
        << province << QString() << QStringLiteral("lao c") << QStringLiteral("10");
    QTest::newRow("commune within its district")
        << commune << QStringLiteral("082") << QStringLiteral("tt bat") << QStringLiteral("02683");
    QTest::newRow("commune across the country")
        << commune << QString() << QStringLiteral("phuc xa") << QStringLiteral("00001");
}

void TestDeclarationForm::unitTypeAhead()
{
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(QString, typed);
    QFETCH(QString, firstCode);
    declaration::UnitLevelModel model(m_core->adminUnits(), core::AdminUnit::Level(level));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParentCode(parent);
    model.setQuery(typed);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0).data(declaration::UnitLevelModel::CodeRole).toString(), firstCode);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.unitAt(row).level, core::AdminUnit::Level(level));
}

void TestDeclarationForm::fieldForErrorCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<FormField>("field");
    QTest::newRow("name") << QStringLiteral("person.name") << FormField::FullName;
    QTest::newRow("cccd year") << QStringLiteral("person.cccd_year") << FormField::IdNumber;
    QTest::newRow("cccd province") << QStringLiteral("person.cccd_province") << FormField::IdNumber;
    QTest::newRow("birth date") << QStringLiteral("declaration.birth_date")
                                << FormField::DateOfBirth;
    QTest::newRow("commune") << QStringLiteral("declaration.commune") << FormField::Commune;
    QTest::newRow("email") << QStringLiteral("declaration.email") << FormField::Email;
    QTest::newRow("places") << QStringLiteral("declaration.places_text") << FormField::PlacesText;
    QTest::newRow("other symptoms")
        << QStringLiteral("declaration.symptoms_text") << FormField::SymptomsText;
    QTest::newRow("last dose") << QStringLiteral("declaration.last_dose_date")
                               << FormField::LastDoseDate;
    QTest::newRow("doses") << QStringLiteral("declaration.vaccine_doses")
                           << FormField::VaccineDoses;
    QTest::newRow("vehicle") << QStringLiteral("declaration.vehicle_number")
                             << FormField::VehicleNumber;
    QTest::newRow("travel date") << QStringLiteral("declaration.travel_date")
                                 << FormField::TravelDate;
    QTest::newRow("on behalf") << QStringLiteral("declaration.on_behalf_name")
                               << FormField::OnBehalfName;
    QTest::newRow("write failed") << QStringLiteral("database.write") << FormField::None;
    QTest::newRow("no prefix") << QStringLiteral("name") << FormField::None;
}

void TestDeclarationForm::fieldForErrorCode()
{
    QFETCH(QString, code);
    QFETCH(FormField, field);
    QCOMPARE(declaration::fieldForErrorCode(code), field);
}

// Five declarations over three days, two communes of Ba Đình and one in Bát
// Xát; one with a symptom, one with an exposure only.
void TestDeclarationForm::seedList()
{
    DeclarationStore store(*m_core);
    const qint64 dayMs = 24 * 60 * 60 * 1000;
    struct Seed {
        Declaration declaration;
        int dayOffset;
    };
    QList<Seed> seeds;
    Declaration duc =
        makeDeclaration(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001090012345"),
                        QDate(1990, 5, 17), core::Sex::Male, QStringLiteral("00001"));
    duc.symptoms = declaration::Symptom::Fever;
    seeds << Seed {duc, -2};
    Declaration an = makeDeclaration(QStringLiteral("Nguyễn Văn An"), QString(), QDate(1985, 1, 2),
                                     core::Sex::Male, QStringLiteral("00004"));
    an.exposures = declaration::Exposure::CovidCase;
    seeds << Seed {an, -1};
    seeds << Seed {makeDeclaration(QStringLiteral("Trần Thị Hoà"), QStringLiteral("010192001234"),
                                   QDate(1992, 3, 15), core::Sex::Female, QStringLiteral("02683")),
                   -1};
    seeds << Seed {makeDeclaration(QStringLiteral("Lê Văn Đạt"), QString(), QDate(1970, 7, 7),
                                   core::Sex::Male, QStringLiteral("00001")),
                   0};
    seeds << Seed {makeDeclaration(QStringLiteral("Ngô Thị Lan"), QString(), QDate(2001, 9, 9),
                                   core::Sex::Female, QStringLiteral("02683")),
                   0};
    const qint64 now = m_clock->nowMs();
    for (const Seed &seed : seeds) {
        m_clock->setMs(now + seed.dayOffset * dayMs);
        auto saved = store.save(seed.declaration, kUserId);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    }
    m_clock->setMs(now);
}

void TestDeclarationForm::listModelFilters_data()
{
    QTest::addColumn<DeclarationFilter>("filter");
    QTest::addColumn<QStringList>("names"); // newest first

    const QDate today(2021, 8, 2);
    QTest::newRow("everything") << DeclarationFilter {}
                                << QStringList {QStringLiteral("Ngô Thị Lan"),
                                                QStringLiteral("Lê Văn Đạt"),
                                                QStringLiteral("Trần Thị Hoà"),
                                                QStringLiteral("Nguyễn Văn An"),
                                                QStringLiteral("Nguyễn Văn Đức")};
    DeclarationFilter symptom;
    symptom.anySymptom = true;
    QTest::newRow("any symptom") << symptom << QStringList {QStringLiteral("Nguyễn Văn Đức")};
    DeclarationFilter exposure;
    exposure.anyExposure = true;
    QTest::newRow("any exposure") << exposure << QStringList {QStringLiteral("Nguyễn Văn An")};
    DeclarationFilter district;
    district.unitCode = QStringLiteral("001");
    QTest::newRow("district Ba Đình")
        << district
        << QStringList {QStringLiteral("Lê Văn Đạt"), QStringLiteral("Nguyễn Văn An"),
                        QStringLiteral("Nguyễn Văn Đức")};
    DeclarationFilter commune;
    commune.unitCode = QStringLiteral("02683");
    QTest::newRow("commune TT Bát Xát")
        << commune << QStringList {QStringLiteral("Ngô Thị Lan"), QStringLiteral("Trần Thị Hoà")};
    DeclarationFilter folded;
    folded.text = QStringLiteral("nguyen van");
    QTest::newRow("folded name") << folded
                                 << QStringList {QStringLiteral("Nguyễn Văn An"),
                                                 QStringLiteral("Nguyễn Văn Đức")};
    DeclarationFilter diacritics;
    diacritics.text = QStringLiteral("ĐẠT");
    QTest::newRow("name in capitals") << diacritics << QStringList {QStringLiteral("Lê Văn Đạt")};
    DeclarationFilter idPrefix;
    idPrefix.text = QStringLiteral("0101920");
    QTest::newRow("ID number prefix") << idPrefix << QStringList {QStringLiteral("Trần Thị Hoà")};
    DeclarationFilter yesterday;
    yesterday.from = today.addDays(-1);
    yesterday.to = today.addDays(-1);
    QTest::newRow("one day") << yesterday
                             << QStringList {QStringLiteral("Trần Thị Hoà"),
                                             QStringLiteral("Nguyễn Văn An")};
    DeclarationFilter combined;
    combined.from = today.addDays(-1);
    combined.unitCode = QStringLiteral("001");
    QTest::newRow("from yesterday in Ba Đình")
        << combined << QStringList {QStringLiteral("Lê Văn Đạt"), QStringLiteral("Nguyễn Văn An")};
    DeclarationFilter none;
    none.text = QStringLiteral("khong co ai");
    QTest::newRow("no match") << none << QStringList {};
}

void TestDeclarationForm::listModelFilters()
{
    QFETCH(DeclarationFilter, filter);
    QFETCH(QStringList, names);
    seedList();
    DeclarationStore store(*m_core);
    DeclarationListModel model(store, m_core->adminUnits());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, DeclarationListModel::NameColumn).data().toString();
    QCOMPARE(shown, names);
    QCOMPARE(model.totalCount(), int(names.size()));
    // Colours follow the answers.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Declaration &d = model.declarationAt(row);
        const QVariant background = model.index(row, 0).data(Qt::BackgroundRole);
        if (d.symptoms)
            QCOMPARE(background.value<QBrush>().color(), DeclarationListModel::symptomBackground());
        else if (d.exposures)
            QCOMPARE(background.value<QBrush>().color(),
                     DeclarationListModel::exposureBackground());
        else
            QVERIFY(!background.isValid());
    }
}

void TestDeclarationForm::listModelPages()
{
    DeclarationStore store(*m_core);
    const int total = DeclarationListModel::pageSize + 15;
    for (int i = 0; i < total; ++i) {
        m_clock->advanceMs(1000);
        auto saved = store.save(makeDeclaration(QStringLiteral("Người Thứ %1").arg(i), QString(),
                                                QDate(1980, 1, 1), core::Sex::Female,
                                                QStringLiteral("00001")),
                                kUserId);
        QVERIFY(saved);
    }
    DeclarationListModel model(store, m_core->adminUnits());
    model.setFilter({});
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), DeclarationListModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches the next page as a view would (it cannot watch the
    // reset itself: it calls fetchMore() from inside its modelReset check).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    // Newest first across the page boundary.
    QCOMPARE(model.index(0, DeclarationListModel::NameColumn).data().toString(),
             QStringLiteral("Người Thứ %1").arg(total - 1));
    QCOMPARE(model.index(total - 1, DeclarationListModel::NameColumn).data().toString(),
             QStringLiteral("Người Thứ 0"));
}

void TestDeclarationForm::correctionSupersedes()
{
    seedList();
    openPage();
    DeclarationListModel *model = m_page->listModel();
    QCOMPARE(model->rowCount(), 5);
    const int row = model->rowOf(model->declarationAt(4).id); // Nguyễn Văn Đức, oldest
    const QString oldId = model->declarationAt(row).id;
    m_page->table()->selectRow(row);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "correctDeclaration"), Qt::LeftButton);
    QVERIFY(m_page->isFormOpen());
    DeclarationForm *form = m_page->form();
    QVERIFY(form->editor().isCorrection());
    QCOMPARE(child<QLineEdit>(form, "fullName")->text(), QStringLiteral("Nguyễn Văn Đức"));
    typeInto(child<QLineEdit>(form, "phone"), QStringLiteral("0912345678"));
    QVERIFY(form->save());
    QVERIFY(!m_page->isFormOpen());
    QCOMPARE(declarationsInStore(), 6);
    // The corrected one is hidden until asked for, then greyed.
    QCOMPARE(model->rowCount(), 5);
    auto *showCorrected = child<QCheckBox>(m_page.get(), "filterShowCorrected");
    QTest::mouseClick(showCorrected, Qt::LeftButton, {}, QPoint(8, showCorrected->height() / 2));
    QCOMPARE(model->rowCount(), 6);
    const int oldRow = model->rowOf(oldId);
    QVERIFY(oldRow >= 0);
    QVERIFY(model->index(oldRow, 0).data(DeclarationListModel::SupersededRole).toBool());
    QCOMPARE(model->index(oldRow, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
             DeclarationListModel::supersededText());

    // The person's history: both declarations of Nguyễn Văn Đức.
    const int newRow = model->rowOf(model->declarationAt(0).id);
    m_page->table()->selectRow(newRow);
    QCOMPARE(model->declarationAt(newRow).supersedesId, oldId);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "personHistory"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "showAll"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 6);
}

void TestDeclarationForm::checkpointDeclarationShowsTravel()
{
    m_user.roles = {core::Role::Checkpoint};
    openPage();
    QCOMPARE(m_page->defaultKind(), declaration::DeclarationKind::Checkpoint);
    m_page->applyPayload(kDucShortAddress);
    DeclarationForm *form = m_page->form();
    QVERIFY(child<QWidget>(form, "travelGroup")->isVisible());
    // Travel details are required at a checkpoint: the first is named.
    QVERIFY(!form->save());
    QCOMPARE(form->fieldErrors().shownField(), FormField::TravelFrom);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(form, "travelFrom"));
    typeInto(child<QLineEdit>(form, "travelFrom"), QStringLiteral("Thành phố Hồ Chí Minh"));
    auto *means = child<QComboBox>(form, "travelMeans");
    means->setCurrentIndex(means->findData(int(declaration::TravelMeans::Car)));
    typeInto(child<QLineEdit>(form, "vehicleNumber"), QStringLiteral("51A-123.45"));
    typeInto(child<QLineEdit>(form, "travelDate"), QStringLiteral("01/08/2021"));
    screenshot(m_page.get(), QStringLiteral("declaration-form-checkpoint"));
    QVERIFY2(form->save(),
             qPrintable(form->fieldErrors().message(form->fieldErrors().shownField())
                        + form->generalError()));
    QCOMPARE(declarationsInStore(), 1);

    // A commune declaration leaves the travel section out.
    m_page->openNew();
    auto *kind = child<QComboBox>(form, "kind");
    kind->setCurrentIndex(kind->findData(int(declaration::DeclarationKind::Commune)));
    QVERIFY(!child<QWidget>(form, "travelGroup")->isVisible());
}

QTEST_MAIN(TestDeclarationForm)
#include "tst_declarationform.moc"
