// The device's sync engine against the real phongdich-server process, once
// on SQLite and once on a throwaway PostgreSQL cluster: enrolment, a round
// trip between devices, convergence of three devices editing offline and
// syncing in random orders through interruptions, a server killed mid-push,
// an acknowledgement that never arrives, a pull cut off mid-page, a pinned
// certificate authority, and the command line (enroll, sync,
// export-package, import-package twice).
#include "backgroundjob.h"
#include "catalog.h"
#include "checkinstore.h"
#include "clirun.h"
#include "corecontext.h"
#include "declarationstore.h"
#include "demopeople.h"
#include "enrolment.h"
#include "gzip.h"
#include "jobcontrol.h"
#include "moduleschemas.h"
#include "offlinepackage.h"
#include "personstore.h"
#include "pgcluster.h"
#include "serverprocess.h"
#include "synccycle.h"
#include "syncerrors.h"
#include "syncrelay.h"
#include "syncstatestore.h"
#include "wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace pd::sync;
using pd::core::CoreContext;
using pd::test::PgCluster;
using pd::test::ServerProcess;

namespace {

// Hà Nội: every device of a test serves the whole province, so each sees
// every other's rows.
const QString kProvince = u"01"_s;

struct Device {
    QString name;
    QString path;
    std::unique_ptr<CoreContext> core;
    std::unique_ptr<pd::core::DemoPeople> demo;
};

QString describe(const pd::core::Error &error)
{
    return error.code + u": "_s + error.message;
}

// Every row of a synced table in its full state, sorted by id: what two
// converged copies must hold alike.
QList<QVariantList> dumpTable(CoreContext &core, const TableSpec &table,
                              const QString &skipOrigin = {})
{
    QStringList columns {u"id"_s, u"hlc"_s, u"origin"_s, u"deleted"_s};
    for (const ColumnSpec &column : table.columns)
        columns << column.name;
    QSqlQuery query(core.database().connection());
    query.prepare(
        u"SELECT %1 FROM %2 WHERE origin <> ? ORDER BY id"_s.arg(columns.join(u", "), table.name));
    query.addBindValue(skipOrigin);
    QList<QVariantList> rows;
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

// Where two copies differ, named by table, id and column; empty when alike.
QString difference(CoreContext &left, CoreContext &right, const QString &skipOrigin = {})
{
    for (const TableSpec &table : Catalog::v1().tables()) {
        const QList<QVariantList> a = dumpTable(left, table, skipOrigin);
        const QList<QVariantList> b = dumpTable(right, table, skipOrigin);
        if (a.size() != b.size())
            return u"%1: %2 rows against %3"_s.arg(table.name).arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i) == b.at(i))
                continue;
            for (qsizetype c = 0; c < a.at(i).size(); ++c) {
                if (a.at(i).at(c) != b.at(i).at(c))
                    return u"%1 %2: column %3 differs"_s.arg(table.name, a.at(i).at(0).toString())
                        .arg(c);
            }
            return u"%1 %2 differs"_s.arg(table.name, a.at(i).at(0).toString());
        }
    }
    return {};
}

// Rows of every synced table written by `origin`.
qint64 rowsFrom(CoreContext &core, const QString &origin)
{
    qint64 count = 0;
    for (const TableSpec &table : Catalog::v1().tables()) {
        QSqlQuery query(core.database().connection());
        query.prepare(u"SELECT COUNT(*) FROM %1 WHERE origin = ?"_s.arg(table.name));
        query.addBindValue(origin);
        if (query.exec() && query.next())
            count += query.value(0).toLongLong();
    }
    return count;
}

qint64 scalar(CoreContext &core, const QString &sql)
{
    QSqlQuery query(core.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class SyncE2eTest : public QObject {
    Q_OBJECT

public:
    enum class Backend { Sqlite, Postgres };
    explicit SyncE2eTest(Backend backend) : m_backend(backend) { }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void roundTrip();
    void convergence();
    void killedMidPush();
    void lostAcknowledgement_data();
    void lostAcknowledgement();
    void cutMidPull();
    void enrolAndAccessFailures();
    void commandLine();

protected:
    QString newDatabase(const QString &name);
    std::unique_ptr<Device> openDevice(const QString &name);
    bool enrolDevice(Device &device, const QUrl &url, const QString &scope = kProvince);
    // One cycle; the summary, or a failed check with the reason.
    std::optional<SyncSummary> sync(Device &device);
    void createPerson(Device &device);
    void recordCheckin(Device &device);
    void declare(Device &device);

    ServerProcess &server() { return *m_server; }

    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ServerProcess> m_server;
    SyncRelay m_relay;
    int m_databases = 0;
    int m_devices = 0;
    QString m_lastError;
};

void SyncE2eTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(ServerProcess::serverBinary()),
             qPrintable(ServerProcess::serverBinary()));
    if (m_backend == Backend::Postgres) {
        QString error;
        m_cluster = PgCluster::start(&error);
        QVERIFY2(m_cluster, qPrintable(error));
    }
    QVERIFY(m_relay.listen());
}

