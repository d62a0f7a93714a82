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
