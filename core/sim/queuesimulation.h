#pragma once

#include "sim/bucketmetrics.h"
#include "sim/queueprofile.h"
#include "sim/simstrategy.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace holdline::sim {

// Discrete-event simulation of one queue implementing CONTRACT.md §2.4
// exactly. Deterministic for a seed. Time is UTC seconds since the epoch.
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

    // Advances the simulation; never goes backwards.
    void runUntil(qint64 secs);
    qint64 now() const;

    // Every 5-minute bucket from the start up to now (the last may be partial).
    const std::vector<BucketMetrics> &buckets() const;

    int waitingNow() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace holdline::sim
