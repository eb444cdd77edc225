#include "synccycle.h"

#include "batchstore.h"
#include "corecontext.h"
#include "jobcontrol.h"
#include "localtables.h"
#include "remoteapplier.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstatestore.h"

#include <QElapsedTimer>

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
    if (m_control)
        m_control->setLabel(tr("Preparing changes to send"));
    if (auto frozen = BatchStore(m_core).freezePending(m_control); !frozen)
        return std::unexpected(frozen.error());
    if (cancelled())
        return std::unexpected(SyncErrors::cancelled());
    if (auto ok = push(transport, summary); !ok)
        return ok;
    return pull(transport, summary);
}

core::Status SyncCycle::push(SyncTransport &transport, SyncSummary &summary)
{
    BatchStore batches(m_core);
    auto pending = batches.pending();
    if (!pending)
        return std::unexpected(pending.error());
    if (m_control) {
        qint64 rows = 0;
        for (const FrozenBatch &batch : *pending)
            rows += batch.rowCount;
        m_control->setTotal(rows);
        m_control->setLabel(tr("Sending changes"));
    }
    for (const FrozenBatch &batch : *pending) {
        if (cancelled())
            return std::unexpected(SyncErrors::cancelled());
        auto body = batches.payload(batch.id);
        if (!body)
            return std::unexpected(body.error());
        // Counted before sending: a crash mid-request is an attempt too.
        if (auto ok = batches.countAttempt(batch.id); !ok)
            return ok;
        auto answer = transport.post(QStringLiteral("/v1/push"), *body);
        if (!answer)
            return std::unexpected(answer.error());
        const Decoded<PushResponse> response = pushResponseFromCbor(*answer);
        if (!response)
            return std::unexpected(SyncErrors::protocol(response.error));
        if (response.value->batchId != batch.id)
            return std::unexpected(
                SyncErrors::protocol(QStringLiteral("push answer names batch %1, not %2")
                                         .arg(response.value->batchId, batch.id)));
        auto acknowledged = batches.acknowledge(batch, *response.value);
        if (!acknowledged)
            return std::unexpected(acknowledged.error());
        summary.pushed += acknowledged->accepted;
        summary.rejected += acknowledged->rejected;
        if (m_control)
            m_control->advance(batch.rowCount);
    }
    return {};
}

core::Status SyncCycle::pull(SyncTransport &transport, SyncSummary &summary)
{
    auto tables = LocalTables::inspect(m_core.database());
    if (!tables)
        return std::unexpected(tables.error());
    RemoteApplier applier(m_core, std::move(*tables));
    SyncStateStore state(m_core.database());
    if (m_control)
        m_control->setLabel(tr("Receiving changes"));
    for (;;) {
        if (cancelled())
            return std::unexpected(SyncErrors::cancelled());
        auto current = state.load();
        if (!current)
            return std::unexpected(current.error());
        const qint64 cursor = current->pullCursor;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pullLimit));
        auto answer = transport.get(QStringLiteral("/v1/pull"), query);
        if (!answer)
            return std::unexpected(answer.error());
        const Decoded<PullResponse> page = pullResponseFromCbor(*answer);
        if (!page)
            return std::unexpected(SyncErrors::protocol(page.error));
        // A page that claims more but does not move on would loop forever.
        if (page.value->more && page.value->last <= cursor)
            return std::unexpected(SyncErrors::protocol(
                QStringLiteral("pull after %1 answered more without moving on").arg(cursor)));
        auto applied = applier.applyPage(*page.value);
        if (!applied)
            return std::unexpected(applied.error());
        summary.pulled += applied->applied;
        summary.conflicts += applied->newConflicts;
        if (m_control) {
            m_control->setTotal(m_control->total() + page.value->rows.size());
            m_control->advance(page.value->rows.size());
        }
        if (!page.value->more)
            return {};
    }
}

} // namespace pd::sync