void SyncE2eTest::init()
{
    // A server and a database of its own for every test, so counts are
    // exact whatever ran before.
    const QString spec = newDatabase(u"e2e%1"_s.arg(++m_databases));
    QVERIFY(!spec.isEmpty());
    m_server = std::make_unique<ServerProcess>(spec);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_relay.setTarget(m_server->url());
    m_relay.forwardEverything();
    m_relay.setOnKill({});
    m_relay.clear();
}

void SyncE2eTest::cleanup()
{
    m_server.reset();
}

void SyncE2eTest::cleanupTestCase()
{
    m_server.reset();
    m_cluster.reset();
}

QString SyncE2eTest::newDatabase(const QString &name)
{
    if (m_backend == Backend::Sqlite)
        return u"sqlite:"_s + m_dir.filePath(name + u".sqlite"_s);
    QString error;
    if (!m_cluster || !m_cluster->createDatabase(name, &error)) {
        qWarning("createDatabase: %s", qPrintable(error));
        return {};
    }
    return m_cluster->url(name);
}

std::unique_ptr<Device> SyncE2eTest::openDevice(const QString &name)
{
    auto device = std::make_unique<Device>();
    device->name = name;
    device->path = m_dir.filePath(u"device-%1-%2.sqlite"_s.arg(++m_devices).arg(name));
    auto context = CoreContext::open(device->path, pd::app::moduleSchemas());
    if (!context) {
        m_lastError = describe(context.error());
        return nullptr;
    }
    device->core = std::move(*context);
    device->core->audit().setActor(u"user-"_s + name, name);
    device->demo = std::make_unique<pd::core::DemoPeople>(quint32(1000 + m_devices));
    if (!device->demo->useCommunesOf(device->core->adminUnits(), kProvince)) {
        m_lastError = u"no communes"_s;
        return nullptr;
    }
    return device;
}

bool SyncE2eTest::enrolDevice(Device &device, const QUrl &url, const QString &scope)
{
    const QString code = server().enrollCode(scope);
    if (code.isEmpty()) {
        m_lastError = u"enroll-code failed"_s;
        return false;
    }
    auto enrolment = enrol(*device.core, url, code, u"Chốt "_s + device.name);
    if (!enrolment) {
        m_lastError = describe(enrolment.error());
        return false;
    }
    return true;
}

std::optional<SyncSummary> SyncE2eTest::sync(Device &device)
{
    auto summary = SyncCycle(*device.core).run();
    if (!summary) {
        m_lastError = describe(summary.error());
        return std::nullopt;
    }
    return *summary;
}

void SyncE2eTest::createPerson(Device &device)
{
    pd::core::PersonStore store(*device.core);
    auto created = store.create(device.demo->next());
    QVERIFY2(created, qPrintable(created ? QString() : describe(created.error())));
}

void SyncE2eTest::recordCheckin(Device &device)
{
    pd::core::Person person = device.demo->next();
    pd::scan::CheckinInput input {
        u"manual"_s,     u"valid"_s,      {},
        person.idNumber, person.fullName, person.dateOfBirth.toIsoString(),
        person.phone};
    auto recorded = pd::scan::CheckinStore(*device.core)
                        .record(input, pd::scan::Direction::In, u"user-"_s + device.name);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : describe(recorded.error())));
}

void SyncE2eTest::declare(Device &device)
{
    pd::declaration::Declaration declaration;
    declaration.person = device.demo->next();
    auto saved =
        pd::declaration::DeclarationStore(*device.core).save(declaration, u"user-"_s + device.name);
    QVERIFY2(saved, qPrintable(saved ? QString() : describe(saved.error())));
}

