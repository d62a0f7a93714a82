// PLACEHOLDER until the simulation lands (issue 4).
#include "sim/queuesimulation.h"

namespace holdline::sim {
struct QueueSimulation::Impl { QueueProfile profile; SimStrategy strategy; qint64 now; std::vector<BucketMetrics> buckets; };
QueueSimulation::QueueSimulation(QueueProfile profile, SimStrategy strategy, quint64, qint64 startSecs)
    : d(new Impl{std::move(profile), strategy, startSecs, {}}) {}
QueueSimulation::~QueueSimulation() = default;
const QueueProfile &QueueSimulation::profile() const { return d->profile; }
SimStrategy QueueSimulation::strategy() const { return d->strategy; }
void QueueSimulation::setStrategy(const SimStrategy &s) { d->strategy = s; }
void QueueSimulation::runUntil(qint64 secs) { d->now = qMax(d->now, secs); }
qint64 QueueSimulation::now() const { return d->now; }
const std::vector<BucketMetrics> &QueueSimulation::buckets() const { return d->buckets; }
int QueueSimulation::waitingNow() const { return 0; }
} // namespace holdline::sim
