#pragma once
// Calibrations and settings the prediction tests share.

#include "predict/calibration.h"
#include "predict/strategypredictor.h"

namespace holdline::predictioncases {

// An overloaded queue: 15 Erlangs on 14 agents, impatient callers.
inline predict::Calibration busyQueue()
{
    predict::Calibration c;
    c.arrivalsPerHour = 450;
    c.agents = 14;
    c.handleSeconds = 120;
    c.patienceSeconds = 120;
    c.serviceLevelSeconds = 20;
    c.offered = 3200;
    c.abandoned = 300;
    c.confidence = predict::Calibration::Confidence::Good;
    return c;
}

// A loaded but well-staffed queue: 10 Erlangs on 12 agents. It meets an
// 80 %-in-20 s goal without callbacks, so an early activation only costs them.
inline predict::Calibration steadyQueue()
{
    predict::Calibration c;
    c.arrivalsPerHour = 300;
    c.agents = 12;
    c.handleSeconds = 120;
    c.patienceSeconds = 120;
    c.serviceLevelSeconds = 20;
    c.offered = 2400;
    c.abandoned = 80;
    c.confidence = predict::Calibration::Confidence::Good;
    return c;
}

// Small and quick: for tests of the wiring, not of the figures.
inline predict::PredictionSettings quickSettings()
{
    predict::PredictionSettings s;
    s.replications = 3;
    s.windowSeconds = 2 * 3600;
    s.warmUpSeconds = 1800;
    s.drainSeconds = 1800;
    return s;
}

} // namespace holdline::predictioncases