#define SYNC(var, device)                                                                          \
    const std::optional<SyncSummary> var##Synced = sync(device);                                   \
    QVERIFY2(var##Synced, qPrintable(m_lastError));                                                \
    const SyncSummary &var = *var##Synced

#define OPEN(var, name)                                                                            \
    const std::unique_ptr<Device> var##Opened = openDevice(name);                                  \
    QVERIFY2(var##Opened, qPrintable(m_lastError));                                                \
    Device &var = *var##Opened

void SyncE2eTest::roundTrip()
{
    OPEN(a, u"a"_s);
    OPEN(b, u"b"_s);
    QVERIFY2(enrolDevice(a, server().url()), qPrintable(m_lastError));
    QVERIFY2(enrolDevice(b, server().url()), qPrintable(m_lastError));
    const auto state = SyncStateStore(a.core->database()).load();
    QVERIFY(state && state->enrolled());
    QCOMPARE(state->scopeCode, kProvince);
    QCOMPARE(state->scopeLevel, 1);

    for (int i = 0; i < 5; ++i) {
        createPerson(a);
        recordCheckin(a);
        declare(a);
    }
    createPerson(b);
    // The same person registered on both devices offline: a conflict.
    pd::core::PersonStore storeA(*a.core);
    pd::core::PersonStore storeB(*b.core);
    const pd::core::Person twin = a.demo->next();
    QVERIFY(storeA.create(twin));
    QVERIFY(storeB.create(twin));

    SYNC(first, a);
    QVERIFY(first.pushed > 15);
    QCOMPARE(first.rejected, 0);
    SYNC(second, b);
    QVERIFY(second.pulled >= first.pushed);
    QCOMPARE(second.conflicts, 1);
    QCOMPARE(second.rejected, 0);
    SYNC(third, a);
    QCOMPARE(third.conflicts, 1);
    QVERIFY2(difference(*a.core, *b.core).isEmpty(), qPrintable(difference(*a.core, *b.core)));
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM conflict WHERE status = 'open'"_s), 1);
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    QCOMPARE(scalar(*b.core, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);

    // B edits A's person; the desktop app's way: a cycle on a worker thread.
    auto people = storeB.searchByName(twin.fullName);
    QVERIFY(people && !people->isEmpty());
    pd::core::Person edited = people->first();
    edited.street = u"Số 9 ngõ 3 Hàng Bông"_s;
    QVERIFY(storeB.update(edited));
    auto summary = std::make_shared<SyncSummary>();
    pd::core::BackgroundJob job(*b.core,
                                [summary](CoreContext &core, pd::core::JobControl &control) {
                                    auto done = SyncCycle(core, &control).run();
                                    if (!done)
                                        return pd::core::Status(std::unexpected(done.error()));
                                    *summary = *done;
                                    return pd::core::Status();
                                });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 60000);
    QVERIFY2(job.status(), qPrintable(job.status() ? QString() : describe(job.status().error())));
    QVERIFY(summary->pushed >= 1);
    SYNC(fourth, a);
    QCOMPARE(fourth.pulled, summary->pushed);
    QVERIFY2(difference(*a.core, *b.core).isEmpty(), qPrintable(difference(*a.core, *b.core)));
    auto onA = storeA.findById(edited.id);
    QVERIFY(onA && *onA);
    QCOMPARE((*onA)->street, edited.street);
}

// Three devices edit offline and sync in random orders, some cycles broken
// off by the relay; in the end every device and the server hold the same
// rows.
void SyncE2eTest::convergence()
{
    const quint32 seed = quint32(qEnvironmentVariableIntValue("PD_SYNC_SEED"));
    QRandomGenerator random(seed ? seed : 20211122);
    constexpr int rounds = 20;

    std::vector<std::unique_ptr<Device>> devices;
    for (const QString &name : {u"x"_s, u"y"_s, u"z"_s}) {
        devices.push_back(openDevice(name));
        QVERIFY2(devices.back(), qPrintable(m_lastError));
        QVERIFY2(enrolDevice(*devices.back(), m_relay.url()), qPrintable(m_lastError));
    }

    const auto livePeople = [](Device &device) {
        QStringList ids;
        QSqlQuery query(device.core->database().connection());
        query.exec(u"SELECT id FROM person WHERE deleted = 0 ORDER BY id"_s);
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    };

    int interrupted = 0;
    for (int round = 0; round < rounds; ++round) {
        for (auto &device : devices) {
            const int operations = random.bounded(1, 5);
            for (int i = 0; i < operations; ++i) {
                const int dice = random.bounded(100);
                const QStringList people = livePeople(*device);
                pd::core::PersonStore store(*device->core);
                if (dice < 35 || people.size() < 2) {
                    createPerson(*device);
                } else if (dice < 60) {
                    auto person = store.findById(people.at(random.bounded(int(people.size()))));
                    QVERIFY(person && *person);
                    pd::core::Person changed = **person;
                    changed.phone = u"09%1"_s.arg(random.bounded(10'000'000, 99'999'999));
                    changed.street = u"Số %1 phố Huế"_s.arg(random.bounded(1, 300));
                    auto updated = store.update(changed);
                    QVERIFY2(updated, qPrintable(updated ? QString() : describe(updated.error())));
                } else if (dice < 70) {
                    // Removed from the registry: soft-deleted, as mutable
                    // rows are.
                    const QString id = people.at(random.bounded(int(people.size())));
                    const qint64 hlc = device->core->hlc().now().value_or(0);
                    QVERIFY(device->core->database().transaction([&]() -> pd::core::Status {
                        return device->core->database().exec(
                            u"UPDATE person SET deleted = 1, hlc = ?, origin = ? WHERE id = ?"_s,
                            {hlc, device->core->deviceId(), id});
                    }));
                } else if (dice < 75) {
                    const QString kept = people.at(0);
                    const QString merged = people.at(1 + random.bounded(int(people.size()) - 1));
                    auto done = store.merge(kept, merged);
                    QVERIFY2(done, qPrintable(done ? QString() : describe(done.error())));
                } else if (dice < 80) {
                    // Someone another device registered, registered here
                    // too before the two synced: a duplicate-person
                    // conflict once both are on the server.
                    Device &other = *devices.at(random.bounded(int(devices.size())));
                    const QStringList theirs = livePeople(other);
                    auto person = pd::core::PersonStore(*other.core)
                                      .findById(theirs.at(random.bounded(int(theirs.size()))));
                    QVERIFY(person && *person);
                    pd::core::Person twin = **person;
                    twin.id.clear();
                    QVERIFY(store.create(twin));
                } else {
                    recordCheckin(*device);
                }
            }
        }

        std::vector<Device *> order;
        for (auto &device : devices) {
            if (random.bounded(100) < 70)
                order.push_back(device.get());
        }
        std::shuffle(order.begin(), order.end(), std::mt19937(random.generate()));
        for (Device *device : order) {
            const int fault = random.bounded(100);
            if (fault < 10) {
                m_relay.setPolicy([](const QByteArray &, const QString &path, int) {
                    return path == "/v1/push"_L1
                        ? SyncRelay::Decision {SyncRelay::Action::DropResponse, 0}
                        : SyncRelay::Decision {};
                });
            } else if (fault < 20) {
                const int cutAt = random.bounded(1, 400);
                m_relay.setPolicy([cutAt](const QByteArray &, const QString &path, int) {
                    return path == "/v1/pull"_L1
                        ? SyncRelay::Decision {SyncRelay::Action::CutResponse, cutAt}
                        : SyncRelay::Decision {};
                });
            }
            auto summary = SyncCycle(*device->core).run();
            if (fault < 20) {
                // Broken off unless there was nothing to send or receive
                // through the broken path.
                interrupted += summary ? 0 : 1;
                if (!summary)
                    QVERIFY2(summary.error().code == QLatin1String(errc::network),
                             qPrintable(describe(summary.error())));
                m_relay.forwardEverything();
            } else {
                QVERIFY2(summary, qPrintable(summary ? QString() : describe(summary.error())));
            }
        }
    }
    QVERIFY(interrupted > 0);
    qInfo("seed %u: %d cycles broken off", seed ? seed : 20211122u, interrupted);

    // Everyone syncs until nothing moves.
    for (int pass = 0; pass < 3; ++pass) {
        for (auto &device : devices) {
            SYNC(summary, *device);
            if (pass == 2) {
                QCOMPARE(summary.pushed, 0);
                QCOMPARE(summary.pulled, 0);
            }
        }
    }
    for (auto &device : devices) {
        QCOMPARE(scalar(*device->core, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
        QCOMPARE(scalar(*device->core, u"SELECT COUNT(*) FROM sync_failure"_s), 0);
    }
    for (size_t i = 1; i < devices.size(); ++i) {
        const QString diff = difference(*devices.at(0)->core, *devices.at(i)->core);
        QVERIFY2(diff.isEmpty(), qPrintable(devices.at(i)->name + u": "_s + diff));
    }
    // The server's copy, as a new device receives it.
    OPEN(observer, u"observer"_s);
    QVERIFY2(enrolDevice(observer, server().url()), qPrintable(m_lastError));
    SYNC(all, observer);
    QVERIFY(all.pulled > 0);
    const QString diff =
        difference(*devices.at(0)->core, *observer.core, observer.core->deviceId());
    QVERIFY2(diff.isEmpty(), qPrintable(u"server: "_s + diff));
    for (const char *table : {"person", "person_merge", "checkin", "conflict", "audit_log"})
        qInfo("%s: %lld rows", table,
              scalar(*observer.core, u"SELECT COUNT(*) FROM "_s + QLatin1String(table)));
}

// The server dies while it applies a batch; after a restart the device's
// next cycle sends the same batches and nothing is lost or doubled.
void SyncE2eTest::killedMidPush()
{
    OPEN(a, u"a"_s);
    OPEN(b, u"b"_s);
    QVERIFY2(enrolDevice(a, m_relay.url()), qPrintable(m_lastError));
    QVERIFY2(enrolDevice(b, server().url()), qPrintable(m_lastError));
    pd::core::PersonStore store(*a.core);
    QVERIFY(a.core->database().transaction([&]() -> pd::core::Status {
        for (int i = 0; i < maxBatchRows + 500; ++i) {
            if (auto created = store.create(a.demo->next()); !created)
                return std::unexpected(created.error());
        }
        return {};
    }));
    const qint64 queued = scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s);

    ServerProcess &victim = server();
    m_relay.setOnKill([&victim]() { victim.kill(); });
    m_relay.setPolicy([](const QByteArray &, const QString &path, int index) {
        return path == "/v1/push"_L1 && index == 0
            ? SyncRelay::Decision {SyncRelay::Action::KillServer, 0}
            : SyncRelay::Decision {};
    });
    auto broken = SyncCycle(*a.core).run();
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QLatin1String(errc::network));
    QVERIFY(!victim.isRunning());
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s), queued);
    const qint64 batches = scalar(*a.core, u"SELECT COUNT(*) FROM sync_batch"_s);
    QVERIFY(batches >= 2);

    QString error;
    QVERIFY2(victim.restart(&error), qPrintable(error));
    m_relay.setTarget(victim.url());
    m_relay.forwardEverything();
    QVERIFY(b.core->database().exec(u"UPDATE sync_state SET server_url = ? WHERE id = 1"_s,
                                    {victim.url().toString()}));
    SYNC(resent, a);
    QCOMPARE(resent.pushed, int(queued));
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_batch"_s), 0);
    // Each batch was answered once, and what broke off went out again
    // byte for byte.
    const QList<RelayedExchange> pushes = m_relay.exchanges(u"/v1/push"_s);
    QSet<QByteArray> brokenOff;
    QSet<QByteArray> answered;
    qsizetype answers = 0;
    for (const RelayedExchange &push : pushes) {
        if (push.status == 200) {
            answered.insert(push.requestBody);
            ++answers;
        } else {
            brokenOff.insert(push.requestBody);
        }
    }
    QVERIFY(answers >= batches);
    QCOMPARE(answered.size(), answers);
    QVERIFY(!brokenOff.isEmpty());
    QVERIFY(answered.contains(brokenOff));
    QCOMPARE(pushes.last().status, 200);

    SYNC(received, b);
    QCOMPARE(received.pulled, int(queued));
    const QString diff = difference(*a.core, *b.core, b.core->deviceId());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void SyncE2eTest::lostAcknowledgement_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("cutAfterBytes");
    QTest::newRow("answer dropped") << int(SyncRelay::Action::DropResponse) << 0;
    QTest::newRow("answer cut in the headers") << int(SyncRelay::Action::CutResponse) << 20;
    QTest::newRow("answer cut in the body") << int(SyncRelay::Action::CutResponse) << 200;
}

