#pragma once

#include "sim/bucketmetrics.h"
#include "sim/queueprofile.h"
#include "sim/simstrategy.h"
#include "sim/simtrace.h"

#include <QtGlobal>

#include <memory>
#include <span>
#include <vector>

namespace holdline::sim {

// Discrete-event simulation of one queue implementing CONTRACT.md §2.4
// exactly. Deterministic for a seed. Time is UTC seconds since the epoch.
// Not thread-safe; independent simulations may run on different threads.
//
// Modelling choices where the contract is silent:
// - Position and activation are counted with the joining caller included: a
//   caller joining as number p is in an active queue when p > positionThreshold
//   and gets a position offer when also p > callback.positionThreshold.
// - The time offer is checked once, at the instant the caller has waited
//   abandonmentThreshold seconds; the strategy must be active at that instant.
//   A caller may get both a position and a time offer (each rule offers once);
//   callbacksOffered counts offers.
// - Announced wait = position x handleTimeMeanSeconds / agents staffed (>= 1);
//   P(accept) from the QueueProfile's callbackAccept* fields.
// - Max-hold exits count in maxHoldExits only (never in callbacksOffered /
//   Accepted / Completed); one that left to a callback (callbacks enabled,
//   whether or not the strategy is active: it is no offer) also counts as
//   answered when that callback reaches an agent; one sent to voicemail is
//   neither answered nor abandoned. maxHoldTime <= 0 means no limit.
// - A free agent takes the head of the line first; pending callbacks (accepted
//   offers and max-hold exits alike, FIFO) are served only when no live caller
//   waits. Callbacks never abandon; their handle time is the caller's own.
// - When staffing drops, busy agents finish their call before leaving;
//   agentSecondsStaffed follows the staffing schedule.
// - Every caller draws patience, handle time and two acceptance uniforms from
//   separate streams at arrival, whatever happens to them, so two runs with the
//   same seed (or a clone()) and different strategies meet the same callers:
//   comparisons use common random numbers.
class QueueSimulation
{
public:
    QueueSimulation(QueueProfile profile, SimStrategy strategy, quint64 seed, qint64 startSecs);
    ~QueueSimulation();
    QueueSimulation(const QueueSimulation &) = delete;
    QueueSimulation &operator=(const QueueSimulation &) = delete;

    const QueueProfile &profile() const;
    SimStrategy strategy() const;
    // Applies from the simulation's current instant on.
    void setStrategy(const SimStrategy &strategy);
    // mediaSettings.call.serviceLevel; applies to contacts answered from now on.
    void setServiceLevelSeconds(int seconds);

    // Advances the simulation; never goes backwards.
    void runUntil(qint64 secs);
    qint64 now() const;
    qint64 startSecs() const;

    // Every 5-minute bucket from the start up to now (the last may be partial).
    const std::vector<BucketMetrics> &buckets() const;
    // The buckets whose start lies in [fromSecs, toSecs), clipped to what exists.
    std::span<const BucketMetrics> bucketsBetween(qint64 fromSecs, qint64 toSecs) const;

    int waitingNow() const;
    int callbacksPendingNow() const;
    int agentsBusyNow() const;
    int agentsStaffedNow() const;
    bool strategyActiveNow() const;   // more than positionThreshold waiting
    quint64 contactsArrived() const;  // since the start

    // For the predictor: an exact copy of the state, random streams included,
    // so a strategy comparison from now on runs on common random numbers.
    std::unique_ptr<QueueSimulation> clone() const;
    // Replaces the random streams (future callers) with those of another seed;
    // the callers already in the system keep theirs. For independent replications.
    void reseedFuture(quint64 seed);

    // Observes every step (tests, diagnostics); an empty function turns it off.
    void setTrace(SimTraceFunction trace);

private:
    QueueSimulation();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace holdline::sim
