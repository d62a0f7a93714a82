#pragma once

#include "sim/queuesimulation.h"
#include "sim/seededqueues.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace holdline::sandbox {

// The tenant's simulated queues, one QueueSimulation each, brought up to the
// simulated clock lazily: whoever needs current data calls advanceTo() first.
class SimulationHost
{
public:
    SimulationHost() = default;

    // Starts every queue at startSecs; each gets its own seed derived from seed.
    void create(const QList<sim::SeededQueue> &queues, quint64 seed, qint64 startSecs);
    void advanceTo(qint64 secs);
    qint64 startSecs() const { return m_startSecs; }

    sim::QueueSimulation *queue(const QString &id) const;
    // From the simulation's current instant on (advance first).
    void setStrategy(const QString &id, const sim::SimStrategy &strategy);

private:
    std::vector<std::unique_ptr<sim::QueueSimulation>> m_sims;
    QHash<QString, sim::QueueSimulation *> m_byId;
    qint64 m_startSecs = 0;
};

} // namespace holdline::sandbox
