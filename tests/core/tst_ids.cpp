// Row identity and ordering: UUIDv7 (RFC 9562) and the hybrid logical clock,
// pure rules as tables of cases and the persisted clock on a real file.

#include "clock.h"
#include "database.h"
#include "hlc.h"
#include "uuidv7.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::core::Hlc;
using pd::core::HybridLogicalClock;
using pd::core::ManualClock;
using pd::core::UuidV7Generator;

namespace {
constexpr qint64 kStartMs = 1'640'995'200'000; // 2022-01-01T00:00:00Z
constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr int kManyIds = 1'000'000;
} // namespace

class TestIds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void uuidFormat();
    void uuidIsValid_data();
    void uuidIsValid();
    void uuidTimestamp_data();
    void uuidTimestamp();
    void uuidsIncreaseWithFrozenClock();
    void uuidsIncreaseWhenClockStepsBack();

    void hlcPacking_data();
    void hlcPacking();
    void hlcTick_data();
    void hlcTick();
    void hlcMerge_data();
    void hlcMerge();

    void clockIncreases();
    void clockSurvivesReopenWithClockSetBack();
    void clockSharedByTwoConnections();
    void clockReceivesRemoteFarAhead();
};

void TestIds::uuidFormat()
{
    ManualClock clock(kStartMs);
    UuidV7Generator ids(clock);
    for (int i = 0; i < 1000; ++i) {
        const QString id = ids.next();
        QVERIFY2(UuidV7Generator::isValid(id), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), u'7'); // version
        QVERIFY2(QStringView(u"89ab").contains(id.at(19)), qPrintable(id)); // variant 10xx
        QCOMPARE(id, id.toLower());
        // The same bits as QUuid reads them (Qt 6.4 names no version 7).
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.data3 >> 12, 7);
        QCOMPARE(uuid.variant(), QUuid::DCE);
    }
}

void TestIds::uuidIsValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("v7") << u"017e13d9-c000-7abc-8def-0123456789ab"_s << true;
    QTest::newRow("v7, variant b") << u"017e13d9-c000-7000-b000-000000000000"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("v4") << u"017e13d9-c000-4abc-8def-0123456789ab"_s << false;
    QTest::newRow("variant c (Microsoft)") << u"017e13d9-c000-7abc-cdef-0123456789ab"_s << false;
    QTest::newRow("variant 0 (NCS)") << u"017e13d9-c000-7abc-0def-0123456789ab"_s << false;
    QTest::newRow("no dashes") << u"017e13d9c0007abc8def0123456789ab"_s << false;
    QTest::newRow("braces") << u"{017e13d9-c000-7abc-8def-0123456789ab}"_s << false;
    QTest::newRow("too short") << u"017e13d9-c000-7abc-8def-0123456789a"_s << false;
    QTest::newRow("too long") << u"017e13d9-c000-7abc-8def-0123456789abc"_s << false;
    QTest::newRow("not hex") << u"017e13d9-c000-7abc-8def-0123456789ag"_s << false;
    QTest::newRow("trailing newline") << u"017e13d9-c000-7abc-8def-0123456789ab\n"_s << false;
}

void TestIds::uuidIsValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(UuidV7Generator::isValid(text), valid);
}

void TestIds::uuidTimestamp_data()
{
    QTest::addColumn<qint64>("ms");

    QTest::newRow("2022-01-01") << kStartMs;
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("one ms") << qint64(1);
    QTest::newRow("2021-07-19 12:34:56.789") << qint64(1'626'698'096'789);
    QTest::newRow("largest 48-bit ms") << qint64(0xFFFF'FFFF'FFFF) - 1;
}

void TestIds::uuidTimestamp()
{
    QFETCH(qint64, ms);
    ManualClock clock(ms);
    UuidV7Generator ids(clock);
    const QString id = ids.next();
    QVERIFY(UuidV7Generator::isValid(id));
    QCOMPARE(UuidV7Generator::timestampMs(id), ms);
    QCOMPARE(id.left(8) + id.mid(9, 4), u"%1"_s.arg(ms, 12, 16, QLatin1Char('0')));
}

