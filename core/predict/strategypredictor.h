#pragma once

#include "model/waitstrategy.h"
#include "predict/predictionstats.h"
#include "sim/queueprofile.h"
#include "sim/simstrategy.h"

#include <atomic>
#include <optional>

namespace holdline::predict {

struct PredictionSettings
{
    int replications = 8;
    quint64 seed = 1;
    // Measured window; the simulation starts warmUpSeconds earlier and runs
    // drainSeconds later so that the window's contacts have their outcome.
    qint64 startSecs = 1763942400;   // a Monday 00:00 UTC: only the time of day matters
    qint64 windowSeconds = 8 * 3600;
    qint64 warmUpSeconds = 3600;
    qint64 drainSeconds = 3600;
};

sim::SimStrategy toSimStrategy(const WaitStrategy &strategy);

// Predicts a strategy's outcome with the sandbox's discrete-event simulation
// (CONTRACT.md §2.4, callbacks and max-hold exits included) on a calibrated
// profile: independent replications give the confidence intervals, and every
// strategy meets the same callers in replication i (common random numbers).
// Thread-safe to use from one thread at a time; cheap to copy.
class StrategyPredictor
{
public:
    StrategyPredictor(sim::QueueProfile profile, PredictionSettings settings);

    const PredictionSettings &settings() const { return m_settings; }
    const sim::QueueProfile &profile() const { return m_profile; }

    // std::nullopt when *cancel became true on the way (checked every half hour simulated).
    std::optional<StrategyOutcome> predict(const sim::SimStrategy &strategy,
                                           const std::atomic_bool *cancel = nullptr) const;
    std::optional<Comparison> compare(const sim::SimStrategy &current, const sim::SimStrategy &edited,
                                      const std::atomic_bool *cancel = nullptr) const;
    // One replication (i selects the seed).
    std::optional<Replication> replicate(const sim::SimStrategy &strategy, int i,
                                         const std::atomic_bool *cancel = nullptr) const;

private:
    sim::QueueProfile m_profile;
    PredictionSettings m_settings;
};

} // namespace holdline::predict
