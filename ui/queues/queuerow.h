#pragma once

#include "model/finding.h"
#include "model/openinghours.h"
#include "model/waitstrategy.h"

#include <QString>

#include <optional>

namespace holdline::ui {

// Compliance of a queue's deployed strategy with the packs in force.
// Unpredicted: every fixed rule is met, but a service target in force can
// only be judged by a prediction, and none has been made yet.
enum class Compliance { Unknown, Compliant, Unpredicted, Warnings, Violations };

// Live metrics of one queue over the recent window; null: no contacts.
struct QueueMetrics
{
    std::optional<double> answerRate;
    std::optional<double> abandonRate;
    std::optional<double> averageWaitTime;
    std::optional<double> offered; // contacts behind the rates
};

// One row of the queue list: what the tenant holds, the live metrics and
// the compliance verdict. Plain data; the model only shows it.
struct QueueRow
{
    QString id;
    QString name;
    int version = 0;
    std::optional<WaitStrategy> strategy; // nullopt: the tenant's fields are unreadable
    QString readError;
    std::optional<OpeningHours> hours; // nullopt: the tenant does not say
    QueueMetrics metrics;
    Compliance compliance = Compliance::Unknown;
    QString complianceDetail; // the findings' messages, for the tooltip
    // The fixed rules' verdict, before any prediction: what compliance is
    // derived from once the deployed strategy's service targets are predicted.
    Compliance ruleCompliance = Compliance::Unknown;
    QString ruleDetail;
};

Compliance complianceOf(const QList<Finding> &findings);

} // namespace holdline::ui
