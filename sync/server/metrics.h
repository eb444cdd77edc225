#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <array>
#include <map>

namespace pd::sync::server {

// The counters GET /metrics shows in the Prometheus text format (0.0.4):
// requests by route and status, request latency as a histogram per route,
// rows applied and rejected, conflicts raised. In memory, since start.
class Metrics {
public:
    // Upper bounds of the latency buckets, in seconds.
    static constexpr std::array<double, 11> latencyBuckets {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                            0.5,   1.0,  2.5,   5.0,  10.0};

    void recordRequest(const QString &route, int status, qint64 latencyNs);
    void addRows(qint64 applied, qint64 rejected, qint64 conflicts);

    QByteArray render() const;

private:
    struct Latency {
        std::array<quint64, latencyBuckets.size()> buckets {};
        quint64 count = 0;
        double sumSeconds = 0;
    };

    mutable QMutex m_mutex;
    std::map<std::pair<QString, int>, quint64> m_requests;
    std::map<QString, Latency> m_latency;
    quint64 m_rowsApplied = 0;
    quint64 m_rowsRejected = 0;
    quint64 m_conflicts = 0;
};

} // namespace pd::sync::server
