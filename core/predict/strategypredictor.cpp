#include "predict/strategypredictor.h"

#include "sim/queuesimulation.h"
#include "sim/simrandom.h"

#include <algorithm>
#include <cmath>

namespace holdline::predict {

namespace {
constexpr std::size_t waitBins = 3601; // one per second up to an hour, then "longer"
constexpr qint64 step = 1800;
} // namespace

sim::SimStrategy toSimStrategy(const WaitStrategy &s)
{
    return {s.positionThreshold, s.callbackEnabled, s.callbackPositionThreshold, s.abandonmentThreshold,
            s.maxHoldTime};
}

StrategyPredictor::StrategyPredictor(sim::QueueProfile profile, PredictionSettings settings)
    : m_profile(std::move(profile))
    , m_settings(settings)
{
}

std::optional<Replication> StrategyPredictor::replicate(const sim::SimStrategy &strategy, int i,
                                                        const std::atomic_bool *cancel) const
{
    // Seeds of replications are far apart, and the same for every strategy.
    quint64 state = m_settings.seed * 0x9E3779B97F4A7C15ULL + quint64(i);
    const quint64 seed = sim::splitMix64(state);
    const qint64 from = m_settings.startSecs;
    const qint64 to = from + m_settings.windowSeconds;
    sim::QueueSimulation sim(m_profile, strategy, seed, from - m_settings.warmUpSeconds);

    Replication r;
    r.hours = double(m_settings.windowSeconds) / 3600.0;
    r.liveWaits.assign(waitBins, 0);
    sim.setTrace([&r, from, to](const sim::SimTraceEvent &e) {
        if (e.kind != sim::SimTraceEvent::Kind::AnsweredLive)
            return;
        const double arrived = e.timeSecs - e.waitedSeconds;
        if (arrived < double(from) || arrived >= double(to))
            return;
        const auto bin = std::size_t(std::clamp(std::ceil(e.waitedSeconds - 1e-9), 0.0, double(waitBins - 1)));
        ++r.liveWaits[bin];
    });
    const qint64 end = to + m_settings.drainSeconds;
    for (qint64 t = sim.now(); t < end;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        t = std::min(end, t + step);
        sim.runUntil(t);
    }
    r.totals = sim::MetricsWindow(sim.bucketsBetween(from, to), m_settings.windowSeconds).totals();
    return r;
}

std::optional<StrategyOutcome> StrategyPredictor::predict(const sim::SimStrategy &strategy,
                                                          const std::atomic_bool *cancel) const
{
    StrategyOutcome outcome;
    for (int i = 0; i < std::max(1, m_settings.replications); ++i) {
        std::optional<Replication> r = replicate(strategy, i, cancel);
        if (!r)
            return std::nullopt;
        outcome.runs.push_back(std::move(*r));
    }
    return outcome;
}

std::optional<Comparison> StrategyPredictor::compare(const sim::SimStrategy &current, const sim::SimStrategy &edited,
                                                     const std::atomic_bool *cancel) const
{
    Comparison c;
    // Interleaved, so a cancelled comparison stops early whatever its size.
    for (int i = 0; i < std::max(1, m_settings.replications); ++i) {
        std::optional<Replication> a = replicate(current, i, cancel);
        std::optional<Replication> b = a ? replicate(edited, i, cancel) : std::nullopt;
        if (!b)
            return std::nullopt;
        c.current.runs.push_back(std::move(*a));
        c.edited.runs.push_back(std::move(*b));
    }
    return c;
}

} // namespace holdline::predict
