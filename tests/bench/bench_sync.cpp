// Sync throughput against a real phongdich-server process (issue 5, §6), on
// the embedded SQLite default and on a throwaway PostgreSQL 15 cluster:
//   push   one device sends N rows (half people, half check-ins) through
//          HTTP with the real client engine (freeze, gzip CBOR batches of
//          2,000, one server transaction each); the best of three, each
//          from a copy of the same device into a fresh database;
//   COPY   the raw baseline on PostgreSQL: the same stored rows copied with
//          COPY into the same table of a fresh database, in text and in
//          binary form, right after each push (the best of three each);
//          push/COPY is the best push against the faster, and each push
//          against the faster COPY right after it is printed too;
//   CPU    after push and pull: the CPU seconds the device, the server's
//          threads and PostgreSQL used meanwhile;
//   pull   a second device (province scope) receives all N rows;
//   fleet  D devices with M rows each push at once (one thread and one data
//          file each); every device's queue must end empty and a province
//          device must then receive exactly D·M rows.
//   bench_sync [--rows N] [--devices D] [--per-device M]
//              [--backend sqlite|postgresql|both] [--quick]
// Goals on a 2-core machine: push ≥ 20,000 rows/s and ≥ 50 % of COPY;
// pull ≥ 50,000 rows/s; the fleet converges.
#include "corecontext.h"
#include "demopeople.h"
#include "enrolment.h"
#include "moduleschemas.h"
#include "pgcluster.h"
#include "serverprocess.h"
#include "synccycle.h"
#include "syncstatestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace pd;

