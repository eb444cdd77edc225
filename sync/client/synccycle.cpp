#include "synccycle.h"

#include "batchstore.h"
#include "corecontext.h"
#include "jobcontrol.h"
#include "localtables.h"
#include "pullprefetcher.h"
#include "pullwritemode.h"
#include "remoteapplier.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstatestore.h"

#include <QElapsedTimer>

#include <deque>

namespace pd::sync {

SyncCycle::SyncCycle(core::CoreContext &core, core::JobControl *control)
    : m_core(core), m_control(control)
{
}

bool SyncCycle::cancelled() const
{
    return m_control && m_control->isCancelled();
}

core::Result<SyncSummary> SyncCycle::run()
{
    QElapsedTimer elapsed;
    elapsed.start();
    SyncStateStore state(m_core.database());
    if (auto ok = state.recordAttempt(m_core.clock().nowMs()); !ok)
        return std::unexpected(ok.error());

    SyncSummary summary;
    core::Status outcome = [&]() -> core::Status {
        auto credentials = state.credentials();
        if (!credentials)
            return std::unexpected(credentials.error());
        const auto url = SyncTransport::serverUrl(credentials->url);
        if (credentials->token.isEmpty() || !url)
            return std::unexpected(SyncErrors::notEnrolled());
        SyncTransport transport(
            {*url, credentials->token, credentials->caCertificate, m_timeoutMs, m_control});
        return runCycle(transport, summary);
    }();
    summary.ms = elapsed.elapsed();

    if (auto ok =
            state.recordResult(m_core.clock().nowMs(), outcome ? QString() : outcome.error().code);
        !ok && outcome)
        return std::unexpected(ok.error());
    if (!outcome) {
        qCInfo(lcSync) << "sync cycle failed:" << outcome.error().code;
        return std::unexpected(outcome.error());
    }
    qCInfo(lcSync) << "sync cycle done: pushed" << summary.pushed << "pulled" << summary.pulled
                   << "rejected" << summary.rejected << "ms" << summary.ms;
    return summary;
}

core::Status SyncCycle::runCycle(SyncTransport &transport, SyncSummary &summary)
{
    if (auto ok = push(transport, summary); !ok)
        return ok;
    return pull(transport, summary);
}

core::Status SyncCycle::push(SyncTransport &transport, SyncSummary &summary)
{
    if (m_control)
        m_control->setLabel(tr("Preparing changes to send"));
    auto tables = LocalTables::inspect(m_core.database());
    if (!tables)
        return std::unexpected(tables.error());
    BatchStore batches(m_core);
    // Batches frozen by an earlier cycle go first, exactly as frozen.
    auto waiting = batches.pending();
    if (!waiting)
        return std::unexpected(waiting.error());
    if (m_control) {
        auto unfrozen = batches.unfrozenEntries();
        if (!unfrozen)
            return std::unexpected(unfrozen.error());
        qint64 rows = *unfrozen;
        for (const FrozenBatch &batch : *waiting)
            rows += batch.rowCount;
        m_control->setTotal(rows);
    }
    auto nextBatch = [&]() -> core::Result<std::optional<FrozenBatch>> {
        if (!waiting->isEmpty())
            return waiting->takeFirst();
        return batches.freezeNext(*tables);
    };

    // Up to pushesInFlight batches travel at once: the server applies one
    // while the next is on the wire and this device freezes the one after.
    // The server may apply them in either order; that is safe because
    // every row carries its own clock (last writer wins, insert-once).
    struct InFlight {
        FrozenBatch batch;
        std::unique_ptr<SyncTransport::Pending> request;
    };
    std::deque<InFlight> inFlight;
    auto next = nextBatch();
    for (;;) {
        while (next && *next && inFlight.size() < pushesInFlight) {
            if (cancelled())
                return std::unexpected(SyncErrors::cancelled());
            FrozenBatch batch = std::move(**next);
            if (batch.gzipBody.isEmpty()) {
                auto stored = batches.gzipBody(batch.id);
                if (!stored)
                    return std::unexpected(stored.error());
                batch.gzipBody = std::move(*stored);
            }
            // Counted before sending: a crash mid-request is an attempt too.
            if (auto ok = batches.countAttempt(batch.id); !ok)
                return ok;
            if (m_control)
                m_control->setLabel(tr("Sending changes"));
            auto request = transport.startPostGzip(QStringLiteral("/v1/push"), batch.gzipBody);
            batch.gzipBody.clear(); // the request holds it
            inFlight.push_back({std::move(batch), std::move(request)});
            next = nextBatch();
        }
        if (!next)
            return std::unexpected(next.error());
        if (inFlight.empty())
            break;
        const InFlight sent = std::move(inFlight.front());
        inFlight.pop_front();
        auto answer = transport.finish(*sent.request);
        if (!answer)
            return std::unexpected(answer.error());
        const Decoded<PushResponse> response = pushResponseFromCbor(*answer);
        if (!response)
            return std::unexpected(SyncErrors::protocol(response.error));
        if (response.value->batchId != sent.batch.id)
            return std::unexpected(
                SyncErrors::protocol(QStringLiteral("push answer names batch %1, not %2")
                                         .arg(response.value->batchId, sent.batch.id)));
        auto acknowledged = batches.acknowledge(sent.batch, *response.value);
        if (!acknowledged)
            return std::unexpected(acknowledged.error());
        summary.pushed += acknowledged->accepted;
        summary.rejected += acknowledged->rejected;
        if (m_control)
            m_control->advance(sent.batch.rowCount);
    }
    if (m_control)
        m_control->setDone(m_control->total());
    return {};
}

core::Status SyncCycle::pull(SyncTransport &transport, SyncSummary &summary)
{
    auto tables = LocalTables::inspect(m_core.database());
    if (!tables)
        return std::unexpected(tables.error());
    RemoteApplier applier(m_core, *tables);
    auto state = SyncStateStore(m_core.database()).load();
    if (!state)
        return std::unexpected(state.error());
    if (m_control)
        m_control->setLabel(tr("Receiving changes"));
    PullWriteMode writeMode(m_core.database());
    // The next pages travel and are decoded while this one is written.
    PullPrefetcher pages(transport.options(), *tables, state->pullCursor, m_pullLimit);
    for (;;) {
        if (cancelled())
            return std::unexpected(SyncErrors::cancelled());
        auto page = pages.next(m_control);
        if (!page)
            return std::unexpected(page.error());
        auto applied = applier.applyPage(*page);
        if (!applied)
            return std::unexpected(applied.error());
        summary.pulled += applied->applied;
        summary.conflicts += applied->newConflicts;
        if (m_control) {
            m_control->setTotal(m_control->total() + page->rowCount());
            m_control->advance(page->rowCount());
        }
        if (!page->response.more)
            return {};
        pages.recycle(std::move(*page));
    }
}

} // namespace pd::sync