// The server applies a batch but the device never hears: the next cycle
// sends the same batch, the server answers "replayed", the outbox empties
// and nothing is stored twice.
void SyncE2eTest::lostAcknowledgement()
{
    QFETCH(int, action);
    QFETCH(int, cutAfterBytes);

    OPEN(a, u"a"_s);
    OPEN(b, u"b"_s);
    QVERIFY2(enrolDevice(a, m_relay.url()), qPrintable(m_lastError));
    QVERIFY2(enrolDevice(b, server().url()), qPrintable(m_lastError));
    for (int i = 0; i < 20; ++i) {
        createPerson(a);
        recordCheckin(a);
    }
    const qint64 queuedRows = scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s);

    const SyncRelay::Decision lose {SyncRelay::Action(action), cutAfterBytes};
    m_relay.setPolicy([lose](const QByteArray &, const QString &path, int) {
        return path == "/v1/push"_L1 ? lose : SyncRelay::Decision {};
    });
    auto lost = SyncCycle(*a.core).run();
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, QLatin1String(errc::network));
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_batch"_s), 1);
    QVERIFY(scalar(*a.core, u"SELECT attempts FROM sync_batch"_s) >= 1);
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s), queuedRows);
    // The server did apply it.
    QCOMPARE(m_relay.exchanges(u"/v1/push"_s).first().status, 200);

    m_relay.forwardEverything();
    SYNC(again, a);
    QCOMPARE(again.pushed, int(queuedRows));
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    QCOMPARE(scalar(*a.core, u"SELECT COUNT(*) FROM sync_batch"_s), 0);
    const QList<RelayedExchange> pushes = m_relay.exchanges(u"/v1/push"_s);
    QVERIFY(pushes.size() >= 2);
    QCOMPARE(pushes.last().requestBody, pushes.first().requestBody);
    const Decoded<PushResponse> answer =
        pushResponseFromCbor(decode(pushes.last().responseBody, Format::Cbor));
    QVERIFY2(answer, qPrintable(answer.error));
    QCOMPARE(answer.value->replayed, true);

    SYNC(received, b);
    QCOMPARE(received.pulled, int(queuedRows));
    QVERIFY2(difference(*a.core, *b.core, b.core->deviceId()).isEmpty(),
             qPrintable(difference(*a.core, *b.core, b.core->deviceId())));
}