void TestIds::uuidsIncreaseWithFrozenClock()
{
    ManualClock clock(kStartMs);
    UuidV7Generator ids(clock);
    QString previous = ids.next();
    for (int i = 1; i < kManyIds; ++i) {
        const QString id = ids.next();
        // Fixed-width lower-case hex: text order is numeric order, and a strict
        // increase means no id repeats.
        if (!(id > previous))
            QFAIL(qPrintable(u"id %1 (%2) does not follow %3"_s.arg(i).arg(id, previous)));
        if (i % 10'000 == 0) {
            QVERIFY(UuidV7Generator::isValid(id));
            QVERIFY(UuidV7Generator::timestampMs(id) >= kStartMs);
        }
        previous = id;
    }
    // A million ids cannot push the timestamp past one carry.
    QVERIFY(UuidV7Generator::timestampMs(previous) <= kStartMs + 1);
}

void TestIds::uuidsIncreaseWhenClockStepsBack()
{
    ManualClock clock(kStartMs);
    UuidV7Generator ids(clock);
    QString previous = ids.next();
    for (int i = 1; i < kManyIds; ++i) {
        // Runs forwards a millisecond at a time, and every 500 ids jumps back
        // an hour (an NTP correction, a wrong CMOS clock).
        if (i % 500 == 0)
            clock.advanceMs(-kHourMs);
        else
            clock.advanceMs(1);
        const QString id = ids.next();
        if (!(id > previous))
            QFAIL(qPrintable(u"id %1 (%2) does not follow %3"_s.arg(i).arg(id, previous)));
        if (i % 10'000 == 0)
            QVERIFY(UuidV7Generator::isValid(id));
        previous = id;
    }
    // Never ahead of the latest time the clock showed (plus carries).
    QVERIFY(UuidV7Generator::timestampMs(previous) <= kStartMs + 500);
}

void TestIds::hlcPacking_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("counter");

    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("2022, counter 0") << kStartMs << qint64(0);
    QTest::newRow("2022, counter 1") << kStartMs << qint64(1);
    QTest::newRow("2022, counter max") << kStartMs << Hlc::counterMask;
    QTest::newRow("year 4200") << (qint64(1) << 46) - 1 << Hlc::counterMask;
}

void TestIds::hlcPacking()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, counter);
    const qint64 hlc = Hlc::pack(ms, counter);
    QVERIFY(hlc >= 0);
    QCOMPARE(Hlc::ms(hlc), ms);
    QCOMPARE(Hlc::counter(hlc), counter);
    // Packed values order by (ms, counter).
    QVERIFY(Hlc::pack(ms + 1, 0) > hlc);
    if (counter < Hlc::counterMask)
        QVERIFY(Hlc::pack(ms, counter + 1) > hlc);
}

void TestIds::hlcTick_data()
{
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("physicalMs");
    QTest::addColumn<qint64>("expected");

    const qint64 t = kStartMs;
    QTest::newRow("first tick") << qint64(0) << t << Hlc::pack(t, 0);
    QTest::newRow("wall clock ahead") << Hlc::pack(t, 5) << t + 1 << Hlc::pack(t + 1, 0);
    QTest::newRow("wall clock far ahead")
        << Hlc::pack(t, 5) << t + kHourMs << Hlc::pack(t + kHourMs, 0);
    QTest::newRow("wall clock equal") << Hlc::pack(t, 5) << t << Hlc::pack(t, 6);
    QTest::newRow("wall clock equal, counter 0") << Hlc::pack(t, 0) << t << Hlc::pack(t, 1);
    QTest::newRow("wall clock behind") << Hlc::pack(t, 5) << t - 1 << Hlc::pack(t, 6);
    QTest::newRow("wall clock jumped back an hour")
        << Hlc::pack(t, 5) << t - kHourMs << Hlc::pack(t, 6);
    QTest::newRow("wall clock at zero") << Hlc::pack(t, 5) << qint64(0) << Hlc::pack(t, 6);
    QTest::newRow("counter just below max") << Hlc::pack(t, 0xFFFE) << t << Hlc::pack(t, 0xFFFF);
    QTest::newRow("counter overflow borrows next ms")
        << Hlc::pack(t, 0xFFFF) << t << Hlc::pack(t + 1, 0);
    QTest::newRow("counter overflow, wall clock behind")
        << Hlc::pack(t, 0xFFFF) << t - kHourMs << Hlc::pack(t + 1, 0);
    QTest::newRow("counter overflow, wall clock ahead")
        << Hlc::pack(t, 0xFFFF) << t + 10 << Hlc::pack(t + 10, 0);
}

