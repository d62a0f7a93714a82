#include "predict/patiencefit.h"

#include <QCoreApplication>

#include <cmath>

namespace holdline::predict {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PatienceFit)
};
} // namespace

std::optional<Calibration> PatienceFit::fit(const Calibration &c, const sim::SimStrategy &strategy,
                                            const Settings &s, const std::atomic_bool *cancel)
{
    Calibration out = c;
    if (c.confidence == Calibration::Confidence::None || c.offered <= 0 || c.patienceSeconds <= 0
        || c.abandoned < Calibrator::minAbandoned) {
        out.notes << Text::tr("Too few abandonments to refine the patience by replaying the window.");
        return out;
    }
    const double target = double(c.abandoned) / double(c.offered);
    PredictionSettings ps;
    ps.replications = s.replications;
    ps.seed = s.seed;
    ps.startSecs = s.windowStartSecs;
    ps.windowSeconds = c.hasTimeOfDay() ? 86400 : std::max<qint64>(c.windowSeconds, 3600);
    ps.warmUpSeconds = c.hasTimeOfDay() ? 2 * 3600 : 3600;
    ps.drainSeconds = 3600;

    // Abandonment falls as patience grows.
    const auto abandonment = [&](double logPatience) -> std::optional<double> {
        Calibration trial = c;
        trial.patienceSeconds = std::exp(logPatience);
        const std::optional<StrategyOutcome> o = StrategyPredictor(trial.profile(), ps).predict(strategy, cancel);
        if (!o)
            return std::nullopt;
        return o->estimate(Metric::AbandonRate).mean;
    };
    double lo = std::log(c.patienceSeconds / s.range), hi = std::log(c.patienceSeconds * s.range);
    const std::optional<double> atLo = abandonment(lo);
    const std::optional<double> atHi = atLo ? abandonment(hi) : std::nullopt;
    if (!atHi)
        return std::nullopt;
    if (target >= *atLo || target <= *atHi) {
        out.patienceSeconds = std::exp(target >= *atLo ? lo : hi);
        out.notes << Text::tr("The replayed window could not match the abandonment within a factor %1 of the "
                              "estimated patience; kept at the bound, %2 s.")
                         .arg(s.range)
                         .arg(std::lround(out.patienceSeconds));
        return out;
    }
    for (int i = 0; i < s.iterations; ++i) {
        const double mid = (lo + hi) / 2;
        const std::optional<double> f = abandonment(mid);
        if (!f)
            return std::nullopt;
        (*f > target ? lo : hi) = mid;
    }
    out.patienceSeconds = std::exp((lo + hi) / 2);
    return out;
}

} // namespace holdline::predict