// A pull broken off mid-page keeps the pages already applied and the cursor
// at the last of them; the next cycle goes on from there.
void SyncE2eTest::cutMidPull()
{
    OPEN(a, u"a"_s);
    OPEN(b, u"b"_s);
    QVERIFY2(enrolDevice(a, server().url()), qPrintable(m_lastError));
    QVERIFY2(enrolDevice(b, m_relay.url()), qPrintable(m_lastError));
    for (int i = 0; i < 30; ++i)
        createPerson(a);
    SYNC(pushed, a);
    QVERIFY(pushed.pushed >= 30);

    m_relay.setPolicy([](const QByteArray &, const QString &path, int index) {
        return path == "/v1/pull"_L1 && index == 2
            ? SyncRelay::Decision {SyncRelay::Action::CutResponse, 300}
            : SyncRelay::Decision {};
    });
    SyncCycle cycle(*b.core);
    cycle.setPullLimit(10);
    auto cut = cycle.run();
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, QLatin1String(errc::network));
    const QList<RelayedExchange> pulls = m_relay.exchanges(u"/v1/pull"_s);
    QCOMPARE(pulls.size(), 3);
    const auto second = pullResponseFromCbor(decode(pulls.at(1).responseBody, Format::Cbor));
    QVERIFY(second);
    QCOMPARE(scalar(*b.core, u"SELECT pull_cursor FROM sync_state"_s), second.value->last);
    QCOMPARE(rowsFrom(*b.core, a.core->deviceId()), 20);

    m_relay.forwardEverything();
    auto done = cycle.run();
    QVERIFY2(done, qPrintable(done ? QString() : describe(done.error())));
    QCOMPARE(done->pulled, int(pushed.pushed) - 20);
    QVERIFY2(difference(*a.core, *b.core, b.core->deviceId()).isEmpty(),
             qPrintable(difference(*a.core, *b.core, b.core->deviceId())));
}

