#pragma once

#include "error.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <random>

namespace pd::core {
class BackgroundJob;
class CoreContext;
} // namespace pd::core

namespace pd::app {

// Runs the device's sync cycles, logged in or not, never on the UI thread: one
// cycle at a time in a core::BackgroundJob with its own connection to the
// data file. Starts one when asked (the Sync button), when the network comes
// back (QNetworkInformation, or probing /v1/health where the platform has no
// reachability backend), at the nightly time, and again after a failure
// with growing, jittered delays (syncschedule.h).
class SyncController : public QObject {
    Q_OBJECT

public:
    enum class Trigger { Manual, NetworkBack, Nightly, Retry };
    Q_ENUM(Trigger)

    // Setting key of the nightly sync time ("HH:mm"; empty turns it off).
    static QString nightlySettingKey() { return QStringLiteral("sync.nightly_time"); }
    static QString defaultNightlyTime() { return QStringLiteral("02:00"); }
    static constexpr int probeIntervalMs = 60 * 1000;

    explicit SyncController(core::CoreContext &core, QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_job != nullptr; }
    bool isEnrolled() const;
    // Progress of the running cycle (total 0 while unknown).
    qint64 progressDone() const { return m_progressDone; }
    qint64 progressTotal() const { return m_progressTotal; }
    QString progressLabel() const { return m_progressLabel; }
    // The last cycle's outcome as one translated sentence; empty before any.
    QString lastOutcome() const { return m_lastOutcome; }
    bool lastFailed() const { return m_consecutiveFailures > 0; }
    // When the next automatic cycle (retry or nightly) is due; invalid if none.
    QDateTime nextAutomaticRun() const;

    // Re-reads the nightly time after the settings changed.
    void reschedule();

public Q_SLOTS:
    // Starts a cycle unless one is running or the device is not enrolled;
    // false (and a message through finished()) when it does not start.
    bool syncNow(Trigger trigger = Trigger::Manual);
    void cancel();

Q_SIGNALS:
    void started(Trigger trigger);
    void progress(qint64 done, qint64 total, const QString &label);
    // A cycle ended (or could not start): ok and a sentence for the status bar.
    void finished(bool ok, const QString &message);

private:
    void onCycleFailed(const QString &errorCode);
    void scheduleRetry();
    void scheduleNightly();
    void startProbing();
    void probeOnce();
    void onReachabilityChanged();

    core::CoreContext &m_core;
    core::BackgroundJob *m_job = nullptr; // the running cycle, a child of this
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
    QString m_progressLabel;
    QString m_lastOutcome;
    int m_consecutiveFailures = 0;
    bool m_lastFailureWasNetwork = false;
    QTimer m_retryTimer;
    QTimer m_nightlyTimer;
    QTimer m_probeTimer;
    QNetworkAccessManager m_probeNetwork;
    std::mt19937 m_random;
    bool m_hasReachability = false;
};

} // namespace pd::app
