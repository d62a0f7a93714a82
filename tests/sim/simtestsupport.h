#pragma once

// Shared by the tests of core/sim: flat profiles, a trace recorder, and a
// field-by-field comparison of buckets.
#include "sim/queuesimulation.h"

#include <QString>

#include <vector>

namespace holdline::sim::test {

inline constexpr qint64 day = 86400;
inline constexpr qint64 monday = 1763942400; // 2025-11-24 00:00 UTC, a Monday

// The same rate and staffing every half-hour of every day.
inline QueueProfile flatProfile(double arrivalsPerHour, int agents, double handleSeconds, double patienceSeconds)
{
    QueueProfile p;
    p.id = QStringLiteral("q-test-01");
    p.name = QStringLiteral("Test");
    p.weekdayArrivalsPerHour.fill(arrivalsPerHour);
    p.weekendArrivalsPerHour.fill(arrivalsPerHour);
    p.weekdayAgents.fill(agents);
    p.weekendAgents.fill(agents);
    p.handleTimeMeanSeconds = handleSeconds;
    p.patienceMeanSeconds = patienceSeconds;
    return p;
}

// Records every trace event of a simulation.
struct TraceLog
{
    std::vector<SimTraceEvent> events;
    void attach(QueueSimulation &sim)
    {
        sim.setTrace([this](const SimTraceEvent &e) { events.push_back(e); });
    }
    int count(SimTraceEvent::Kind kind) const
    {
        int n = 0;
        for (const SimTraceEvent &e : events)
            n += e.kind == kind;
        return n;
    }
};

inline bool sameBucket(const BucketMetrics &a, const BucketMetrics &b)
{
    return a.startSecs == b.startSecs && a.offered == b.offered && a.answered == b.answered
        && a.answeredLive == b.answeredLive && a.answeredLiveWithinServiceLevel == b.answeredLiveWithinServiceLevel
        && a.abandoned == b.abandoned && a.maxHoldExits == b.maxHoldExits && a.callbacksOffered == b.callbacksOffered
        && a.callbacksAccepted == b.callbacksAccepted && a.callbacksCompleted == b.callbacksCompleted
        && a.liveWaitSecondsSum == b.liveWaitSecondsSum && a.handleSecondsSum == b.handleSecondsSum
        && a.agentSecondsStaffed == b.agentSecondsStaffed && a.abandonedWaitSecondsSum == b.abandonedWaitSecondsSum
        && a.lineWaitSecondsSum == b.lineWaitSecondsSum;
}

inline bool sameBuckets(const std::vector<BucketMetrics> &a, const std::vector<BucketMetrics> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!sameBucket(a[i], b[i]))
            return false;
    }
    return true;
}

} // namespace holdline::sim::test