void TestIds::hlcTick()
{
    QFETCH(qint64, last);
    QFETCH(qint64, physicalMs);
    QFETCH(qint64, expected);

    const qint64 next = Hlc::tick(last, physicalMs);
    QCOMPARE(next, expected);
    QVERIFY(next > last);
    QVERIFY(Hlc::ms(next) >= physicalMs);
}

void TestIds::hlcMerge_data()
{
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("remote");
    QTest::addColumn<qint64>("physicalMs");
    QTest::addColumn<qint64>("expected");

    const qint64 t = kStartMs;
    QTest::newRow("remote ahead") << Hlc::pack(t, 3) << Hlc::pack(t + 2000, 7) << t + 500
                                  << Hlc::pack(t + 2000, 8);
    QTest::newRow("remote far ahead, wall clock behind")
        << Hlc::pack(t, 3) << Hlc::pack(t + kHourMs, 0) << t - kHourMs << Hlc::pack(t + kHourMs, 1);
    QTest::newRow("remote behind")
        << Hlc::pack(t + 2000, 3) << Hlc::pack(t, 9) << t + 500 << Hlc::pack(t + 2000, 4);
    QTest::newRow("remote equal ms, remote counter higher")
        << Hlc::pack(t, 3) << Hlc::pack(t, 9) << t - 1 << Hlc::pack(t, 10);
    QTest::newRow("remote equal ms, local counter higher")
        << Hlc::pack(t, 9) << Hlc::pack(t, 3) << t - 1 << Hlc::pack(t, 10);
    QTest::newRow("remote identical") << Hlc::pack(t, 4) << Hlc::pack(t, 4) << t << Hlc::pack(t, 5);
    QTest::newRow("all three equal ms")
        << Hlc::pack(t, 4) << Hlc::pack(t, 6) << t << Hlc::pack(t, 7);
    QTest::newRow("wall clock ahead of both")
        << Hlc::pack(t, 3) << Hlc::pack(t + 500, 2) << t + 3000 << Hlc::pack(t + 3000, 0);
    QTest::newRow("wall clock equal to remote")
        << Hlc::pack(t, 3) << Hlc::pack(t + 3000, 4) << t + 3000 << Hlc::pack(t + 3000, 5);
    QTest::newRow("wall clock equal to last")
        << Hlc::pack(t + 3000, 4) << Hlc::pack(t, 9) << t + 3000 << Hlc::pack(t + 3000, 5);
    QTest::newRow("remote zero") << Hlc::pack(t, 4) << qint64(0) << t - 1 << Hlc::pack(t, 5);
    QTest::newRow("remote counter at max")
        << Hlc::pack(t, 0) << Hlc::pack(t + 2000, 0xFFFF) << t + 500 << Hlc::pack(t + 2001, 0);
    QTest::newRow("local counter at max")
        << Hlc::pack(t + 2000, 0xFFFF) << Hlc::pack(t, 0) << t + 500 << Hlc::pack(t + 2001, 0);
    QTest::newRow("both at max in the same ms")
        << Hlc::pack(t, 0xFFFF) << Hlc::pack(t, 0xFFFF) << t << Hlc::pack(t + 1, 0);
}

void TestIds::hlcMerge()
{
    QFETCH(qint64, last);
    QFETCH(qint64, remote);
    QFETCH(qint64, physicalMs);
    QFETCH(qint64, expected);

    const qint64 next = Hlc::merge(last, remote, physicalMs);
    QCOMPARE(next, expected);
    QVERIFY(next > last);
    QVERIFY(next > remote);
    QVERIFY(Hlc::ms(next) >= physicalMs);
}

