#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace holdline::sim {

// Counters of one 5-minute bucket. Every outcome is attributed to the bucket in
// which the contact *arrived*, so rates stay within 0..1; a contact still in
// the system counts as offered only until its outcome is known.
struct BucketMetrics
{
    qint64 startSecs = 0;            // UTC seconds since the epoch; multiple of 300
    int offered = 0;
    int answered = 0;                // live + completed callbacks
    int answeredLive = 0;
    int answeredLiveWithinServiceLevel = 0;
    int abandoned = 0;
    int maxHoldExits = 0;
    int callbacksOffered = 0;
    int callbacksAccepted = 0;
    int callbacksCompleted = 0;
    double liveWaitSecondsSum = 0;   // of contacts answered live
    double handleSecondsSum = 0;     // of answered contacts
    double agentSecondsStaffed = 0;  // agents x seconds in this bucket

    BucketMetrics &operator+=(const BucketMetrics &other); // keeps this->startSecs
};

// The contract's metrics (CONTRACT.md §3) over a window of buckets: a sum and
// the rates derived from it. A metric with no contacts is std::nullopt.
class MetricsWindow
{
public:
    MetricsWindow() = default;
    MetricsWindow(std::span<const BucketMetrics> buckets, qint64 windowSeconds);

    // "queue.answerRate", "queue.offered", ... (not queue.id / interval.start).
    std::optional<double> value(const QString &metric) const;
    static const QStringList &metricNames();
    const BucketMetrics &totals() const { return m_totals; }

private:
    BucketMetrics m_totals;
    qint64 m_windowSeconds = 0;
};

} // namespace holdline::sim
