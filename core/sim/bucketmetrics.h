#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace holdline::sim {

inline constexpr qint64 bucketSeconds = 300;

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
    // Not contract metrics; for validation (Erlang A's mean wait of all arrivals).
    double abandonedWaitSecondsSum = 0; // waits of contacts that abandoned
    double lineWaitSecondsSum = 0;      // waits in line of every contact that left it

    BucketMetrics &operator+=(const BucketMetrics &other); // keeps this->startSecs
};

// The contract's metrics (CONTRACT.md §3) over a window of buckets: a sum and
// the rates derived from it. Counts are always a number (0 is a measurement);
// a rate or an average whose denominator is 0 is std::nullopt, never a made-up
// 0. agentsStaffed is agentSecondsStaffed / windowSeconds (null for an empty
// window). An unknown metric name is std::nullopt too (see isMetric()).
class MetricsWindow
{
public:
    MetricsWindow() = default;
    MetricsWindow(std::span<const BucketMetrics> buckets, qint64 windowSeconds);

    // "queue.answerRate", "queue.offered", ... (not queue.id / interval.start).
    std::optional<double> value(const QString &metric) const;
    static const QStringList &metricNames(); // in the contract's order
    static bool isMetric(const QString &metric);
    const BucketMetrics &totals() const { return m_totals; }
    qint64 windowSeconds() const { return m_windowSeconds; }

private:
    BucketMetrics m_totals;
    qint64 m_windowSeconds = 0;
};

} // namespace holdline::sim
