// PLACEHOLDER until the simulation lands (issue 4).
#include "sim/seededqueues.h"

namespace holdline::sim {
QList<SeededQueue> makeSeededQueues(int count, quint64)
{
    QList<SeededQueue> queues;
    for (int i = 0; i < count; ++i) {
        SeededQueue q;
        q.profile.id = QStringLiteral("q-placeholder-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        q.profile.name = QStringLiteral("Placeholder %1").arg(i + 1);
        q.profile.weekdayAgents.fill(10);
        q.profile.weekendAgents.fill(5);
        q.profile.weekdayArrivalsPerHour.fill(100);
        q.profile.weekendArrivalsPerHour.fill(50);
        queues.append(q);
    }
    return queues;
}
} // namespace holdline::sim
