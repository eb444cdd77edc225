// The check-in log on a real data file: entries and exits, open visits,
// automatic check-out, the day's counts and search, retention purge, and
// that every row is captured for sync and never updated.
#include "checkinstore.h"
#include "corecontext.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using scan::CheckinInput;
using scan::CheckinStore;
using scan::Direction;

namespace {
constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

CheckinInput cccd(const QString &idNumber, const QString &name,
                  const QString &verdict = QStringLiteral("valid"))
{
    return {QStringLiteral("cccd"), verdict, {}, idNumber, name, QStringLiteral("1990-01-01"), {}};
}

qint64 scalar(core::CoreContext &core, const QString &sql)
{
    QSqlQuery query(core.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

class TestCheckin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsEntryAtConfiguredLocation();
    void exitClosesOpenVisit_data();
    void exitClosesOpenVisit();
    void refusedEntryIsLoggedButOpensNoVisit();
    void automaticCheckout();
    void dayCountsAndSearch_data();
    void dayCountsAndSearch();
    void retentionPurgeDeletesOnlyExpiredAndIsAudited();
    void rowsAreAppendOnlyAndCaptured();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<CheckinStore> m_store;
};

void TestCheckin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // 2021-08-02 09:00 local time: a working morning at the checkpoint.
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(9, 0)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("checkin.sqlite")),
                                        {CheckinStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    core::DeviceSettings settings;
    settings.deviceName = QStringLiteral("Chốt Km 12");
    settings.locationUnitCode = QStringLiteral("00001");
    settings.locationName = QStringLiteral("Chốt kiểm dịch Phúc Xá");
    QVERIFY(m_core->settings().save(settings));
    m_store = std::make_unique<CheckinStore>(*m_core);
}

void TestCheckin::cleanup()
{
    m_store.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestCheckin::recordsEntryAtConfiguredLocation()
{
    auto row =
        m_store->record(cccd(QStringLiteral("001090001234"), QStringLiteral("Nguyễn Văn Đức")),
                        Direction::In, QStringLiteral("operator-1"));
    QVERIFY2(row, row ? "" : qPrintable(row.error().message));
    QCOMPARE(row->locationUnitCode, QStringLiteral("00001"));
    QCOMPARE(row->locationName, QStringLiteral("Chốt kiểm dịch Phúc Xá"));
    QCOMPARE(row->atMs, m_clock->nowMs());
    auto latest = m_store->latest(20);
    QVERIFY(latest);
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->first().person.fullName, QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(latest->first().operatorId, QStringLiteral("operator-1"));
    QSqlQuery query(m_core->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT folded_name FROM checkin")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("nguyen van duc"));
}

void TestCheckin::exitClosesOpenVisit_data()
{
    QTest::addColumn<bool>("enteredFirst");
    QTest::newRow("visit open") << true;
    QTest::newRow("exit without entry") << false;
}

void TestCheckin::exitClosesOpenVisit()
{
    QFETCH(bool, enteredFirst);
    const QString id = QStringLiteral("079201001234");
    QString entryId;
    if (enteredFirst) {
        auto entry = m_store->record(cccd(id, QStringLiteral("Trần Thị Hoà")), Direction::In, {});
        QVERIFY(entry);
        entryId = entry->id;
        QCOMPARE(*m_store->nextDirection(id), Direction::Out);
    }
    m_clock->advanceMs(kHourMs);
    auto exit = m_store->record(cccd(id, QStringLiteral("Trần Thị Hoà")), Direction::Out, {});
    QVERIFY(exit);
    QCOMPARE(exit->closesId, entryId);
    QCOMPARE(*m_store->nextDirection(id), Direction::In);
    QVERIFY(!m_store->openVisit(id)->has_value());
}

void TestCheckin::refusedEntryIsLoggedButOpensNoVisit()
{
    const QString id = QStringLiteral("001090001234");
    QVERIFY(m_store->record(cccd(id, QStringLiteral("Lê Văn Tám"), QStringLiteral("expired")),
                            Direction::In, {}));
    QVERIFY(!m_store->openVisit(id)->has_value());
    const auto counts = m_store->countsForDay(QDate(2021, 8, 2));
    QVERIFY(counts);
    QCOMPARE(counts->in, 0);
    QCOMPARE(counts->refused, 1);
}

void TestCheckin::automaticCheckout()
{
    QVERIFY(m_store->record(cccd(QStringLiteral("001090000001"), QStringLiteral("Phạm Văn A")),
                            Direction::In, {}));
    m_clock->advanceMs(3 * kHourMs);
    QVERIFY(m_store->record(cccd(QStringLiteral("001090000002"), QStringLiteral("Phạm Văn B")),
                            Direction::In, {}));
    m_clock->advanceMs(2 * kHourMs);

    // Four hours' stay: only the first visit (five hours old) is overdue.
    auto closed = m_store->closeOverdueVisits(4 * kHourMs);
    QVERIFY(closed);
    QCOMPARE(*closed, 1);
    QVERIFY(!m_store->openVisit(QStringLiteral("001090000001"))->has_value());
    QVERIFY(m_store->openVisit(QStringLiteral("001090000002"))->has_value());
    const auto latest = m_store->latest(1);
    QVERIFY(latest && latest->size() == 1);
    QVERIFY(latest->first().automatic);
    QCOMPARE(latest->first().atMs, QDateTime(QDate(2021, 8, 2), QTime(13, 0)).toMSecsSinceEpoch());
    // Running it again closes nothing more.
    QCOMPARE(*m_store->closeOverdueVisits(4 * kHourMs), 0);
}

void TestCheckin::dayCountsAndSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::newRow("all of today") << QString() << 3;
    QTest::newRow("folded name") << QStringLiteral("nguyen duc") << 1;
    // Trần Thị Hoà came in and went out: both rows.
    QTest::newRow("accented prefix") << QStringLiteral("Trần") << 2;
    QTest::newRow("id number prefix") << QStringLiteral("0792") << 2;
    QTest::newRow("full id number") << QStringLiteral("001090001234") << 1;
    QTest::newRow("nobody") << QStringLiteral("hoang") << 0;
    QTest::newRow("yesterday's visitor") << QStringLiteral("le van") << 0;
}

void TestCheckin::dayCountsAndSearch()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    m_clock->advanceMs(-kDayMs);
    QVERIFY(m_store->record(cccd(QStringLiteral("001080004321"), QStringLiteral("Lê Văn Tám")),
                            Direction::In, {}));
    m_clock->advanceMs(kDayMs);
    QVERIFY(m_store->record(cccd(QStringLiteral("001090001234"), QStringLiteral("Nguyễn Văn Đức")),
                            Direction::In, {}));
    QVERIFY(m_store->record(cccd(QStringLiteral("079201001234"), QStringLiteral("Trần Thị Hoà")),
                            Direction::In, {}));
    QVERIFY(m_store->record(cccd(QStringLiteral("079201001234"), QStringLiteral("Trần Thị Hoà")),
                            Direction::Out, {}));

    const QDate today(2021, 8, 2);
    const auto counts = m_store->countsForDay(today);
    QVERIFY(counts);
    QCOMPARE(counts->in, 2);
    QCOMPARE(counts->out, 1);
    auto found = m_store->searchDay(today, text);
    QVERIFY(found);
    QCOMPARE(int(found->size()), matches);
    for (qsizetype i = 1; i < found->size(); ++i)
        QVERIFY(found->at(i - 1).atMs >= found->at(i).atMs);
}

void TestCheckin::retentionPurgeDeletesOnlyExpiredAndIsAudited()
{
    QVERIFY(m_store->record(cccd(QStringLiteral("001090000001"), QStringLiteral("Cũ")),
                            Direction::In, {}));
    m_clock->advanceMs(31 * kDayMs);
    QVERIFY(m_store->record(cccd(QStringLiteral("001090000002"), QStringLiteral("Mới")),
                            Direction::In, {}));
    const qint64 outboxBefore = *m_core->pendingChanges();

    auto purged = m_store->purgeExpired(30);
    QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message));
    QCOMPARE(*purged, 1);
    QCOMPARE(scalar(*m_core, QStringLiteral("SELECT COUNT(*) FROM checkin")), 1);
    // The purge itself is not a change to sync; its audit entry is.
    QCOMPARE(*m_core->pendingChanges(), outboxBefore + 1);
    QCOMPARE(scalar(*m_core,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'checkin.purge' "
                                   "AND detail = 'count=1 retention_days=30'")),
             1);
    // The search index forgot the purged row too.
    QCOMPARE(
        scalar(*m_core,
               QStringLiteral("SELECT COUNT(*) FROM checkin_fts WHERE checkin_fts MATCH 'cu'")),
        0);
    QCOMPARE(*m_store->purgeExpired(30), 0);
}

void TestCheckin::rowsAreAppendOnlyAndCaptured()
{
    auto row = m_store->record(
        cccd(QStringLiteral("001090001234"), QStringLiteral("Nguyễn Văn Đức")), Direction::In, {});
    QVERIFY(row);
    QCOMPARE(
        scalar(*m_core,
               QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'checkin'")),
        1);
    QSqlQuery query(m_core->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE checkin SET full_name = 'X'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM checkin")));
    QCOMPARE(scalar(*m_core, QStringLiteral("SELECT COUNT(*) FROM checkin")), 1);
}

QTEST_GUILESS_MAIN(TestCheckin)
#include "tst_checkin.moc"
