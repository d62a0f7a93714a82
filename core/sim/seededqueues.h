#pragma once

#include "sim/queueprofile.h"
#include "sim/simstrategy.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace holdline::sim {

// When a seeded queue's site takes calls, on its local clock (UTC plus
// profile.utcOffsetMinutes).
struct SeededHours
{
    bool roundTheClock = false;
    bool weekends = true;            // open on Saturday and Sunday too
    int openMinute = 7 * 60;         // local, when not round the clock
    int closeMinute = 20 * 60;
};

struct SeededQueue
{
    QueueProfile profile;
    SeededHours hours;
    SimStrategy initialStrategy;
    // Tenant data a queue object carries besides its strategy (CONTRACT.md §2.2).
    QString description;
    QString divisionName;
    QStringList skills;
};

// A tenant's worth of varied, realistic queues (2 to 80 agents; healthy,
// overloaded, lunchtime peaks, round-the-clock lines, quieter or closed
// weekends) at sites in the Americas, Europe and Asia-Pacific, each on its
// local hours, so that at every hour of the UTC day many queues take calls;
// the same for the same seed. Ids are unique, [A-Za-z0-9_.-], at
// most 64 characters; each initial strategy passes the contract's ranges
// (callback.positionThreshold <= waitStrategy.positionThreshold <= 30,
// maxHoldTime <= 1800 and above abandonmentThreshold).
QList<SeededQueue> makeSeededQueues(int count = 40, quint64 seed = 1);

// "UTC-05:00", "UTC+05:30": a fixed offset's name.
QString utcOffsetName(int minutes);

} // namespace holdline::sim
