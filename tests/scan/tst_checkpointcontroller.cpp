// The checkpoint's logic without widgets: payload → recognition → direction
// → committed check-in → verdict light; manual entry checked like a CCCD;
// the log model under QAbstractItemModelTester; and the `checkin` command.
#include "checkinlogmodel.h"
#include "checkinmaintenance.h"
#include "checkinstore.h"
#include "checkpointcontroller.h"
#include "checkpointsettings.h"
#include "clirun.h"
#include "coderecognizer.h"
#include "corecontext.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using Light = scan::CheckpointVerdict::Light;

namespace {
// Female, born 15 March 1992 in Hồ Chí Minh City (079): century/sex digit 1.
constexpr auto kHoa = "079192001234||Trần Thị Hoà|15031992|Nữ|Số 1 Phố Huế, Hà Nội|01062021";
// The same card with a year of birth that its number contradicts.
constexpr auto kForged = "079192001234||Trần Thị Hoà|15031982|Nữ|Số 1 Phố Huế, Hà Nội|01062021";
} // namespace

Q_DECLARE_METATYPE(Light)

class TestCheckpointController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lights_data();
    void lights();
    void entryExitMode();
    void manualEntry_data();
    void manualEntry();
    void logModel();
    void checkinCommand();
    void maintenanceClosesAndPurges();

private:
    qint64 checkinCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<scan::CheckinStore> m_store;
    std::unique_ptr<core::CodeRecognizer> m_recognizer;
    std::unique_ptr<scan::CheckpointController> m_controller;
};

void TestCheckpointController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2021, 8, 2), QTime(9, 0)).toMSecsSinceEpoch());
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("checkpoint.sqlite")),
                                        {scan::CheckinStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    core::DeviceSettings settings;
    settings.deviceName = QStringLiteral("Chốt Km 12");
    settings.locationUnitCode = QStringLiteral("00001");
    settings.locationName = QStringLiteral("Chốt kiểm dịch Phúc Xá");
    QVERIFY(m_core->settings().save(settings));
    m_store = std::make_unique<scan::CheckinStore>(*m_core);
    m_recognizer = std::make_unique<core::CodeRecognizer>(*m_clock);
    m_controller = std::make_unique<scan::CheckpointController>(*m_core, *m_store, *m_recognizer);
}

