#include "predict/strategyoptimiser.h"

#include "common/clock.h"
#include "model/strategydiff.h"

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

using Outcome = OptimiserResult::Outcome;

int changedFields(const WaitStrategy &from, const WaitStrategy &to)
{
    return int(diffStrategies(from, to).size());
}

// Callback rates within the tie tolerance count as equal.
bool clearlyFewerCallbacks(const Candidate &a, const Candidate &b, const StrategyOptimiser::Settings &s)
{
    const double tolerance = std::max(s.callbacksTiePerHour,
                                      s.callbacksTieShare * std::max(a.callbacksOfferedPerHour, b.callbacksOfferedPerHour));
    return a.callbacksOfferedPerHour < b.callbacksOfferedPerHour - tolerance;
}

// Among strategies meeting every target: fewer callbacks offered; on a tie
// the smaller change from the current strategy, then the later activation.
bool fewerCallbacks(const Candidate &a, const Candidate &b, const WaitStrategy &current,
                    const StrategyOptimiser::Settings &s)
{
    if (clearlyFewerCallbacks(a, b, s) || clearlyFewerCallbacks(b, a, s))
        return clearlyFewerCallbacks(a, b, s);
    const int ca = changedFields(current, a.strategy), cb = changedFields(current, b.strategy);
    if (ca != cb)
        return ca < cb;
    return a.strategy.positionThreshold > b.strategy.positionThreshold;
}

// Nothing meets them: the smallest shortfall; shortfalls within a tenth of a
// point are a tie (no callbacks are worth a difference the model cannot
// resolve), won by fewer callbacks, then the smaller change.
bool closer(const Candidate &a, const Candidate &b, const WaitStrategy &current, const StrategyOptimiser::Settings &s)
{
    if (std::abs(a.worstMarginPoints - b.worstMarginPoints) > s.marginTiePoints)
        return a.worstMarginPoints > b.worstMarginPoints;
    return fewerCallbacks(a, b, current, s);
}

// No target at all: the best answer rate, the higher threshold on a near tie.
bool betterAnswerRate(const Candidate &a, const Candidate &b, double tie)
{
    if (std::abs(a.answerRate - b.answerRate) > tie)
        return a.answerRate > b.answerRate;
    return a.strategy.positionThreshold > b.strategy.positionThreshold;
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + u" %"_s;
}

// The target verdict that decides: the worst margin among those in effect.
const TargetVerdict *worstVerdict(const Candidate &c)
{
    const TargetVerdict *worst = nullptr;
    for (const TargetVerdict &v : c.verdicts) {
        if (!v.finding.effectiveFrom.isValid() && (!worst || v.marginPoints < worst->marginPoints))
            worst = &v;
    }
    return worst;
}

QString strategyChange(const WaitStrategy &from, const WaitStrategy &to)
{
    const QList<FieldChange> changes = diffStrategies(from, to);
    return changes.isEmpty() ? Text::tr("The current strategy") : summarizeChanges(changes);
}

QString callbacksPerHour(double perHour)
{
    return QString::number(perHour, 'f', perHour < 10 ? 1 : 0);
}

QString targetsNamed(const OptimiserResult &r)
{
    const bool packs = r.best && std::any_of(r.best->verdicts.cbegin(), r.best->verdicts.cend(),
                                             [](const TargetVerdict &v) { return !isGoalFinding(v.finding); });
    if (r.goal && packs)
        return Text::tr("your goal (%1) and the policy packs' targets").arg(r.goal->describe());
    if (r.goal)
        return Text::tr("your goal (%1)").arg(r.goal->describe());
    return Text::tr("every service target of the policy packs in force");
}
} // namespace

StrategyOptimiser::StrategyOptimiser(const StrategyValidator &validator, QDate asOf, Settings settings)
    : m_validator(&validator)
    , m_asOf(asOf)
    , m_settings(settings)
{
}

std::optional<Candidate> StrategyOptimiser::evaluate(const StrategyPredictor &predictor, const WaitStrategy &strategy,
                                                     QList<Finding> findings, const std::atomic_bool *cancel) const
{
    Candidate c;
    c.strategy = strategy;
    c.allowed = !hasErrors(findings);
    if (m_settings.goal)
        findings += m_settings.goal->findings();
    const std::optional<StrategyOutcome> outcome = predictor.predict(toSimStrategy(strategy), cancel);
    if (!outcome)
        return std::nullopt;
    c.answerRate = outcome->estimate(Metric::AnswerRate).mean;
    c.callbacksOfferedPerHour = outcome->estimate(Metric::CallbacksOfferedPerHour).mean;
    c.verdicts = evaluateTargets(findings, simulationTargets(*outcome));
    c.meetsTargets = allTargetsMet(c.verdicts);
    c.worstMarginPoints = worstMargin(c.verdicts);
    return c;
}

