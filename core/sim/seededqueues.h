#pragma once

#include "sim/queueprofile.h"
#include "sim/simstrategy.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace holdline::sim {

struct SeededQueue
{
    QueueProfile profile;
    SimStrategy initialStrategy;
    // Tenant data a queue object carries besides its strategy (CONTRACT.md §2.2).
    QString description;
    QString divisionName;
    QStringList skills;
};

// A tenant's worth of varied, realistic queues (2 to 80 agents; healthy,
// overloaded, lunchtime peaks, round-the-clock lines, quieter or closed
// weekends), the same for the same seed. Ids are unique, [A-Za-z0-9_.-], at
// most 64 characters; each initial strategy passes the contract's ranges
// (callback.positionThreshold <= waitStrategy.positionThreshold <= 30,
// maxHoldTime <= 1800 and above abandonmentThreshold).
QList<SeededQueue> makeSeededQueues(int count = 40, quint64 seed = 1);

} // namespace holdline::sim
