#include "predict/predictionstats.h"

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
    Q_DECLARE_TR_FUNCTIONS(Prediction)
};

} // namespace

double studentT975(int df)
{
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                   2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                   2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (df <= 0)
        return 0;
    if (df <= 30)
        return table[df - 1];
    return 1.96 + 2.4 / df; // close enough beyond the table
}

Estimate estimateOf(const std::vector<double> &values)
{
    Estimate e;
    const std::size_t n = values.size();
    if (n == 0)
        return e;
    for (double v : values)
        e.mean += v / double(n);
    if (n < 2)
        return e;
    double var = 0;
    for (double v : values)
        var += (v - e.mean) * (v - e.mean) / double(n - 1);
    e.halfWidth = studentT975(int(n) - 1) * std::sqrt(var / double(n));
    return e;
}

QString metricKey(Metric metric)
{
    switch (metric) {
    case Metric::AnswerRate: return u"answerRate"_s;
    case Metric::AbandonRate: return u"abandonRate"_s;
    case Metric::AsaSeconds: return u"asaSeconds"_s;
    case Metric::ServiceLevel: return u"serviceLevel"_s;
    case Metric::AnsweredWithin180: return u"answeredWithin180"_s;
    case Metric::CallbacksOfferedPerHour: return u"callbacksOfferedPerHour"_s;
    case Metric::CallbacksAcceptedPerHour: return u"callbacksAcceptedPerHour"_s;
    case Metric::MaxHoldExitsPerHour: return u"maxHoldExitsPerHour"_s;
    case Metric::Count: break;
    }
    return {};
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::AnswerRate: return Text::tr("Answer rate");
    case Metric::AbandonRate: return Text::tr("Abandon rate");
    case Metric::AsaSeconds: return Text::tr("Average speed of answer (s)");
    case Metric::ServiceLevel: return Text::tr("Service level");
    case Metric::AnsweredWithin180: return Text::tr("Answered within 180 s");
    case Metric::CallbacksOfferedPerHour: return Text::tr("Callbacks offered per hour");
    case Metric::CallbacksAcceptedPerHour: return Text::tr("Callbacks accepted per hour");
    case Metric::MaxHoldExitsPerHour: return Text::tr("Max-hold exits per hour");
    case Metric::Count: break;
    }
    return {};
}

bool isRateMetric(Metric metric)
{
    return metric == Metric::AnswerRate || metric == Metric::AbandonRate || metric == Metric::ServiceLevel
        || metric == Metric::AnsweredWithin180;
}

double Replication::answeredWithin(int seconds) const
{
    if (totals.offered <= 0)
        return 0;
    const std::size_t last = std::min(liveWaits.size(), std::size_t(std::max(0, seconds)) + 1);
    double n = 0;
    for (std::size_t i = 0; i < last; ++i)
        n += liveWaits[i];
    return n / totals.offered;
}

double Replication::value(Metric metric) const
{
    const sim::BucketMetrics &t = totals;
    const double offered = std::max(1, t.offered);
    const double h = hours > 0 ? hours : 1;
    switch (metric) {
    case Metric::AnswerRate: return t.offered > 0 ? t.answered / offered : 1;
    case Metric::AbandonRate: return t.abandoned / offered;
    case Metric::AsaSeconds: return t.answeredLive > 0 ? t.liveWaitSecondsSum / t.answeredLive : 0;
    case Metric::ServiceLevel: return t.offered > 0 ? t.answeredLiveWithinServiceLevel / offered : 1;
    case Metric::AnsweredWithin180: return t.offered > 0 ? answeredWithin(180) : 1;
    case Metric::CallbacksOfferedPerHour: return t.callbacksOffered / h;
    case Metric::CallbacksAcceptedPerHour: return t.callbacksAccepted / h;
    case Metric::MaxHoldExitsPerHour: return t.maxHoldExits / h;
    case Metric::Count: break;
    }
    return 0;
}

Estimate StrategyOutcome::estimate(Metric metric) const
{
    std::vector<double> v;
    for (const Replication &r : runs)
        v.push_back(r.value(metric));
    return estimateOf(v);
}

Estimate StrategyOutcome::answeredWithin(int seconds) const
{
    std::vector<double> v;
    for (const Replication &r : runs)
        v.push_back(r.totals.offered > 0 ? r.answeredWithin(seconds) : 1);
    return estimateOf(v);
}

Estimate Comparison::difference(Metric metric) const
{
    std::vector<double> v;
    for (std::size_t i = 0; i < std::min(current.runs.size(), edited.runs.size()); ++i)
        v.push_back(edited.runs[i].value(metric) - current.runs[i].value(metric));
    return estimateOf(v);
}

} // namespace holdline::predict
