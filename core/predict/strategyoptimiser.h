#pragma once

#include "deploy/thresholdadvisor.h"
#include "model/strategyvalidator.h"
#include "predict/calibration.h"
#include "predict/strategypredictor.h"
#include "predict/targetevaluation.h"

#include <QDate>
#include <QList>

#include <optional>

namespace holdline::predict {

// One strategy the optimiser tried, with what it predicted.
struct Candidate
{
    WaitStrategy strategy;
    bool allowed = false;       // no Error finding from the validator
    bool meetsTargets = false;  // every in-effect service target met
    double answerRate = 0;
    double callbacksOfferedPerHour = 0;
    double worstMarginPoints = 0;
    QList<TargetVerdict> verdicts;
};

struct OptimiserResult
{
    std::optional<Candidate> best;   // nullopt: no allowed candidate at all
    QList<Candidate> tried;          // in the order tried
};

// Searches the position threshold (callback position kept within it) for the
// best predicted outcome that every active rule allows:
// - with service targets: the highest threshold that still meets them all
//   (fewest needless callbacks); when none does, the one closest to doing so;
// - without: the highest answer rate, the higher threshold on a near tie.
// Every candidate runs on the same callers (common random numbers), so the
// ranking is not noise.
class StrategyOptimiser
{
public:
    struct Settings
    {
        int maxPositionThreshold = 30;
        double answerRateTie = 0.002; // answer rates this close count as equal
        PredictionSettings prediction;
    };

    // The validator must outlive the optimiser.
    StrategyOptimiser(const StrategyValidator &validator, QDate asOf, Settings settings);

    OptimiserResult optimise(const Calibration &calibration, const WaitStrategy &current,
                             const std::atomic_bool *cancel = nullptr) const;

private:
    const StrategyValidator *m_validator;
    QDate m_asOf;
    Settings m_settings;
};

// The optimiser behind the deploy engine's advisor interface: a suggestion
// offered beside the answer-rate rule. advise() simulates (about a second for
// a large queue): call it off the GUI thread.
class PredictiveAdvisor final : public deploy::ThresholdAdvisor
{
public:
    PredictiveAdvisor(const StrategyValidator &validator, StrategyOptimiser::Settings settings = {});

    void setCalibration(const Calibration &calibration) { m_calibration = calibration; }

    QString name() const override;
    deploy::Advice advise(const deploy::AdvisorInput &input) const override;

private:
    const StrategyValidator *m_validator;
    StrategyOptimiser::Settings m_settings;
    std::optional<Calibration> m_calibration;
};

} // namespace holdline::predict
