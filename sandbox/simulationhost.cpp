#include "sandbox/simulationhost.h"

namespace holdline::sandbox {

namespace {
quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

void SimulationHost::create(const QList<sim::SeededQueue> &queues, quint64 seed, qint64 startSecs)
{
    m_startSecs = startSecs;
    quint64 index = 0;
    for (const sim::SeededQueue &q : queues) {
        auto simulation = std::make_unique<sim::QueueSimulation>(q.profile, q.initialStrategy,
                                                                 splitmix64(seed ^ splitmix64(++index)), startSecs);
        m_byId.insert(q.profile.id, simulation.get());
        m_sims.push_back(std::move(simulation));
    }
}

void SimulationHost::advanceTo(qint64 secs)
{
    for (const auto &simulation : m_sims) {
        if (simulation->now() < secs)
            simulation->runUntil(secs);
    }
}

sim::QueueSimulation *SimulationHost::queue(const QString &id) const
{
    return m_byId.value(id);
}

void SimulationHost::setStrategy(const QString &id, const sim::SimStrategy &strategy)
{
    if (auto *simulation = queue(id))
        simulation->setStrategy(strategy);
}

} // namespace holdline::sandbox
