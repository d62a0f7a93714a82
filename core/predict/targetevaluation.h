#pragma once

#include "model/finding.h"
#include "predict/predictionstats.h"
#include "sim/erlang.h"

#include <QList>

#include <functional>

namespace holdline::predict {

// A policy pack's service-level rule (a NeedsPrediction finding) checked
// against a prediction: the "needs a prediction" replaced by a verdict.
struct TargetVerdict
{
    Finding finding;             // the NeedsPrediction finding it answers
    bool pass = false;           // the predicted mean meets the target
    bool certain = false;        // ... and the whole confidence interval agrees
    double predictedPercent = 0; // answered within T, or abandoned, in %
    double halfWidthPercent = 0; // its 95 % confidence half-width (0 for Erlang A)
    double marginPoints = 0;     // how far better (> 0) or worse (< 0) than required
    QString message;             // for a supervisor
};

// The predicted share for a target, in 0..1.
using TargetPredictor = std::function<Estimate(const ServiceTarget &target)>;

TargetPredictor simulationTargets(const StrategyOutcome &outcome);
// Erlang A: no callbacks, no max-hold limit; immediate, for a first answer.
TargetPredictor erlangTargets(const sim::ErlangInput &input);

// A verdict for every finding that carries a target, in order.
QList<TargetVerdict> evaluateTargets(const QList<Finding> &findings, const TargetPredictor &predict);

// The findings with each NeedsPrediction finding replaced by its verdict: a
// target missed becomes an Error (a Warning while its pack is not yet in
// effect), a target met disappears. Other findings are kept as they are.
QList<Finding> resolveTargets(const QList<Finding> &findings, const QList<TargetVerdict> &verdicts);

// True when every verdict of a pack in effect passes.
bool allTargetsMet(const QList<TargetVerdict> &verdicts);
// The worst margin among targets in effect (points); +infinity when none.
double worstMargin(const QList<TargetVerdict> &verdicts);

} // namespace holdline::predict