void SyncE2eTest::enrolAndAccessFailures()
{
    OPEN(a, u"a"_s);
    auto wrong = enrol(*a.core, server().url(), u"AAAA-BBBB-CCCC"_s, u"a"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QLatin1String(errc::enrollCodeInvalid));

    const QString code = server().enrollCode(kProvince);
    QVERIFY(!code.isEmpty());
    QVERIFY(enrol(*a.core, server().url(), code, u"a"_s));
    OPEN(b, u"b"_s);
    auto reused = enrol(*b.core, server().url(), code, u"b"_s);
    QVERIFY(!reused);
    QCOMPARE(reused.error().code, QLatin1String(errc::enrollCodeInvalid));
    QVERIFY(!SyncStateStore(b.core->database()).load()->enrolled());
    auto notEnrolled = SyncCycle(*b.core).run();
    QCOMPARE(notEnrolled.error().code, QLatin1String(errc::notEnrolled));

    // A token the server no longer knows.
    QVERIFY(b.core->database().exec(
        u"UPDATE sync_state SET server_url = ?, token = 'forged-token' WHERE id = 1"_s,
        {server().url().toString()}));
    auto forged = SyncCycle(*b.core).run();
    QVERIFY(!forged);
    QCOMPARE(forged.error().code, QLatin1String(errc::unauthorized));
    QCOMPARE(SyncStateStore(b.core->database()).load()->lastError,
             QLatin1String(errc::unauthorized));

    // Revoked by the administrator.
    createPerson(a);
    int exitCode = -1;
    server().runCommand({u"devices"_s, u"revoke"_s, a.core->deviceId()}, &exitCode);
    QCOMPARE(exitCode, 0);
    auto revoked = SyncCycle(*a.core).run();
    QVERIFY(!revoked);
    QCOMPARE(revoked.error().code, QLatin1String(errc::revoked));
    QVERIFY(scalar(*a.core, u"SELECT COUNT(*) FROM sync_outbox"_s) > 0);

    // Nobody answers.
    QVERIFY(a.core->database().exec(
        u"UPDATE sync_state SET server_url = 'http://127.0.0.1:1' WHERE id = 1"_s));
    auto unreachable = SyncCycle(*a.core).run();
    QCOMPARE(unreachable.error().code, QLatin1String(errc::network));

    // HTTPS with the server's certificate pinned, and without it.
    if (m_backend != Backend::Sqlite)
        return;
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl is not installed to make a test certificate");
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    QProcess make;
    make.start(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
    ServerProcess secure(server().dbSpec(), {u"--tls-cert"_s, cert, u"--tls-key"_s, key});
    QString error;
    QVERIFY2(secure.start(&error), qPrintable(error));
    QCOMPARE(secure.url().scheme(), u"https"_s);
    QFile pemFile(cert);
    QVERIFY(pemFile.open(QIODevice::ReadOnly));
    const QString pem = QString::fromUtf8(pemFile.readAll());

    OPEN(c, u"c"_s);
    auto untrusted = enrol(*c.core, secure.url(), secure.enrollCode(kProvince), u"c"_s);
    QVERIFY(!untrusted);
    QCOMPARE(untrusted.error().code, QLatin1String(errc::tls));
    auto pinned = enrol(*c.core, secure.url(), secure.enrollCode(kProvince), u"c"_s, pem);
    QVERIFY2(pinned, qPrintable(pinned ? QString() : describe(pinned.error())));
    createPerson(c);
    SYNC(overTls, c);
    QVERIFY(overTls.pushed > 0);
}

// The real phongdich-cli binary: enroll, sync, export-package, status;
// and phongdich-server import-package twice changes nothing the second time.
void SyncE2eTest::commandLine()
{
    const QString home = m_dir.filePath(u"cli-home-%1"_s.arg(m_databases));
    const QString dbA = m_dir.filePath(u"cli-a-%1.sqlite"_s.arg(m_databases));
    const QString dbB = m_dir.filePath(u"cli-b-%1.sqlite"_s.arg(m_databases));
    for (const QString &db : {dbA, dbB}) {
        const CliRun init = runCli(home, {u"init"_s, u"--db"_s, db});
        QVERIFY2(init.exitCode == 0, init.describe().constData());
        const CliRun enrolled =
            runCli(home,
                   {u"enroll"_s, u"--db"_s, db, u"--server"_s, server().url().toString(),
                    u"--code"_s, server().enrollCode(kProvince), u"--name"_s, u"CLI"_s});
        QVERIFY2(enrolled.exitCode == 0, enrolled.describe().constData());
        QCOMPARE(enrolled.json().value("scope"_L1).toString(), kProvince);
        QCOMPARE(enrolled.json().value("scopeLevel"_L1).toInt(), 1);
        QVERIFY(!enrolled.json().value("device"_L1).toString().isEmpty());
    }
    const CliRun badCode = runCli(home,
                                  {u"enroll"_s, u"--db"_s, dbA, u"--server"_s,
                                   server().url().toString(), u"--code"_s, u"NOPE-NOPE-NOPE"_s});
    QCOMPARE(badCode.exitCode, 1);
    QCOMPARE(badCode.json().value("error"_L1).toString(), QLatin1String(errc::enrollCodeInvalid));
    QVERIFY(!badCode.err.trimmed().isEmpty());

    QCOMPARE(runCli(home, {u"demo-data"_s, u"--db"_s, dbA, u"--people"_s, u"40"_s}).exitCode, 0);
    const CliRun syncA = runCli(home, {u"sync"_s, u"--db"_s, dbA});
    QVERIFY2(syncA.exitCode == 0, syncA.describe().constData());
    const int pushedA = syncA.json().value("pushed"_L1).toInt();
    QVERIFY(pushedA > 40);
    for (const char *key : {"pushed", "pulled", "conflicts", "rejected", "ms"})
        QVERIFY2(syncA.json().contains(QLatin1String(key)), key);
    const CliRun syncB = runCli(home, {u"sync"_s, u"--db"_s, dbB});
    QVERIFY2(syncB.exitCode == 0, syncB.describe().constData());
    QCOMPARE(syncB.json().value("pulled"_L1).toInt(), pushedA);
    // A receives B's own rows (its enrolment's audit entries).
    QCOMPARE(runCli(home, {u"sync"_s, u"--db"_s, dbA}).exitCode, 0);

    // Offline: the package goes to the server by hand, twice.
    QCOMPARE(
        runCli(home, {u"demo-data"_s, u"--db"_s, dbB, u"--people"_s, u"25"_s, u"--seed"_s, u"77"_s})
            .exitCode,
        0);
    const QString package = m_dir.filePath(u"cli-%1.pdpkg"_s.arg(m_databases));
    const CliRun exported =
        runCli(home, {u"sync"_s, u"export-package"_s, u"--db"_s, dbB, u"--out"_s, package});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const int packagedRows = exported.json().value("rows"_L1).toInt();
    QVERIFY(packagedRows > 25);
    QCOMPARE(exported.json().value("batches"_L1).toInt(), 1);

    int exitCode = -1;
    const QJsonObject first =
        QJsonDocument::fromJson(server().runCommand({u"import-package"_s, package}, &exitCode))
            .object();
    QCOMPARE(exitCode, 0);
    QCOMPARE(first.value("applied"_L1).toInt(), packagedRows);
    const QJsonObject second =
        QJsonDocument::fromJson(server().runCommand({u"import-package"_s, package}, &exitCode))
            .object();
    QCOMPARE(exitCode, 0);
    QCOMPARE(second.value("applied"_L1).toInt(), 0);
    QCOMPARE(second.value("replayed"_L1).toInt(), 1);

    // A's next sync receives the packaged rows once; B's online push of the
    // same batch is acknowledged as replayed.
    const CliRun syncA2 = runCli(home, {u"sync"_s, u"--db"_s, dbA});
    QVERIFY2(syncA2.exitCode == 0, syncA2.describe().constData());
    QCOMPARE(syncA2.json().value("pulled"_L1).toInt(), packagedRows);
    const CliRun syncB2 = runCli(home, {u"sync"_s, u"--db"_s, dbB});
    QVERIFY2(syncB2.exitCode == 0, syncB2.describe().constData());
    QCOMPARE(syncB2.json().value("pushed"_L1).toInt(), packagedRows);
    QCOMPARE(syncB2.json().value("pulled"_L1).toInt(), 0);

    const CliRun status = runCli(home, {u"sync"_s, u"status"_s, u"--db"_s, dbB});
    QVERIFY2(status.exitCode == 0, status.describe().constData());
    QCOMPARE(status.json().value("enrolled"_L1).toBool(), true);
    QCOMPARE(status.json().value("pendingRows"_L1).toInt(), 0);
    QCOMPARE(status.json().value("pendingBatches"_L1).toInt(), 0);
    QCOMPARE(status.json().value("failures"_L1).toInt(), 0);
    QCOMPARE(status.json().value("lastError"_L1).toString(), QString());

    auto a = CoreContext::open(dbA, pd::app::moduleSchemas());
    auto b = CoreContext::open(dbB, pd::app::moduleSchemas());
    QVERIFY(a && b);
    QCOMPARE(scalar(**a, u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    const QString diff = difference(**a, **b);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // A failed cycle: exit 1, the code on stdout, the reason on stderr.
    server().stop();
    const CliRun failedSync = runCli(home, {u"sync"_s, u"--db"_s, dbA, u"--timeout"_s, u"5"_s});
    QCOMPARE(failedSync.exitCode, 1);
    QCOMPARE(failedSync.json().value("error"_L1).toString(), QLatin1String(errc::network));
    QVERIFY2(failedSync.err.count('\n') == 1, failedSync.err.constData());
}

// The same tests on an SQLite file (plus HTTPS) and on PostgreSQL.
class SqliteSyncE2eTest : public SyncE2eTest {
    Q_OBJECT
public:
    SqliteSyncE2eTest() : SyncE2eTest(Backend::Sqlite) { }
};

class PostgresSyncE2eTest : public SyncE2eTest {
    Q_OBJECT
public:
    PostgresSyncE2eTest() : SyncE2eTest(Backend::Postgres) { }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        SqliteSyncE2eTest sqlite;
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        PostgresSyncE2eTest postgres;
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_sync_e2e.moc"