OptimiserResult StrategyOptimiser::optimise(const Calibration &calibration, const WaitStrategy &current,
                                            const std::atomic_bool *cancel) const
{
    OptimiserResult result;
    result.goal = m_settings.goal;
    result.contacts = calibration.offered;
    result.minContacts = m_settings.minContacts;
    if (calibration.offered < m_settings.minContacts || calibration.confidence == Calibration::Confidence::None) {
        result.outcome = Outcome::NotEnoughTraffic;
        return result;
    }
    const StrategyPredictor predictor(calibration.profile(), m_settings.prediction);
    int cap = m_settings.maxPositionThreshold;
    if (const auto limit = m_validator->tenantLimits().maxPositionThreshold)
        cap = std::min(cap, *limit);
    cap = std::max(1, cap);

    // A hard limit that a rule forbids is brought down to the longest one allowed
    // (a cap in seconds is the usual rule): the search then starts from a strategy that may be deployed.
    WaitStrategy base = current;
    if (hasErrors(m_validator->validate(base, m_asOf))) {
        for (int seconds : {1800, 1200, 900, 600, 480, 300, 240, 180, 120, 90, 60}) {
            if (seconds >= current.maxHoldTime)
                continue;
            WaitStrategy shorter = current;
            shorter.maxHoldTime = seconds;
            if (!hasErrors(m_validator->validate(shorter, m_asOf))) {
                base = shorter;
                break;
            }
        }
    }

    // Families of strategies, each searched from the latest activation down:
    // callbacks on with the time offer as it is, on without it, and off.
    WaitStrategy on = base;
    on.callbackEnabled = true;
    QList<WaitStrategy> families{on};
    if (on.abandonmentThreshold > 0) {
        WaitStrategy noTimeOffer = on;
        noTimeOffer.abandonmentThreshold = 0;
        families.append(noTimeOffer);
    }
    WaitStrategy off = base;
    off.callbackEnabled = false;

    bool hasTargets = false;
    const auto tryStrategy = [&](const WaitStrategy &s) -> std::optional<Candidate> {
        Candidate c;
        c.strategy = s;
        QList<Finding> findings = m_validator->validate(s, m_asOf);
        c.allowed = !hasErrors(findings);
        if (c.allowed) {
            std::optional<Candidate> predicted = evaluate(predictor, s, std::move(findings), cancel);
            if (!predicted)
                return std::nullopt;
            c = *predicted;
            hasTargets = hasTargets || std::isfinite(c.worstMarginPoints);
        }
        result.tried.append(c);
        return c;
    };

    if (!tryStrategy(off)) {
        result.outcome = Outcome::Cancelled;
        return result;
    }
    for (const WaitStrategy &family : std::as_const(families)) {
        for (int threshold = cap; threshold >= 1; --threshold) {
            WaitStrategy s = family;
            s.positionThreshold = threshold;
            s.callbackPositionThreshold = std::min(current.callbackPositionThreshold, threshold);
            const std::optional<Candidate> c = tryStrategy(s);
            if (!c) {
                result.outcome = Outcome::Cancelled;
                return result;
            }
            // Lower activations only offer more callbacks: the first to meet
            // the targets is this family's answer.
            if (hasTargets && c->allowed && c->meetsTargets)
                break;
        }
    }

    const auto it = std::find_if(result.tried.cbegin(), result.tried.cend(),
                                 [&current](const Candidate &c) { return c.strategy == current && c.allowed; });
    if (it != result.tried.cend()) {
        result.current = *it;
    } else {
        result.current = evaluate(predictor, current, m_validator->validate(current, m_asOf), cancel);
        if (!result.current) {
            result.outcome = Outcome::Cancelled;
            return result;
        }
    }

    // The current strategy competes too: on a tie, nothing changes.
    QList<Candidate> pool = result.tried;
    if (it == result.tried.cend() && result.current->allowed)
        pool.append(*result.current);
    const double answeredFloor = result.current->answerRate - m_settings.answerRateGuard;
    for (const Candidate &c : std::as_const(pool)) {
        // A strategy short of the targets must not buy its closeness with answered callers.
        if (!c.allowed || (hasTargets && !c.meetsTargets && c.answerRate < answeredFloor && c.strategy != current))
            continue;
        if (!result.best) {
            result.best = c;
            continue;
        }
        const Candidate &b = *result.best;
        bool wins;
        if (!hasTargets)
            wins = betterAnswerRate(c, b, m_settings.answerRateTie);
        else if (c.meetsTargets != b.meetsTargets)
            wins = c.meetsTargets;
        else if (c.meetsTargets)
            wins = fewerCallbacks(c, b, current, m_settings);
        else
            wins = closer(c, b, current, m_settings);
        if (wins)
            result.best = c;
    }
    result.outcome = !result.best       ? Outcome::NothingAllowed
        : !hasTargets                   ? Outcome::BestAnswerRate
        : result.best->meetsTargets     ? Outcome::MeetsTargets
                                        : Outcome::NoneMeets;
    return result;
}