void TestIds::clockIncreases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = pd::core::Database::open(dir.filePath(u"hlc.sqlite"_s));
    QVERIFY(database);
    ManualClock clock(kStartMs);
    HybridLogicalClock hlc(**database, clock);
    QVERIFY(hlc.load());
    QCOMPARE(hlc.last(), qint64(0));

    qint64 previous = 0;
    auto ticked = (*database)->transaction([&]() -> pd::core::Status {
        for (int i = 0; i < 2000; ++i) {
            // Frozen, then forwards, then back an hour: never a repeat.
            if (i == 1000)
                clock.advanceMs(5);
            if (i == 1500)
                clock.advanceMs(-kHourMs);
            auto now = hlc.now();
            if (!now)
                return std::unexpected(now.error());
            if (*now <= previous)
                return pd::core::fail(u"test"_s, u"hlc %1 after %2"_s.arg(*now).arg(previous));
            previous = *now;
        }
        return {};
    });
    QVERIFY2(ticked, qPrintable(ticked ? QString() : ticked.error().message));
    QCOMPARE(hlc.last(), previous);
    QCOMPARE(Hlc::ms(previous), kStartMs + 5);

    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(u"SELECT value FROM hlc_state WHERE id = 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), previous);
}

void TestIds::clockSurvivesReopenWithClockSetBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hlc.sqlite"_s);
    ManualClock clock(kStartMs);

    qint64 before = 0;
    {
        auto database = pd::core::Database::open(path);
        QVERIFY(database);
        HybridLogicalClock hlc(**database, clock);
        QVERIFY(hlc.load());
        for (int i = 0; i < 10; ++i) {
            auto now = hlc.now();
            QVERIFY(now);
            before = *now;
        }
    }

    clock.advanceMs(-kHourMs);
    auto database = pd::core::Database::open(path);
    QVERIFY(database);
    HybridLogicalClock hlc(**database, clock);
    QVERIFY(hlc.load());
    QCOMPARE(hlc.last(), before);
    auto after = hlc.now();
    QVERIFY(after);
    QVERIFY(*after > before);
    QCOMPARE(*after, Hlc::pack(kStartMs, Hlc::counter(before) + 1));
}

// The UI thread and a background import each hold a connection (and a
// clock) on the same file: interleaved, they still never issue a timestamp
// the other has already issued or passed.
void TestIds::clockSharedByTwoConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hlc.sqlite"_s);
    ManualClock clock(kStartMs);
    auto uiDatabase = pd::core::Database::open(path);
    auto jobDatabase = pd::core::Database::open(path);
    QVERIFY(uiDatabase && jobDatabase);
    HybridLogicalClock uiClock(**uiDatabase, clock);
    HybridLogicalClock jobClock(**jobDatabase, clock);
    QVERIFY(uiClock.load() && jobClock.load());

    qint64 previous = 0;
    for (int round = 0; round < 50; ++round) {
        // The job issues a burst the UI's clock has not seen.
        for (int i = 0; i < 20; ++i) {
            auto now = jobClock.now();
            QVERIFY(now);
            QVERIFY(*now > previous);
            previous = *now;
        }
        auto now = uiClock.now();
        QVERIFY(now);
        QVERIFY2(*now > previous, qPrintable(u"%1 after %2"_s.arg(*now).arg(previous)));
        previous = *now;
    }
    QCOMPARE(Hlc::ms(previous), kStartMs);
}

void TestIds::clockReceivesRemoteFarAhead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hlc.sqlite"_s);
    ManualClock clock(kStartMs);
    const qint64 remote = Hlc::pack(kStartMs + 24 * kHourMs, 17);

    qint64 received = 0;
    {
        auto database = pd::core::Database::open(path);
        QVERIFY(database);
        HybridLogicalClock hlc(**database, clock);
        QVERIFY(hlc.load());
        QVERIFY(hlc.now());
        auto merged = hlc.receive(remote);
        QVERIFY(merged);
        QVERIFY(*merged > remote);
        received = *merged;

        // Local events after it still order after it, with the wall clock a day behind.
        auto next = hlc.now();
        QVERIFY(next);
        QVERIFY(*next > received);
        received = *next;

        // An old remote value does not move the clock back.
        auto old = hlc.receive(Hlc::pack(kStartMs - kHourMs, 0));
        QVERIFY(old);
        QVERIFY(*old > received);
        received = *old;
    }
    auto database = pd::core::Database::open(path);
    QVERIFY(database);
    HybridLogicalClock hlc(**database, clock);
    QVERIFY(hlc.load());
    QCOMPARE(hlc.last(), received);

    // Beyond a day ahead the remote clock is wrong: refused, nothing moves.
    auto refused =
        hlc.receive(Hlc::pack(kStartMs + HybridLogicalClock::maxRemoteAheadMs + 60'000, 0));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"hlc.remote_ahead"_s);
    QCOMPARE(hlc.last(), received);
}

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
