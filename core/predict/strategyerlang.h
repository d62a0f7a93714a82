#pragma once

#include "model/waitstrategy.h"
#include "predict/calibration.h"
#include "predict/predictionstats.h"
#include "predict/targetevaluation.h"

#include <QList>
#include <QMap>

#include <array>

namespace holdline::predict {

// Every Metric of a strategy, predicted analytically: immediate, no confidence interval.
struct StrategyErlangResult
{
    bool stable = true; // false: the line was cut short (waits would grow without bound)
    std::array<double, std::size_t(Metric::Count)> values{};
    QMap<int, double> answeredWithin; // seconds -> answered live within them / offered

    double value(Metric metric) const { return values[std::size_t(metric)]; }
};

// Erlang A (M/M/n+M) with the wait strategy's mechanics of CONTRACT.md §2.4,
// for the editor's first answer while the simulation runs:
// - the position offer thins arrivals joining beyond the thresholds (a
//   state-dependent birth rate of the birth–death chain);
// - a tagged caller's way down the line is followed in time (uniformisation),
//   so the time offer at abandonmentThreshold and the hard limit at
//   maxHoldTime act on exactly the callers still waiting then;
// - the callers taken out of the line that way, and the callbacks' work
//   filling the agents' idle time, feed back into the chain (a fixed point).
// An approximation: callers ahead leave at exponential rates, and callbacks
// fill idle agents as a Poisson stream, so with many callbacks taken the
// service level reads high (up to ~10 points; answer and abandon rates stay
// within ~1-2, tests/predict/tst_strategyerlang.cpp). The simulation is the
// authority; this one moves with every keystroke.
// A time-of-day calibration is evaluated half-hour by half-hour, weighted by
// arrivals. `withinSeconds`: extra "answered within" points (service targets).
StrategyErlangResult strategyErlang(const Calibration &calibration, const WaitStrategy &strategy,
                                    const QList<int> &withinSeconds = {});

// A policy's targets judged on a strategyErlang() result; its answeredWithin
// must hold every target's seconds.
TargetPredictor strategyErlangTargets(const StrategyErlangResult &result);
// The seconds of every AnsweredWithin target among findings.
QList<int> targetSeconds(const QList<Finding> &findings);

} // namespace holdline::predict
