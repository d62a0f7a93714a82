#pragma once

#include "sim/queueprofile.h"
#include "sim/simstrategy.h"

#include <QList>

namespace holdline::sim {

struct SeededQueue
{
    QueueProfile profile;
    SimStrategy initialStrategy;
};

// A tenant's worth of varied, realistic queues (2 to 80 agents; healthy,
// overloaded, lunchtime peaks), the same for the same seed.
QList<SeededQueue> makeSeededQueues(int count, quint64 seed);

} // namespace holdline::sim
