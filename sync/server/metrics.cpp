#include "metrics.h"

namespace pd::sync::server {

void Metrics::recordRequest(const QString &route, int status, qint64 latencyNs)
{
    const double seconds = double(latencyNs) / 1e9;
    QMutexLocker lock(&m_mutex);
    ++m_requests[{route, status}];
    Latency &latency = m_latency[route];
    for (size_t i = 0; i < latencyBuckets.size(); ++i) {
        if (seconds <= latencyBuckets[i])
            ++latency.buckets[i];
    }
    ++latency.count;
    latency.sumSeconds += seconds;
}

void Metrics::addRows(qint64 applied, qint64 rejected, qint64 conflicts)
{
    QMutexLocker lock(&m_mutex);
    m_rowsApplied += quint64(applied);
    m_rowsRejected += quint64(rejected);
    m_conflicts += quint64(conflicts);
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP phongdich_http_requests_total HTTP requests by route and status.\n"
           "# TYPE phongdich_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        out += "phongdich_http_requests_total{route=\"" + key.first.toUtf8() + "\",status=\""
            + QByteArray::number(key.second) + "\"} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP phongdich_http_request_duration_seconds Time to answer a request.\n"
           "# TYPE phongdich_http_request_duration_seconds histogram\n";
    for (const auto &[route, latency] : m_latency) {
        const QByteArray label = "route=\"" + route.toUtf8() + '"';
        for (size_t i = 0; i < latencyBuckets.size(); ++i) {
            out += "phongdich_http_request_duration_seconds_bucket{" + label + ",le=\""
                + QByteArray::number(latencyBuckets[i], 'g', 6) + "\"} "
                + QByteArray::number(latency.buckets[i]) + '\n';
        }
        out += "phongdich_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(latency.count) + '\n';
        out += "phongdich_http_request_duration_seconds_sum{" + label + "} "
            + QByteArray::number(latency.sumSeconds, 'f', 6) + '\n';
        out += "phongdich_http_request_duration_seconds_count{" + label + "} "
            + QByteArray::number(latency.count) + '\n';
    }
    out += "# HELP phongdich_rows_applied_total Pushed rows stored.\n"
           "# TYPE phongdich_rows_applied_total counter\n"
           "phongdich_rows_applied_total "
        + QByteArray::number(m_rowsApplied) + '\n';
    out += "# HELP phongdich_rows_rejected_total Pushed rows refused.\n"
           "# TYPE phongdich_rows_rejected_total counter\n"
           "phongdich_rows_rejected_total "
        + QByteArray::number(m_rowsRejected) + '\n';
    out += "# HELP phongdich_conflicts_raised_total Conflict rows the server wrote.\n"
           "# TYPE phongdich_conflicts_raised_total counter\n"
           "phongdich_conflicts_raised_total "
        + QByteArray::number(m_conflicts) + '\n';
    return out;
}

} // namespace pd::sync::server
