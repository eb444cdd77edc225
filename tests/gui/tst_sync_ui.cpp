// The app's sync screens on the offscreen platform with a real data file:
// the retry and nightly schedule, the status-bar corner, the sync page's
// list of records that did not go through (kind, who, reason in the UI
// language; send again, dismiss) and the conflict page (both versions side
// by side; only a clerk or an administrator decides).
#include "changecapture.h"
#include "conflictstore.h"
#include "corecontext.h"
#include "moduleschemas.h"
#include "personstore.h"
#include "sync/conflictpage.h"
#include "sync/synccontroller.h"
#include "sync/syncfailuremodel.h"
#include "sync/syncpage.h"
#include "sync/syncschedule.h"
#include "sync/syncstatuswidget.h"
#include "syncstatestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Answers the next modal question box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}
} // namespace

class TestSyncUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void retryDelay_data();
    void retryDelay();
    void nextDaily_data();
    void nextDaily();
    void statusWithoutServer();
    void failuresListedRetriedDismissed();
    void conflictResolvedFromThePage();
    void conflictPageReadOnlyForVolunteers();

private:
    app::Session &session(core::RoleSet roles);
    QString seedConflict();
    int count(const QString &sql);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::SyncController> m_controller;
};

void TestSyncUi::init()
{
    auto core = core::CoreContext::open(m_dir.filePath(u"ui-%1.sqlite"_s.arg(++m_files)),
                                        app::moduleSchemas());
    QVERIFY2(core, qPrintable(core ? QString() : core.error().message));
    m_core = std::move(*core);
    m_controller = std::make_unique<app::SyncController>(*m_core);
}

void TestSyncUi::cleanup()
{
    m_session.reset();
    m_controller.reset();
    m_core.reset();
}

app::Session &TestSyncUi::session(core::RoleSet roles)
{
    core::User user;
    user.id = u"user-1"_s;
    user.username = u"canbo"_s;
    user.displayName = u"Cán bộ"_s;
    user.roles = roles;
    m_session.reset(new app::Session {*m_core, user, m_controller.get()});
    m_core->audit().setActor(user.id, user.username);
    return *m_session;
}

