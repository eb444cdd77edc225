#pragma once

#include "error.h"
#include "jobcontrol.h"
#include "schema.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace pd::core {

class Clock;
class CoreContext;

// Runs long work (an import, an export, a big query) on a worker thread so
// the UI thread never waits for it. QtSql connections belong to the thread
// that made them, so the worker opens its own CoreContext on the same data
// file with the same module schemas, clock and audit actor, and closes it
// before the thread ends: no QSqlDatabase ever crosses threads. SQLite's
// WAL mode lets the UI thread keep reading meanwhile.
//
// progress() and finished() are emitted on the thread the job was made on
// (the UI thread): progress at most every `progressIntervalMs` while the
// numbers change, finished once; status() then holds the work's result
// (a signal cannot carry core::Status: Qt's meta-type system trips over
// std::expected's comparison). Other results travel in whatever the work
// captures (e.g. a std::shared_ptr the caller keeps).
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    static constexpr int progressIntervalMs = 100;

    using Work = std::function<Status(CoreContext &core, JobControl &control)>;

    // A job on the data file of `caller` (path, module schemas, clock and
    // audit actor are taken from it; `caller` itself is not used by the
    // worker). `work` runs once, on the worker thread.
    BackgroundJob(CoreContext &caller, Work work, QObject *parent = nullptr);
    // Explicit variant for callers without a context on this thread.
    BackgroundJob(QString databasePath, QList<ModuleSchema> modules, const Clock &clock, Work work,
                  QObject *parent = nullptr);
    // Cancels and waits for the worker if it still runs.
    ~BackgroundJob() override;

    // Audit entries the work writes are attributed to this account.
    void setActor(const QString &userId, const QString &username);

    void start();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    // Asks the work to stop at its next check; finished() follows with
    // the "job.cancelled" error (or success if it was already done).
    void cancel();
    bool isCancelled() const { return m_control.isCancelled(); }
    // Blocks until the worker ends (tests, the command line): true when it
    // did within `timeoutMs` (-1: no limit). finished() is still emitted
    // from the event loop.
    bool wait(int timeoutMs = -1);

    // The work's result once isFinished().
    const Status &status() const { return m_status; }
    const JobControl &control() const { return m_control; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &label);
    // The work ended (done, failed or cancelled): see status().
    void finished();

private:
    void run(); // on the worker thread
    void reportProgress();
    void onThreadFinished();

    QString m_databasePath;
    QList<ModuleSchema> m_modules;
    const Clock &m_clock;
    Work m_work;
    QString m_actorId;
    QString m_actorName;

    JobControl m_control;
    Status m_status; // written by the worker, read after it ended
    QThread *m_thread = nullptr;
    QTimer m_progressTimer;
    qint64 m_reportedDone = -1;
    qint64 m_reportedTotal = -1;
    QString m_reportedLabel;
    bool m_finished = false;
};

} // namespace pd::core