QString describeOptimisation(const OptimiserResult &r)
{
    switch (r.outcome) {
    case Outcome::Cancelled:
        return Text::tr("Cancelled.");
    case Outcome::NotEnoughTraffic:
        return Text::tr("Not enough traffic to judge: %n contact(s) in the calibration window; the advisor needs %1. "
                        "Pick a longer window, or wait for calls.", nullptr, r.contacts)
            .arg(r.minContacts);
    case Outcome::NothingAllowed:
        return Text::tr("No strategy the active rules allow: fix the findings first.");
    case Outcome::BestAnswerRate:
        return Text::tr("No service target to aim at: threshold %1 gives the best predicted answer rate (%2).")
            .arg(r.best->strategy.positionThreshold).arg(percent(r.best->answerRate));
    case Outcome::MeetsTargets:
    case Outcome::NoneMeets:
        break;
    }
    const Candidate &best = *r.best;
    const WaitStrategy from = r.current ? r.current->strategy : best.strategy;
    const QString change = strategyChange(from, best.strategy);
    const TargetVerdict *decisive = worstVerdict(best);
    const QString decisiveText = decisive ? decisive->message : QString();
    if (r.outcome == Outcome::NoneMeets && best.strategy == from) {
        return Text::tr("No strategy the rules allow meets %1 without answering fewer callers: keep the current "
                        "one, short by %2 points; more agents are the lever left. %3")
            .arg(targetsNamed(r))
            .arg(-best.worstMarginPoints, 0, 'f', 1)
            .arg(decisiveText);
    }
    if (r.outcome == Outcome::NoneMeets) {
        const QString now = r.current && best.strategy != from
            ? Text::tr(" (the current strategy: short by %1)").arg(-r.current->worstMarginPoints, 0, 'f', 1)
            : QString();
        return Text::tr("No strategy the rules allow meets %1. The closest: %2, short by %3 points%4. %5")
            .arg(targetsNamed(r), change)
            .arg(-best.worstMarginPoints, 0, 'f', 1)
            .arg(now, decisiveText);
    }
    const double now = r.current ? r.current->callbacksOfferedPerHour : best.callbacksOfferedPerHour;
    const bool none = best.callbacksOfferedPerHour < 0.05;
    const QString trade = best.strategy == from
        ? (none ? Text::tr("without offering callbacks")
                : Text::tr("with the fewest callbacks that do: %1 offered an hour").arg(callbacksPerHour(best.callbacksOfferedPerHour)))
        : Text::tr("with %1 callbacks offered an hour instead of %2").arg(callbacksPerHour(best.callbacksOfferedPerHour),
                                                                            callbacksPerHour(now));
    QString text = Text::tr("%1 meets %2, %3 (worst margin %4 points).")
                       .arg(change, targetsNamed(r), trade)
                       .arg(best.worstMarginPoints, 0, 'f', 1);
    if (r.current && !r.current->meetsTargets && best.strategy != from) {
        if (const TargetVerdict *missed = worstVerdict(*r.current))
            text += u' ' + Text::tr("Now: %1").arg(missed->message);
    }
    return text;
}

deploy::Advice adviceFrom(const OptimiserResult &result, const WaitStrategy &current)
{
    deploy::Advice advice;
    advice.suggested = current;
    advice.reason = describeOptimisation(result);
    if (!result.best || result.outcome == Outcome::NotEnoughTraffic || result.outcome == Outcome::Cancelled)
        return advice;
    advice.suggested = result.best->strategy;
    advice.change = !(advice.suggested == current);
    advice.shortOfTargets = result.outcome == Outcome::NoneMeets;
    advice.direction = deploy::thresholdDirection(current, advice.suggested);
    return advice;
}

PredictiveAdvisor::PredictiveAdvisor(const StrategyValidator &validator, StrategyOptimiser::Settings settings)
    : m_validator(&validator)
    , m_settings(settings)
{
}

QString PredictiveAdvisor::name() const
{
    return Text::tr("Service-goal advisor");
}

deploy::Advice PredictiveAdvisor::advise(const deploy::AdvisorInput &input) const
{
    if (!m_calibration) {
        deploy::Advice advice;
        advice.suggested = input.current;
        advice.reason = Text::tr("No calibration from recent metrics: nothing to predict from.");
        return advice;
    }
    const QDate asOf = input.tenantTime.isValid() ? input.tenantTime.date() : Clock::system()->utcNow().date();
    const StrategyOptimiser optimiser(*m_validator, asOf, m_settings);
    return adviceFrom(optimiser.optimise(*m_calibration, input.current), input.current);
}

} // namespace holdline::predict