int TestSyncUi::count(const QString &sql)
{
    QSqlQuery query(m_core->database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSyncUi::retryDelay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("draw");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << 0 << 0.5 << qint64(0);
    QTest::newRow("first, low draw") << 1 << 0.0 << qint64(15'000);
    QTest::newRow("first, high draw") << 1 << 1.0 << qint64(30'000);
    QTest::newRow("third") << 3 << 1.0 << qint64(120'000);
    QTest::newRow("capped") << 10 << 1.0 << qint64(30 * 60'000);
    QTest::newRow("offline for weeks") << 5000 << 0.0 << qint64(15 * 60'000);
}

void TestSyncUi::retryDelay()
{
    QFETCH(int, failures);
    QFETCH(double, draw);
    QFETCH(qint64, expected);
    QCOMPARE(app::syncschedule::retryDelayMs(failures, [draw] { return draw; }), expected);
}

void TestSyncUi::nextDaily_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QDateTime>("expected");
    const QDate day(2026, 12, 5);
    QTest::newRow("later today") << QDateTime(day, QTime(1, 0)) << QTime(2, 0)
                                 << QDateTime(day, QTime(2, 0));
    QTest::newRow("already past") << QDateTime(day, QTime(3, 0)) << QTime(2, 0)
                                  << QDateTime(day.addDays(1), QTime(2, 0));
    QTest::newRow("exactly now") << QDateTime(day, QTime(2, 0)) << QTime(2, 0)
                                 << QDateTime(day.addDays(1), QTime(2, 0));
    QTest::newRow("year end") << QDateTime(QDate(2026, 12, 31), QTime(23, 0)) << QTime(2, 0)
                              << QDateTime(QDate(2027, 1, 1), QTime(2, 0));
}

void TestSyncUi::nextDaily()
{
    QFETCH(QDateTime, now);
    QFETCH(QTime, at);
    QFETCH(QDateTime, expected);
    QCOMPARE(app::syncschedule::nextDaily(now, at), expected);
}

void TestSyncUi::statusWithoutServer()
{
    app::SyncStatusWidget status(*m_core, *m_controller);
    auto *label = child<QLabel>(&status, "lastSyncLabel");
    auto *button = child<QToolButton>(&status, "syncButton");
    QVERIFY(label && button);
    QCOMPARE(label->text(), u"Not connected to a server"_s);
    QVERIFY(!button->isEnabled());
    // Asking anyway explains why nothing happens.
    QSignalSpy finished(m_controller.get(), &app::SyncController::finished);
    QVERIFY(!m_controller->syncNow());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!m_controller->isRunning());
}

void TestSyncUi::failuresListedRetriedDismissed()
{
    core::Person person;
    person.fullName = u"Lê Thị Hoa"_s;
    person.idKind = core::Person::IdKind::Cccd;
    person.idNumber = u"001190012345"_s;
    person.dateOfBirth = core::BirthDate::fromDate(QDate(1990, 1, 2));
    person.sex = core::Sex::Female;
    auto created = core::PersonStore(*m_core).create(person);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QVERIFY(m_core->database().exec(u"DELETE FROM sync_outbox"_s));
    QVERIFY(m_core->database().exec(
        u"INSERT INTO sync_failure(table_name, row_id, hlc, code, message, batch_id, at_ms) VALUES "
        "('person', ?, 1, 'clock_ahead', 'hlc ahead', 'b1', 1000), "
        "('checkin', 'gone-row', 2, 'out_of_scope', 'scope', 'b1', 2000)"_s,
        {created->person.id}));

    app::SyncPage page(session({core::Role::Clerk}), *m_controller);
    page.resize(1100, 600);
    page.show();
    auto *view = child<QTableView>(&page, "failureView");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model());
    QCOMPARE(view->model()->rowCount(), 2);
    auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, app::SyncFailureModel::KindColumn), u"Person"_s);
    QCOMPARE(cell(0, app::SyncFailureModel::RecordColumn), u"Lê Thị Hoa (001190012345)"_s);
    QVERIFY(!cell(0, app::SyncFailureModel::ReasonColumn).isEmpty());
    QVERIFY(cell(0, app::SyncFailureModel::ReasonColumn) != u"clock_ahead"_s);
    QCOMPARE(cell(1, app::SyncFailureModel::RecordColumn), u"gone-row"_s);
    QVERIFY(!child<QPushButton>(&page, "enrolButton")->isVisible()); // administrators only
    QVERIFY(!child<QPushButton>(&page, "syncNowButton")->isEnabled());

    // Send again: the person goes back in the queue, the failure leaves the list.
    view->selectRow(0);
    child<QPushButton>(&page, "retryButton")->click();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'person'"_s), 1);

    // Dismiss asks first; "No" keeps it, "Yes" removes it.
    view->selectRow(0);
    answerNextMessageBox(QMessageBox::No);
    child<QPushButton>(&page, "dismissButton")->click();
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>(&page, "dismissButton")->click();
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM sync_failure"_s), 0);
}

QString TestSyncUi::seedConflict()
{
    core::Person person;
    person.fullName = u"Trần Văn Nam"_s;
    person.idKind = core::Person::IdKind::Cccd;
    person.idNumber = u"001090054321"_s;
    person.dateOfBirth = core::BirthDate::fromDate(QDate(1990, 3, 4));
    person.sex = core::Sex::Male;
    person.phone = u"0912000111"_s;
    auto created = core::PersonStore(*m_core).create(person);
    if (!created)
        return {};
    core::Database &db = m_core->database();
    auto ok = db.transaction([&]() -> core::Status {
        core::CaptureSuspension remote(db, core::CaptureSuspension::Reason::RemoteApply);
        if (auto inserted = db.exec(
                u"INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, folded_name, "
                "birth_date, birth_year, sex, street, created_at_ms, updated_at_ms) VALUES "
                "('p-second', 1, 'device-b', 'cccd', '001090054321', 'Trần Văn Nam', "
                "'tran van nam', '1990', 1990, 'male', 'Thôn 3', 5, 5)"_s);
            !inserted)
            return inserted;
        return db.exec(u"INSERT INTO conflict(id, hlc, origin, kind, table_name, first_id, "
                       "second_id, detected_at_ms) VALUES ('c-1', 2, 'server', "
                       "'duplicate_person', 'person', ?, 'p-second', 10)"_s,
                       {created->person.id});
    });
    return ok ? created->person.id : QString();
}

void TestSyncUi::conflictResolvedFromThePage()
{
    const QString first = seedConflict();
    QVERIFY(!first.isEmpty());
    app::ConflictPage page(session({core::Role::Clerk}), m_controller.get());
    page.resize(1100, 600);
    page.show();
    auto *list = child<QTableView>(&page, "conflictList");
    auto *comparison = child<QTableView>(&page, "conflictComparison");
    QVERIFY(list && comparison);
    QAbstractItemModelTester listTester(list->model());
    QAbstractItemModelTester comparisonTester(comparison->model());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 2).data().toString(), u"Trần Văn Nam"_s);

    // Side by side: same name, different phone and street are marked.
    auto *model = comparison->model();
    auto differs = [model](int field) {
        return model->index(field, 0).data(Qt::UserRole + 1).toBool();
    };
    QCOMPARE(model->index(0, 0).data().toString(), u"Trần Văn Nam"_s);
    QCOMPARE(model->index(0, 1).data().toString(), u"Trần Văn Nam"_s);
    QVERIFY(!differs(0));
    QVERIFY(differs(4)); // phone
    QVERIFY(differs(6)); // street

    child<QPushButton>(&page, "mergeButton")->click();
    QCOMPARE(list->model()->rowCount(), 0);
    auto conflict = *core::ConflictStore(*m_core).find(u"c-1"_s);
    QVERIFY(conflict && conflict->resolved);
    QCOMPARE(conflict->keptId, first);
    auto kept = *core::PersonStore(*m_core).findById(first);
    QVERIFY(kept);
    QCOMPARE(kept->street, u"Thôn 3"_s); // filled from the second record
    QCOMPARE(count(u"SELECT deleted FROM person WHERE id = 'p-second'"_s), 1);
}

void TestSyncUi::conflictPageReadOnlyForVolunteers()
{
    QVERIFY(!seedConflict().isEmpty());
    app::ConflictPage page(session({core::Role::Checkpoint}), m_controller.get());
    page.show();
    QCOMPARE(child<QTableView>(&page, "conflictList")->model()->rowCount(), 1);
    for (const char *name :
         {"keepFirstButton", "keepSecondButton", "mergeButton", "notDuplicateButton"})
        QVERIFY(!child<QPushButton>(&page, name)->isEnabled());
}

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
