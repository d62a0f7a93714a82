#pragma once

#include "predict/calibration.h"
#include "predict/strategypredictor.h"
#include "sim/simstrategy.h"

#include <atomic>
#include <optional>

namespace holdline::predict {

// Refines a calibration's mean patience by replaying its own window: the
// simulation, run with the strategy that was in force, must lose as many
// callers as the window did. The identity P(abandon) ~ E[wait] / patience
// gives the start; the replay corrects what it cannot see (the abandoners'
// own waits, callbacks taking callers out of the line, max-hold exits).
// Bisection on log(patience) over common random numbers, so the simulated
// abandonment is a smooth, monotone function of patience.
class PatienceFit
{
public:
    struct Settings
    {
        int replications = 2;
        int iterations = 10;
        double range = 4;          // search [start / range, start x range]
        qint64 windowStartSecs = 1763942400; // a Monday: only the time of day matters
        quint64 seed = 7;
    };

    // Unchanged (with a note) when there is too little abandonment to fit;
    // nullopt when cancelled.
    static std::optional<Calibration> fit(const Calibration &calibration, const sim::SimStrategy &strategy,
                                          const Settings &settings, const std::atomic_bool *cancel = nullptr);
    static std::optional<Calibration> fit(const Calibration &calibration, const sim::SimStrategy &strategy)
    {
        return fit(calibration, strategy, Settings{});
    }
};

} // namespace holdline::predict
