#pragma once

#include "sim/bucketmetrics.h"

#include <QString>

#include <vector>

namespace holdline::predict {

// A mean over independent replications and its 95 % confidence half-width
// (Student t): the truth lies in [mean - halfWidth, mean + halfWidth] in 95 %
// of predictions, as far as the model is right.
struct Estimate
{
    double mean = 0;
    double halfWidth = 0;
    double low() const { return mean - halfWidth; }
    double high() const { return mean + halfWidth; }
};

Estimate estimateOf(const std::vector<double> &values);
double studentT975(int degreesOfFreedom);

enum class Metric {
    AnswerRate,              // answered (live + callbacks) / offered
    AbandonRate,             // abandoned / offered
    AsaSeconds,              // mean wait of contacts answered live (queue.averageWaitTime)
    ServiceLevel,            // answered live within the service-level duration / offered
    AnsweredWithin180,       // answered live within 180 s / offered
    CallbacksOfferedPerHour,
    CallbacksAcceptedPerHour,
    MaxHoldExitsPerHour,
    Count
};
QString metricKey(Metric metric);   // "answerRate", ... for JSON
QString metricLabel(Metric metric); // translated
bool isRateMetric(Metric metric);   // a share 0..1 (shown in %)

// One replication of one strategy over the prediction window.
struct Replication
{
    sim::BucketMetrics totals;
    double hours = 0;
    // Contacts answered live after waiting w, by whole second (the last bin: longer).
    std::vector<quint32> liveWaits;

    double value(Metric metric) const;
    double answeredWithin(int seconds) const; // answered live within `seconds` / offered
};

// Every replication of one strategy.
struct StrategyOutcome
{
    std::vector<Replication> runs;

    Estimate estimate(Metric metric) const;
    Estimate answeredWithin(int seconds) const;
};

// Current and edited strategy on common random numbers: replication i of both
// met the same callers, so their paired difference is mostly the strategy's.
struct Comparison
{
    StrategyOutcome current;
    StrategyOutcome edited;

    Estimate difference(Metric metric) const; // edited - current
};

} // namespace holdline::predict