namespace {

// Pushes per backend; the fastest counts (see run()).
constexpr int kPushRuns = 3;

struct Options {
    int rows = 200'000;
    int devices = 50;
    int perDevice = 5'000;
    QStringList backends {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
};

// Thrown by die() so the run unwinds: the server process, the PostgreSQL
// cluster and the temporary files are stopped and removed on a failure too
// (std::exit left the cluster running).
struct BenchFailure {
    QString message;
};

[[noreturn]] void die(const QString &message)
{
    throw BenchFailure {message};
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

std::unique_ptr<core::CoreContext> openDevice(const QString &path)
{
    auto core = core::CoreContext::open(path, app::moduleSchemas());
    if (!core)
        die(core.error().message);
    return std::move(*core);
}

// N rows in one transaction through the capture triggers, as the stores
// write them: half people (realistic names and CCCD numbers), half check-ins.
void fill(core::CoreContext &core, int rows, quint32 seed)
{
    core::DemoPeople demo(seed);
    if (!demo.useCommunesOf(core.adminUnits(), QStringLiteral("01")))
        die(QStringLiteral("no communes"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto written = core.database().transaction([&]() -> core::Status {
        QSqlQuery person(core.database().connection());
        person.prepare(QStringLiteral(
            "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, folded_name, "
            "birth_date, birth_year, sex, phone, commune_code, street, created_at_ms, "
            "updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery checkin(core.database().connection());
        checkin.prepare(QStringLiteral(
            "INSERT INTO checkin(id, hlc, origin, at_ms, direction, location_unit_code, "
            "location_name, code_kind, verdict, id_number, full_name, folded_name, birth_date, "
            "phone) VALUES (?, ?, ?, ?, 'in', '00001', 'Chốt Phúc Xá', 'cccd', 'valid', ?, ?, ?, "
            "?, ?)"));
        for (int i = 0; i < rows; ++i) {
            const core::Person p = demo.next();
            auto hlc = core.hlc().now();
            if (!hlc)
                return std::unexpected(hlc.error());
            QSqlQuery &query = i % 2 == 0 ? person : checkin;
            QVariantList values {core.ids().next(), *hlc, core.deviceId()};
            if (i % 2 == 0) {
                values << core::Person::idKindKey(p.idKind) << p.idNumber << p.fullName
                       << p.foldedName << p.dateOfBirth.toIsoString() << p.dateOfBirth.year
                       << (p.sex == core::Sex::Male ? QStringLiteral("male")
                                                    : QStringLiteral("female"))
                       << p.phone << p.communeCode << p.street << now << now;
            } else {
                values << now - qint64(i % 86'400) * 1000 << p.idNumber << p.fullName
                       << p.foldedName << p.dateOfBirth.toIsoString() << p.phone;
            }
            core::Database::bindValues(query, values);
            if (!query.exec())
                return core::fail(QStringLiteral("bench.fill"), query.lastError().text());
        }
        return {};
    });
    if (!written)
        die(written.error().message);
}

// CPU time used by the device (this process), the server process and the
// bench's PostgreSQL cluster (its postmaster and the postmaster's
// children), from /proc (Linux): where the machine's cores went during a
// phase. Each side's total counts the threads that ended (the pull's
// prefetch thread); its split by thread name only the living. Processes
// that end before the second snapshot (autovacuum workers) are not counted.
class CpuUse {
public:
    // `postmasterPid` 0: no PostgreSQL (the SQLite run).
    CpuUse(qint64 serverPid, qint64 postmasterPid)
        : m_serverPid(serverPid), m_postmasterPid(postmasterPid)
    {
    }

    void start() { m_before = snapshot(); }

    // "device 2.31 s; server 1.80 s (phongdich-serve 1.20, push 0.60); …"
    // for what was used since start().
    QString report(double wallSeconds) const
    {
        const Snapshot after = snapshot();
        QStringList sides;
        double total = 0;
        for (auto side = after.cbegin(); side != after.cend(); ++side) {
            const Side &before = m_before.value(side.key());
            double used = 0;
            for (auto process = side->processes.cbegin(); process != side->processes.cend();
                 ++process)
                used += process.value() - before.processes.value(process.key());
            QMap<QString, double> byName;
            for (auto thread = side->threads.cbegin(); thread != side->threads.cend(); ++thread)
                byName[thread->first] += thread->second - before.threads.value(thread.key()).second;
            total += used;
            QString described = QStringLiteral("%1 %2 s").arg(side.key()).arg(used, 0, 'f', 2);
            QStringList threads;
            for (auto name = byName.cbegin(); name != byName.cend(); ++name) {
                if (name.value() >= 0.1)
                    threads << QStringLiteral("%1 %2").arg(name.key()).arg(name.value(), 0, 'f', 2);
            }
            if (byName.size() > 1 && !threads.isEmpty())
                described += QStringLiteral(" (") + threads.join(QStringLiteral(", ")) + u')';
            sides << described;
        }
        const double available = QThread::idealThreadCount() * wallSeconds;
        return QStringLiteral("%1; %2 CPU-s of %3 core-s (%4 %)")
            .arg(sides.join(QStringLiteral("; ")))
            .arg(total, 0, 'f', 2)
            .arg(available, 0, 'f', 2)
            .arg(100.0 * total / available, 0, 'f', 0);
    }

private:
    struct Side {
        QMap<qint64, double> processes; // pid → CPU seconds, ended threads included
        QMap<qint64, std::pair<QString, double>> threads; // tid → name, CPU seconds
    };
    using Snapshot = QMap<QString, Side>;

    struct Stat {
        QString name;
        qint64 parentPid = 0;
        double cpuSeconds = 0; // utime + stime
    };

    // A /proc stat file; nothing when the process or thread has ended.
    static std::optional<Stat> readStat(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray line = file.readAll();
        // pid (comm) state ppid …: utime and stime are fields 14 and 15.
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            return std::nullopt;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            return std::nullopt;
        static const double tick = double(sysconf(_SC_CLK_TCK));
        return Stat {QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                     fields.at(1).toLongLong(),
                     (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick};
    }

    Snapshot snapshot() const
    {
        Snapshot taken;
        auto add = [&taken](const QString &name, qint64 pid) {
            const QString dir = QStringLiteral("/proc/%1").arg(pid);
            const std::optional<Stat> process = readStat(dir + QStringLiteral("/stat"));
            if (!process)
                return;
            Side &side = taken[name];
            side.processes[pid] = process->cpuSeconds;
            const QString tasks = dir + QStringLiteral("/task/");
            for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (const std::optional<Stat> thread =
                        readStat(tasks + tid + QStringLiteral("/stat")))
                    side.threads[tid.toLongLong()] = {thread->name, thread->cpuSeconds};
            }
        };
        add(QStringLiteral("device"), QCoreApplication::applicationPid());
        add(QStringLiteral("server"), m_serverPid);
        if (m_postmasterPid == 0)
            return taken;
        add(QStringLiteral("PostgreSQL"), m_postmasterPid);
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            const qint64 pid = entry.toLongLong();
            const std::optional<Stat> process =
                pid > 0 ? readStat(QStringLiteral("/proc/%1/stat").arg(pid)) : std::nullopt;
            if (process && process->parentPid == m_postmasterPid)
                add(QStringLiteral("PostgreSQL"), pid);
        }
        return taken;
    }

    qint64 m_serverPid;
    qint64 m_postmasterPid;
    Snapshot m_before;
};

void enrol(core::CoreContext &core, test::ServerProcess &server, const QString &scope)
{
    auto enrolled =
        sync::enrol(core, server.url(), server.enrollCode(scope), QStringLiteral("bench"));
    if (!enrolled)
        die(enrolled.error().message);
}

// One sync cycle of `core`; a failure ends the run with the server's log
// (which names no values) for the reason behind it.
sync::SyncSummary cycle(core::CoreContext &core, const test::ServerProcess &server)
{
    auto summary = sync::SyncCycle(core).run();
    if (!summary)
        die(summary.error().message + QStringLiteral("\nserver log:\n")
            + QString::fromUtf8(server.standardError()));
    return *summary;
}

// One cycle, timed, with the CPU each side used meanwhile.
struct TimedCycle {
    sync::SyncSummary summary;
    double seconds = 0;
    QString cpu;
};

TimedCycle timedCycle(core::CoreContext &core, const test::ServerProcess &server,
                      const test::PgCluster *cluster)
{
    CpuUse cpu(server.pid(), cluster ? cluster->postmasterPid() : 0);
    cpu.start();
    QElapsedTimer timer;
    timer.start();
    TimedCycle timed;
    timed.summary = cycle(core, server);
    timed.seconds = seconds(timer);
    timed.cpu = cpu.report(timed.seconds);
    return timed;
}

// Runs psql with `script` on `database`; the seconds it took.
double psql(test::PgCluster &cluster, const QString &database, const QString &script)
{
    QStringList command = cluster.psqlCommand(database);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(command.takeFirst(),
                  command << QStringLiteral("-v") << QStringLiteral("ON_ERROR_STOP=1")
                          << QStringLiteral("-qc") << script);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        die(QStringLiteral("psql: %1").arg(QString::fromLocal8Bit(process.readAllStandardError())));
    return seconds(timer);
}

void run(const Options &options, const QString &backend, QTemporaryDir &dir)
{
    std::printf("\n== %s\n", qPrintable(backend));
    std::unique_ptr<test::PgCluster> cluster;
    if (backend == QLatin1String("postgresql")) {
        QString error;
        cluster = test::PgCluster::start(&error);
        if (!cluster || !cluster->createDatabase(QStringLiteral("baseline"), &error))
            die(error);
    }

    // Push: one device, N rows. Three times, each from a copy of the same
    // filled device into a database of its own, and the best is compared
    // with the best COPY. Each push is followed at once by a COPY of the
    // same rows in each form: this VM's speed drifts by a third within
    // minutes, and pushes and COPYs measured minutes apart compared the
    // drift (one full run measured its pushes in a slow minute and its
    // COPYs in a fast one: 44 %).
    // The pusher is a commune device (Phúc Xá), so the fleet's communes do
    // not receive its rows; the puller is the province and receives all.
    const QString filled = dir.filePath(backend + QStringLiteral("-filled.sqlite"));
    fill(*openDevice(filled), options.rows, 1); // closed after: the file holds it all
    if (cluster) {
        // The machine's limit: the same stored rows, COPY'd into the same
        // table of a database the server has migrated.
        test::ServerProcess baseline(cluster->url(QStringLiteral("baseline")));
        QString error;
        if (!baseline.start(&error))
            die(error);
        baseline.kill();
    }
    std::unique_ptr<test::ServerProcess> server;
    QString database; // the last push's, which the pull and the fleet use
    QStringList pushRates;
    TimedCycle best;
    // COPY in its text form (psql's default) and in the binary form the
    // server sends; the best push is measured against the faster.
    const char *const copyFormats[] = {"text", "binary"};
    double bestCopySeconds[2] = {0, 0};
    QStringList copyRates[2];
    QStringList pairRatios;
    for (int run = 0; run < kPushRuns; ++run) {
        QString error;
        database = QStringLiteral("push%1").arg(run);
        QString spec =
            QStringLiteral("sqlite:") + dir.filePath(database + QStringLiteral(".sqlite"));
        if (cluster) {
            if (!cluster->createDatabase(database, &error))
                die(error);
            spec = cluster->url(database);
        }
        server.reset(); // the previous run's server stops first
        if (cluster && run > 0) {
            // Its database would go on being vacuumed during this run.
            psql(*cluster, QStringLiteral("baseline"),
                 QStringLiteral("DROP DATABASE push%1 WITH (FORCE)").arg(run - 1));
            psql(*cluster, QStringLiteral("baseline"), QStringLiteral("CHECKPOINT"));
        }
        server = std::make_unique<test::ServerProcess>(spec);
        if (!server->start(&error))
            die(error);
        const QString file =
            dir.filePath(QStringLiteral("%1-pusher-%2.sqlite").arg(backend).arg(run));
        if (!QFile::copy(filled, file))
            die(QStringLiteral("cannot copy %1").arg(filled));
        auto pusher = openDevice(file);
        enrol(*pusher, *server, QStringLiteral("00001"));
        const TimedCycle pushed = timedCycle(*pusher, *server, cluster.get());
        // Enrolling adds a row or two of its own (the device's trusted key, audit).
        if (pushed.summary.pushed < options.rows)
            die(QStringLiteral("pushed %1 of %2 rows")
                    .arg(pushed.summary.pushed)
                    .arg(options.rows));
        pushRates << QString::number(options.rows / pushed.seconds, 'f', 0);
        if (run == 0 || pushed.seconds < best.seconds)
            best = pushed;
        if (!cluster)
            continue;

        // Each into the emptied table after a CHECKPOINT: one run alone
        // swung between 58,000 and 102,000 rows/s with what the database
        // was still doing after the push (writing back its pages).
        double fasterCopySeconds = 0;
        for (int format = 0; format < 2; ++format) {
            const QString rows =
                dir.filePath(QStringLiteral("rows.") + QLatin1String(copyFormats[format]));
            const QString with =
                QStringLiteral(" WITH (FORMAT %1)").arg(QLatin1String(copyFormats[format]));
            if (run == 0)
                psql(*cluster, database,
                     QStringLiteral("\\copy sync_row TO '%1'").arg(rows) + with);
            psql(*cluster, QStringLiteral("baseline"), QStringLiteral("CHECKPOINT"));
            const double seconds =
                psql(*cluster, QStringLiteral("baseline"),
                     QStringLiteral("\\copy sync_row FROM '%1'").arg(rows) + with);
            // Not left for autovacuum to work on during the next push.
            psql(*cluster, QStringLiteral("baseline"), QStringLiteral("TRUNCATE sync_row"));
            copyRates[format] << QString::number(options.rows / seconds, 'f', 0);
            if (run == 0 || seconds < bestCopySeconds[format])
                bestCopySeconds[format] = seconds;
            if (format == 0 || seconds < fasterCopySeconds)
                fasterCopySeconds = seconds;
        }
        pairRatios << QStringLiteral("%1 %").arg(100.0 * fasterCopySeconds / pushed.seconds, 0, 'f',
                                                 0);
    }
    const double pushRate = options.rows / best.seconds;
    std::printf("push   %d rows in %.2f s: %.0f rows/s (best of %s; %d batches of ≤ 2,000)\n",
                options.rows, best.seconds, pushRate, qPrintable(pushRates.join(u", ")),
                (options.rows + 1999) / 2000);
    std::printf("       CPU: %s\n", qPrintable(best.cpu));

    if (cluster) {
        double bestRate = 0;
        for (int format = 0; format < 2; ++format) {
            const double copyRate = options.rows / bestCopySeconds[format];
            bestRate = std::max(bestRate, copyRate);
            std::printf("COPY   %d rows in %.2f s, %s: %.0f rows/s (best of %s)\n", options.rows,
                        bestCopySeconds[format], copyFormats[format], copyRate,
                        qPrintable(copyRates[format].join(u", ")));
        }
        std::printf("       push/COPY = %.0f %% (the best push against the faster COPY's best; "
                    "each push against the faster COPY right after it: %s)\n",
                    100.0 * pushRate / bestRate, qPrintable(pairRatios.join(u", ")));
    }

    // Pull: a province device receives everything.
    auto puller = openDevice(dir.filePath(backend + QStringLiteral("-puller.sqlite")));
    enrol(*puller, *server, QStringLiteral("01"));
    const TimedCycle pulled = timedCycle(*puller, *server, cluster.get());
    if (pulled.summary.pulled < options.rows)
        die(QStringLiteral("pulled %1 of %2 rows").arg(pulled.summary.pulled).arg(options.rows));
    std::printf("pull   %d rows in %.2f s: %.0f rows/s\n", pulled.summary.pulled, pulled.seconds,
                pulled.summary.pulled / pulled.seconds);
    std::printf("       CPU: %s\n", qPrintable(pulled.cpu));

    // Fleet: D devices of D other communes of the province push M rows each
    // at the same time (each also pulls its own commune: nothing new).
    QStringList communes;
    QSqlQuery units(puller->database().connection());
    if (!units.exec(QStringLiteral(
            "SELECT c.code FROM admin_unit c JOIN admin_unit d ON c.parent_code = d.code "
            "WHERE d.parent_code = '01' AND c.code <> '00001' ORDER BY c.code")))
        die(units.lastError().text());
    while (units.next())
        communes << units.value(0).toString();
    if (communes.size() < options.devices)
        die(QStringLiteral("not enough communes"));
    QStringList files;
    for (int d = 0; d < options.devices; ++d) {
        files << dir.filePath(QStringLiteral("%1-fleet-%2.sqlite").arg(backend).arg(d));
        auto device = openDevice(files.last());
        enrol(*device, *server, communes.at(d));
        fill(*device, options.perDevice, quint32(100 + d));
    }
    std::atomic<int> failures {0};
    std::atomic<int> sent {0};
    QList<QThread *> threads;
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : files) {
        threads << QThread::create([file, &failures, &sent] {
            auto core = core::CoreContext::open(file, app::moduleSchemas());
            if (!core) {
                ++failures;
                return;
            }
            auto summary = sync::SyncCycle(**core).run();
            if (!summary) {
                std::fprintf(stderr, "fleet device: %s\n", qPrintable(summary.error().message));
                ++failures;
                return;
            }
            sent += summary->pushed;
            auto state = sync::SyncStateStore((*core)->database()).load();
            if (!state || state->pendingRows != 0)
                ++failures;
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double fleetSeconds = seconds(timer);
    cycle(*puller, *server);
    // Converged: the province device holds every person and check-in any
    // device made, exactly once.
    const qint64 expected = qint64(options.rows) + qint64(options.devices) * options.perDevice;
    QSqlQuery count(puller->database().connection());
    if (!count.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM checkin)"))
        || !count.next())
        die(count.lastError().text());
    const qint64 held = count.value(0).toLongLong();
    const bool converged = failures == 0 && held == expected;
    std::printf("fleet  %d devices × %d rows pushed at once in %.2f s (%.0f rows/s), %d failures; "
                "the province device then holds %lld of %lld rows: %s\n",
                options.devices, options.perDevice, fleetSeconds, sent / fleetSeconds,
                failures.load(), held, expected, converged ? "converged" : "NOT CONVERGED");
    if (!converged)
        die(QStringLiteral("the fleet did not converge"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    if (qEnvironmentVariableIsEmpty("PD_BENCH_LOG"))
        QLoggingCategory::setFilterRules(QStringLiteral("pd.sync.info=false"));
    try {
        Options options;
        const QStringList args = app.arguments().mid(1);
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            auto next = [&]() -> QString {
                if (i + 1 >= args.size())
                    die(arg + QStringLiteral(" needs a value"));
                return args.at(++i);
            };
            if (arg == QLatin1String("--quick")) {
                options.rows = 4'000;
                options.devices = 4;
                options.perDevice = 500;
            } else if (arg == QLatin1String("--rows")) {
                options.rows = next().toInt();
            } else if (arg == QLatin1String("--devices")) {
                options.devices = next().toInt();
            } else if (arg == QLatin1String("--per-device")) {
                options.perDevice = next().toInt();
            } else if (arg == QLatin1String("--backend")) {
                const QString backend = next();
                if (backend != QLatin1String("both"))
                    options.backends = {backend};
            } else {
                die(QStringLiteral("unknown option %1").arg(arg));
            }
        }
        QTemporaryDir dir;
        if (!dir.isValid())
            die(QStringLiteral("no temporary directory"));
        for (const QString &backend : options.backends)
            run(options, backend, dir);
    } catch (const BenchFailure &failure) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(failure.message));
        return 1;
    }
    return 0;
}
