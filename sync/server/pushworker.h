#pragma once

#include "databasespec.h"
#include "devicestore.h"
#include "error.h"
#include "pushapplier.h"
#include "wire.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace pd::sync::server {

class ServerClock;
class ServerDatabase;

// Applies pushes on a thread of its own with its own database connection.
// A device keeps batches in flight: while one is written here, the HTTP
// thread receives, inflates, decodes and prepares the next
// (PushApplier::prepare), and keeps answering pulls and health checks. Batches are applied one at a
// time in the order handed in; several workers would only queue on the sequence counter.
class PushWorker {
public:
    using Done = std::function<void(core::Result<PushResponse>)>;

    // Prepared batches handed to this thread and not yet freed (one
    // device's pushes in flight: SyncCycle::pushesInFlight, a few MB each
    // as decoded). apply() blocks the caller beyond that, so a burst of
    // devices cannot fill the memory with decoded batches: the rest wait
    // in their sockets.
    static constexpr int maxWaiting = 5;

    explicit PushWorker(ServerClock &clock);
    ~PushWorker();

    PushWorker(const PushWorker &) = delete;
    PushWorker &operator=(const PushWorker &) = delete;

    // Starts the thread and opens its connection (already migrated).
    core::Status start(const DatabaseSpec &spec);

    // Applies `batch` on the worker thread; `done` runs later on
    // `receiver`'s thread with the answer or the storage failure. A lost
    // connection is opened again and the batch applied once more: its
    // transaction was rolled back, or committed and then found in the journal.
    void apply(Device device, PreparedPush batch, QObject *receiver, Done done);

private:
    core::Result<PushResponse> applyHere(const Device &device, PreparedPush &batch);

    ServerClock &m_clock;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread
    // Created, used and destroyed on m_thread only.
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<PushApplier> m_applier;
    QSemaphore m_free {maxWaiting};
    // Frees applied batches (one thread); destroyed first, waiting for them.
    QThreadPool m_freeing;
};

} // namespace pd::sync::server
