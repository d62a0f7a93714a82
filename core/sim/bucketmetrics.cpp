#include "sim/bucketmetrics.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace holdline::sim {

BucketMetrics &BucketMetrics::operator+=(const BucketMetrics &other)
{
    offered += other.offered;
    answered += other.answered;
    answeredLive += other.answeredLive;
    answeredLiveWithinServiceLevel += other.answeredLiveWithinServiceLevel;
    abandoned += other.abandoned;
    maxHoldExits += other.maxHoldExits;
    callbacksOffered += other.callbacksOffered;
    callbacksAccepted += other.callbacksAccepted;
    callbacksCompleted += other.callbacksCompleted;
    liveWaitSecondsSum += other.liveWaitSecondsSum;
    handleSecondsSum += other.handleSecondsSum;
    agentSecondsStaffed += other.agentSecondsStaffed;
    abandonedWaitSecondsSum += other.abandonedWaitSecondsSum;
    lineWaitSecondsSum += other.lineWaitSecondsSum;
    return *this;
}

MetricsWindow::MetricsWindow(std::span<const BucketMetrics> buckets, qint64 windowSeconds)
    : m_windowSeconds(windowSeconds)
{
    if (!buckets.empty())
        m_totals.startSecs = buckets.front().startSecs;
    for (const BucketMetrics &b : buckets)
        m_totals += b;
}

namespace {

using Value = std::optional<double>;
using Getter = Value (*)(const BucketMetrics &, qint64);

Value ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

struct MetricDef
{
    QString name;
    Getter get;
};

// The contract's order (CONTRACT.md §3), without queue.id / interval.start.
const std::vector<MetricDef> &metricDefs()
{
    static const std::vector<MetricDef> defs = {
        {u"queue.offered"_s, [](const BucketMetrics &t, qint64) -> Value { return t.offered; }},
        {u"queue.answered"_s, [](const BucketMetrics &t, qint64) -> Value { return t.answered; }},
        {u"queue.answerRate"_s, [](const BucketMetrics &t, qint64) { return ratio(t.answered, t.offered); }},
        {u"queue.abandonCount"_s, [](const BucketMetrics &t, qint64) -> Value { return t.abandoned; }},
        {u"queue.abandonRate"_s, [](const BucketMetrics &t, qint64) { return ratio(t.abandoned, t.offered); }},
        {u"queue.averageWaitTime"_s,
         [](const BucketMetrics &t, qint64) { return ratio(t.liveWaitSecondsSum, t.answeredLive); }},
        {u"queue.serviceLevel"_s,
         [](const BucketMetrics &t, qint64) { return ratio(t.answeredLiveWithinServiceLevel, t.offered); }},
        {u"queue.maxHoldExits"_s, [](const BucketMetrics &t, qint64) -> Value { return t.maxHoldExits; }},
        {u"queue.averageHandleTime"_s,
         [](const BucketMetrics &t, qint64) { return ratio(t.handleSecondsSum, t.answered); }},
        {u"queue.agentsStaffed"_s,
         [](const BucketMetrics &t, qint64 w) { return ratio(t.agentSecondsStaffed, double(w)); }},
        {u"queue.callbacksOffered"_s, [](const BucketMetrics &t, qint64) -> Value { return t.callbacksOffered; }},
        {u"queue.callbacksAccepted"_s, [](const BucketMetrics &t, qint64) -> Value { return t.callbacksAccepted; }},
        {u"queue.callbacksCompleted"_s,
         [](const BucketMetrics &t, qint64) -> Value { return t.callbacksCompleted; }},
        {u"queue.callbackConversionRate"_s,
         [](const BucketMetrics &t, qint64) { return ratio(t.callbacksAccepted, t.callbacksOffered); }},
    };
    return defs;
}

const QHash<QString, Getter> &metricIndex()
{
    static const QHash<QString, Getter> index = [] {
        QHash<QString, Getter> h;
        for (const MetricDef &d : metricDefs())
            h.insert(d.name, d.get);
        return h;
    }();
    return index;
}

} // namespace

std::optional<double> MetricsWindow::value(const QString &metric) const
{
    const auto it = metricIndex().constFind(metric);
    if (it == metricIndex().cend())
        return std::nullopt;
    return (*it)(m_totals, m_windowSeconds);
}

const QStringList &MetricsWindow::metricNames()
{
    static const QStringList names = [] {
        QStringList l;
        for (const MetricDef &d : metricDefs())
            l.append(d.name);
        return l;
    }();
    return names;
}

bool MetricsWindow::isMetric(const QString &metric)
{
    return metricIndex().contains(metric);
}

} // namespace holdline::sim