void TestCheckpointController::cleanup()
{
    m_controller.reset();
    m_recognizer.reset();
    m_store.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestCheckpointController::checkinCount()
{
    QSqlQuery query(m_core->database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM checkin")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestCheckpointController::lights_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Light>("light");
    QTest::addColumn<QString>("name");
    QTest::newRow("valid CCCD") << QByteArray(kHoa) << Light::Green
                                << QStringLiteral("Trần Thị Hoà");
    QTest::newRow("forged CCCD") << QByteArray(kForged) << Light::Red
                                 << QStringLiteral("Trần Thị Hoà");
    QTest::newRow("unknown text") << QByteArray("hello") << Light::Amber << QString();
    QTest::newRow("damaged DCC") << QByteArray(
        "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N "
        "IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN4NN3F85QNCY0O%0VZ001HOC9JU0D0HT0HB2PL/"
        "IB*09B9LW4T*8+DCMH0LDK2%K:XFE70*LP$V25$0Q:J:4MO1P0%0L0HD+9E/"
        "HY+4J6TH48S%4K.GJ2PT3QY:GQ3TE2I+-CPHN6D7LLK*Y0ZDTL7T5DT:W0O%0YZ0K8JM:0JHS2/"
        "K0X0GUB2OTJU0GR0C$S9%0T40OVT6+T8ZB5KBXYNO$5KF5K6F5OSM.A-8EX.P7UT*4U.HSPCDT5FC66C7CC*OJ1B$$"
        "BK/KBUV54DX:BV47S7KAK6/7HU8KOVV*XG:0A$PK7P41MAQ7L2NPL-5-/2J-L-0PI/"
        "4$MKF%SRFB*PQ5-I7S0NNUF2GIJ$X6F7RBH-PO2/"
        "T*EJ2IV*GCNA33J9EHDYA82ARAK7$F6*L3OZR0*G:JK7MC00S%X07ZR:/23K1+EIY9HU8N-*4C/QX/"
        "LR9UKPDPJEWRN2E6K4JN9O:40H62D6SR0AA5R97*DG%F8/HB8GL6QQ2TE.0QXIVB6PLFZ3W%ST-JP")
                                 << Light::Red << QString();
}

void TestCheckpointController::lights()
{
    QFETCH(QByteArray, payload);
    QFETCH(Light, light);
    QFETCH(QString, name);
    QSignalSpy verdicts(m_controller.get(), &scan::CheckpointController::verdictReady);
    auto verdict = m_controller->handlePayload(payload);
    QVERIFY2(verdict, verdict ? "" : qPrintable(verdict.error().message));
    QCOMPARE(verdict->light, light);
    QCOMPARE(verdict->name, name);
    QCOMPARE(verdict->reason.isEmpty(), light == Light::Green);
    QCOMPARE(verdicts.count(), 1);
    // Refused and unknown codes are logged too; an unknown code's text is not.
    QCOMPARE(checkinCount(), 1);
    auto latest = m_store->latest(1);
    QVERIFY(latest && latest->size() == 1);
    QCOMPARE(latest->first().person.fullName, name);
    QVERIFY(!latest->first().person.fullName.contains(QLatin1String("hello")));
}

void TestCheckpointController::entryExitMode()
{
    m_controller->setEntryExit(true);
    auto first = m_controller->handlePayload(QByteArray(kHoa));
    QVERIFY(first);
    QCOMPARE(first->direction, scan::Direction::In);
    m_clock->advanceMs(2 * 60 * 60 * 1000);
    auto second = m_controller->handlePayload(QByteArray(kHoa));
    QVERIFY(second);
    QCOMPARE(second->direction, scan::Direction::Out);
    QCOMPARE(second->checkin.closesId, first->checkin.id);
    // Entry-only venues count every scan as an entry.
    m_controller->setEntryExit(false);
    auto third = m_controller->handlePayload(QByteArray(kHoa));
    QVERIFY(third);
    QCOMPARE(third->direction, scan::Direction::In);
}

void TestCheckpointController::manualEntry_data()
{
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<bool>("female");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("valid") << QStringLiteral("079192001234") << QStringLiteral("Trần Thị Hoà")
                           << QDate(1992, 3, 15) << true << QString();
    QTest::newRow("eleven digits")
        << QStringLiteral("07919200123") << QStringLiteral("Trần Thị Hoà") << QDate(1992, 3, 15)
        << true << QStringLiteral("cccd.id_length");
    QTest::newRow("no such province")
        << QStringLiteral("099192001234") << QStringLiteral("Trần Thị Hoà") << QDate(1992, 3, 15)
        << true << QStringLiteral("cccd.province");
    QTest::newRow("sex digit contradicts")
        << QStringLiteral("079192001234") << QStringLiteral("Trần Văn Hoà") << QDate(1992, 3, 15)
        << false << QStringLiteral("cccd.sex_digit");
    QTest::newRow("year digits contradict")
        << QStringLiteral("079192001234") << QStringLiteral("Trần Thị Hoà") << QDate(1993, 3, 15)
        << true << QStringLiteral("cccd.birth_year");
    QTest::newRow("no name") << QStringLiteral("079192001234") << QString() << QDate(1992, 3, 15)
                             << true << QStringLiteral("cccd.full_name");
}

void TestCheckpointController::manualEntry()
{
    QFETCH(QString, idNumber);
    QFETCH(QString, name);
    QFETCH(QDate, dateOfBirth);
    QFETCH(bool, female);
    QFETCH(QString, errorCode);
    auto verdict = m_controller->recordManualEntry(idNumber, name, dateOfBirth,
                                                   female ? core::Sex::Female : core::Sex::Male);
    if (errorCode.isEmpty()) {
        QVERIFY2(verdict, verdict ? "" : qPrintable(verdict.error().message));
        QCOMPARE(verdict->light, Light::Green);
        QCOMPARE(verdict->checkin.person.codeKind, QStringLiteral("manual"));
        QCOMPARE(verdict->checkin.person.birthDate, QStringLiteral("1992-03-15"));
        QCOMPARE(checkinCount(), 1);
        return;
    }
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, errorCode);
    QVERIFY(!verdict.error().message.isEmpty());
    // Nothing half-written.
    QCOMPARE(checkinCount(), 0);
}

void TestCheckpointController::logModel()
{
    scan::CheckinLogModel model(*m_store, 20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < 25; ++i) {
        m_clock->advanceMs(1000);
        QVERIFY(m_controller->handlePayload(i % 5 == 0 ? QByteArray(kForged) : QByteArray(kHoa)));
    }
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 20);
    // Newest first; the ID number is masked for the queue facing the screen.
    QCOMPARE(model.index(0, scan::CheckinLogModel::IdNumberColumn).data().toString(),
             QStringLiteral("••••••••1234"));
    QCOMPARE(model.index(0, scan::CheckinLogModel::NameColumn).data().toString(),
             QStringLiteral("Trần Thị Hoà"));
    QCOMPARE(model.index(4, 0).data(scan::CheckinLogModel::PassedRole).toBool(),
             false); // the 21st scan, forged
    QCOMPARE(model.index(4, 0).data(scan::CheckinLogModel::VerdictKeyRole).toString(),
             QStringLiteral("invalid"));

    model.setSearch(QDate(2021, 8, 2), QStringLiteral("tran thi hoa"));
    QCOMPARE(model.rowCount(), 25);
    model.setSearch(QDate(2021, 8, 2), QStringLiteral("nguyen"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QDate(2021, 8, 2), QString());
    QCOMPARE(model.rowCount(), 20);
}

void TestCheckpointController::checkinCommand()
{
    const QString db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    const auto run = [this](const QStringList &arguments) {
        const CliRun result = runCli(m_dir->filePath(QStringLiteral("xdg")), arguments);
        return std::make_tuple(result.exitCode, result.out, result.err);
    };
    auto [initCode, initOut, initErr] = run({QStringLiteral("init"), QStringLiteral("--db"), db,
                                             QStringLiteral("--unit"), QStringLiteral("00001")});
    QCOMPARE(initCode, 0);
    auto [code, out, err] =
        run({QStringLiteral("checkin"), QStringLiteral("--db"), db, QString::fromUtf8(kHoa)});
    QVERIFY2(code == 0, err.constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QLatin1String("light")).toString(), QStringLiteral("green"));
    QCOMPARE(json.value(QLatin1String("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("cccd"));
    QVERIFY(!json.value(QLatin1String("checkin_id")).toString().isEmpty());
    // Personal data stays out of the output: no name, no number.
    QVERIFY(!out.contains("079192001234"));

    auto [missingCode, missingOut, missingErr] =
        run({QStringLiteral("checkin"), QStringLiteral("--db"), db});
    QCOMPARE(missingCode, 2);
    QCOMPARE(missingErr.count('\n'), 1);
    auto [noDbCode, noDbOut, noDbErr] =
        run({QStringLiteral("checkin"), QStringLiteral("--db"),
             m_dir->filePath(QStringLiteral("none.sqlite")), QStringLiteral("hello")});
    QCOMPARE(noDbCode, 1);
}

void TestCheckpointController::maintenanceClosesAndPurges()
{
    // Entry/exit mode, visits close after 8 h (default); check-ins are kept
    // 30 days (default).
    scan::CheckpointSettings checkpoint;
    checkpoint.entryExit = true;
    QVERIFY(checkpoint.save(m_core->database()));
    QVERIFY(m_controller->handlePayload(QByteArray(kHoa)));
    scan::CheckinMaintenance maintenance(*m_core, *m_store);
    auto early = maintenance.runNow();
    QVERIFY(early);
    QCOMPARE(early->closedVisits, 0);
    QCOMPARE(early->purgedCheckins, 0);

    m_clock->advanceMs(9LL * 60 * 60 * 1000);
    auto closed = maintenance.runNow();
    QVERIFY(closed);
    QCOMPARE(closed->closedVisits, 1);
    QCOMPARE(checkinCount(), 2);

    m_clock->advanceMs(31LL * 24 * 60 * 60 * 1000);
    auto purged = maintenance.runNow();
    QVERIFY(purged);
    QCOMPARE(purged->purgedCheckins, 2);
    QCOMPARE(checkinCount(), 0);
}

QTEST_GUILESS_MAIN(TestCheckpointController)
#include "tst_checkpointcontroller.moc"
