#include "predict/strategyoptimiser.h"

#include "common/clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline::predict {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictiveAdvisor)
};

// Better means: allowed first; then meeting the targets (and, among those, the
// higher threshold); else the smaller shortfall; without targets the answer rate.
bool better(const Candidate &a, const Candidate &b, bool hasTargets, double tie)
{
    if (a.allowed != b.allowed)
        return a.allowed;
    if (hasTargets) {
        if (a.meetsTargets != b.meetsTargets)
            return a.meetsTargets;
        if (!a.meetsTargets && std::abs(a.worstMarginPoints - b.worstMarginPoints) > 1e-9)
            return a.worstMarginPoints > b.worstMarginPoints;
        return a.strategy.positionThreshold > b.strategy.positionThreshold;
    }
    if (std::abs(a.answerRate - b.answerRate) > tie)
        return a.answerRate > b.answerRate;
    return a.strategy.positionThreshold > b.strategy.positionThreshold;
}
} // namespace

StrategyOptimiser::StrategyOptimiser(const StrategyValidator &validator, QDate asOf, Settings settings)
    : m_validator(&validator)
    , m_asOf(asOf)
    , m_settings(settings)
{
}

OptimiserResult StrategyOptimiser::optimise(const Calibration &calibration, const WaitStrategy &current,
                                            const std::atomic_bool *cancel) const
{
    OptimiserResult result;
    const StrategyPredictor predictor(calibration.profile(), m_settings.prediction);
    int cap = m_settings.maxPositionThreshold;
    if (const auto limit = m_validator->tenantLimits().maxPositionThreshold)
        cap = std::min(cap, *limit);
    bool hasTargets = false;
    for (int threshold = 1; threshold <= std::max(1, cap); ++threshold) {
        Candidate c;
        c.strategy = current;
        c.strategy.positionThreshold = threshold;
        c.strategy.callbackPositionThreshold = std::min(current.callbackPositionThreshold, threshold);
        const QList<Finding> findings = m_validator->validate(c.strategy, m_asOf);
        c.allowed = !hasErrors(findings);
        if (c.allowed) {
            const std::optional<StrategyOutcome> outcome = predictor.predict(toSimStrategy(c.strategy), cancel);
            if (!outcome)
                return {};
            c.answerRate = outcome->estimate(Metric::AnswerRate).mean;
            c.callbacksOfferedPerHour = outcome->estimate(Metric::CallbacksOfferedPerHour).mean;
            c.verdicts = evaluateTargets(findings, simulationTargets(*outcome));
            c.meetsTargets = allTargetsMet(c.verdicts);
            c.worstMarginPoints = worstMargin(c.verdicts);
            hasTargets = hasTargets || std::isfinite(c.worstMarginPoints);
        }
        result.tried.append(c);
    }
    for (const Candidate &c : std::as_const(result.tried)) {
        if (c.allowed && (!result.best || better(c, *result.best, hasTargets, m_settings.answerRateTie)))
            result.best = c;
    }
    return result;
}

PredictiveAdvisor::PredictiveAdvisor(const StrategyValidator &validator, StrategyOptimiser::Settings settings)
    : m_validator(&validator)
    , m_settings(settings)
{
}

QString PredictiveAdvisor::name() const
{
    return Text::tr("What-if optimiser");
}

deploy::Advice PredictiveAdvisor::advise(const deploy::AdvisorInput &input) const
{
    deploy::Advice advice;
    advice.suggested = input.current;
    if (!m_calibration || m_calibration->confidence == Calibration::Confidence::None) {
        advice.reason = Text::tr("No calibration from recent metrics: nothing to predict from.");
        return advice;
    }
    const QDate asOf = input.tenantTime.isValid() ? input.tenantTime.date() : Clock::system()->utcNow().date();
    const StrategyOptimiser optimiser(*m_validator, asOf, m_settings);
    const OptimiserResult result = optimiser.optimise(*m_calibration, input.current);
    if (!result.best) {
        advice.reason = Text::tr("No position threshold passes the active rules.");
        return advice;
    }
    const Candidate &best = *result.best;
    advice.suggested = best.strategy;
    advice.change = !(best.strategy == input.current);
    advice.direction = best.strategy.positionThreshold < input.current.positionThreshold ? -1
        : best.strategy.positionThreshold > input.current.positionThreshold              ? 1
                                                                                          : 0;
    const QString rate = QString::number(best.answerRate * 100, 'f', 1) + u'%';
    if (best.verdicts.isEmpty())
        advice.reason = Text::tr("Threshold %1 gives the best predicted answer rate (%2).")
                            .arg(best.strategy.positionThreshold).arg(rate);
    else if (best.meetsTargets)
        advice.reason = Text::tr("Threshold %1 is the highest that still meets every service target "
                                 "(worst margin %2 points; predicted answer rate %3).")
                            .arg(best.strategy.positionThreshold)
                            .arg(best.worstMarginPoints, 0, 'f', 1)
                            .arg(rate);
    else
        advice.reason = Text::tr("No threshold meets every service target; %1 comes closest (short by %2 points).")
                            .arg(best.strategy.positionThreshold)
                            .arg(-best.worstMarginPoints, 0, 'f', 1);
    return advice;
}

} // namespace holdline::predict
