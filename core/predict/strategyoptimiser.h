#pragma once

#include "deploy/thresholdadvisor.h"
#include "model/servicegoal.h"
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
    enum class Outcome {
        MeetsTargets,     // best: fewest callbacks offered among the strategies meeting every target
        NoneMeets,        // best: the strategy closest to meeting them
        BestAnswerRate,   // no target at all (no goal, no pack's): best answer rate
        NothingAllowed,   // no candidate passes the rules: best is empty
        NotEnoughTraffic, // the calibration saw too few contacts: nothing simulated
        Cancelled,
    };
    Outcome outcome = Outcome::NothingAllowed;
    std::optional<Candidate> best;
    std::optional<Candidate> current; // the strategy it started from, predicted alike (for the trade)
    QList<Candidate> tried;           // in the order tried
    int contacts = 0;                 // offered in the calibration window: the evidence
    int minContacts = 0;              // what the evidence gate asked for
    std::optional<ServiceGoal> goal;  // the supervisor's goal it aimed at, if any
};

// The advisor's search (issue 18): the strategy that meets the service
// targets — the supervisor's goal and every pack in force — with the fewest
// callbacks offered, i.e. the latest activation and offer that still meet
// them. Tries every position threshold with callbacks as they are, the same
// without the time offer, and callbacks off; all on the same callers (common
// random numbers), so the ranking is not noise. When nothing meets the
// targets it returns the strategy that comes closest without answering fewer
// callers than the current one, and says so. Without
// any target (no goal, no pack's) it falls back to the best answer rate.
// No simulation at all from a calibration of fewer than minContacts contacts.
class StrategyOptimiser
{
public:
    struct Settings
    {
        int maxPositionThreshold = 30;
        double answerRateTie = 0.002; // answer rates this close count as equal
        // Callback rates this close (per hour, or this share) count as equal;
        // the higher threshold, then the smaller change, wins the tie.
        double callbacksTiePerHour = 0.5;
        double callbacksTieShare = 0.03;
        double marginTiePoints = 0.1; // shortfalls this close count as equal
        // When nothing meets the targets, never advise a strategy predicted to
        // answer fewer callers than the current one by more than this (a
        // share): a target's share can look better by sending callers to
        // voicemail at the hard limit.
        double answerRateGuard = 0.005;
        int minContacts = 20;
        std::optional<ServiceGoal> goal = ServiceGoal{};
        PredictionSettings prediction;
    };

    // The validator must outlive the optimiser.
    StrategyOptimiser(const StrategyValidator &validator, QDate asOf, Settings settings);

    OptimiserResult optimise(const Calibration &calibration, const WaitStrategy &current,
                             const std::atomic_bool *cancel = nullptr) const;

private:
    // Predicts a strategy and judges it against `findings` (the validator's
    // for it) and the goal; nullopt when cancelled.
    std::optional<Candidate> evaluate(const StrategyPredictor &predictor, const WaitStrategy &strategy,
                                      QList<Finding> findings, const std::atomic_bool *cancel) const;

    const StrategyValidator *m_validator;
    QDate m_asOf;
    Settings m_settings;
};

// For a supervisor: what the optimiser advises and what it trades, e.g.
// "Threshold 10 → 14 meets every target (80 % answered within 20 s, ≤ 5 %
// abandoned) with 14 callbacks offered an hour instead of 31."
QString describeOptimisation(const OptimiserResult &result);
// The advice the result amounts to (no change unless its best differs from current).
deploy::Advice adviceFrom(const OptimiserResult &result, const WaitStrategy &current);

// The optimiser behind the deploy engine's advisor interface. advise()
// simulates (seconds for a large queue): call it off the GUI thread.
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
