#include "predict/targetevaluation.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdline::predict {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TargetEvaluation)
};

QString percent(double v)
{
    return QString::number(v, 'f', 1) + u'%';
}

bool inEffect(const TargetVerdict &v)
{
    return !v.finding.effectiveFrom.isValid();
}
} // namespace

TargetPredictor simulationTargets(const StrategyOutcome &outcome)
{
    return [outcome](const ServiceTarget &t) {
        return t.kind == ServiceTarget::Kind::AnsweredWithin ? outcome.answeredWithin(t.withinSeconds)
                                                              : outcome.estimate(Metric::AbandonRate);
    };
}

TargetPredictor erlangTargets(const sim::ErlangInput &input)
{
    return [input](const ServiceTarget &t) {
        if (t.kind == ServiceTarget::Kind::AnsweredWithin)
            return Estimate{sim::erlangAnsweredWithin(input, t.withinSeconds), 0};
        return Estimate{sim::erlangA(input).pAbandon, 0};
    };
}

QList<TargetVerdict> evaluateTargets(const QList<Finding> &findings, const TargetPredictor &predict)
{
    QList<TargetVerdict> verdicts;
    for (const Finding &f : findings) {
        if (!f.target)
            continue;
        const ServiceTarget &t = *f.target;
        const Estimate e = predict(t);
        TargetVerdict v;
        v.finding = f;
        v.predictedPercent = e.mean * 100;
        v.halfWidthPercent = e.halfWidth * 100;
        const bool answered = t.kind == ServiceTarget::Kind::AnsweredWithin;
        // Margin: how much better than required; the interval's far end decides certainty.
        v.marginPoints = answered ? v.predictedPercent - t.percent : t.percent - v.predictedPercent;
        v.pass = v.marginPoints >= 0;
        v.certain = v.pass ? v.marginPoints - v.halfWidthPercent >= 0 : v.marginPoints + v.halfWidthPercent < 0;
        const QString predicted = v.halfWidthPercent > 0
            ? percent(v.predictedPercent) + u" ± "_s + QString::number(v.halfWidthPercent, 'f', 1)
            : percent(v.predictedPercent);
        const QString required = answered ? Text::tr("at least %1 answered within %2 s").arg(percent(t.percent)).arg(t.withinSeconds)
                                          : Text::tr("at most %1 abandoned").arg(percent(t.percent));
        const QString verdict = v.pass ? (v.certain ? Text::tr("meets") : Text::tr("probably meets"))
                                       : (v.certain ? Text::tr("misses") : Text::tr("probably misses"));
        v.message = Text::tr("Predicted %1; %2 the target (%3), margin %4 points.")
                        .arg(predicted, verdict, required, QString::number(v.marginPoints, 'f', 1));
        verdicts.append(v);
    }
    return verdicts;
}

QList<Finding> resolveTargets(const QList<Finding> &findings, const QList<TargetVerdict> &verdicts)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.severity != FindingSeverity::NeedsPrediction) {
            out.append(f);
            continue;
        }
        const auto it = std::find_if(verdicts.cbegin(), verdicts.cend(),
                                     [&f](const TargetVerdict &v) { return v.finding == f; });
        if (it == verdicts.cend()) {
            out.append(f); // no prediction for it: still needs one
            continue;
        }
        if (it->pass)
            continue;
        Finding missed = f;
        missed.severity = f.effectiveFrom.isValid() ? FindingSeverity::Warning : FindingSeverity::Error;
        missed.message = f.message + u' ' + it->message;
        out.append(missed);
    }
    return out;
}

bool allTargetsMet(const QList<TargetVerdict> &verdicts)
{
    return std::all_of(verdicts.cbegin(), verdicts.cend(), [](const TargetVerdict &v) { return !inEffect(v) || v.pass; });
}

double worstMargin(const QList<TargetVerdict> &verdicts)
{
    double worst = std::numeric_limits<double>::infinity();
    for (const TargetVerdict &v : verdicts) {
        if (inEffect(v))
            worst = std::min(worst, v.marginPoints);
    }
    return worst;
}

} // namespace holdline::predict
