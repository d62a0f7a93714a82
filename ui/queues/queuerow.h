#pragma once

#include "model/finding.h"
#include "model/openinghours.h"
#include "model/waitstrategy.h"

#include <QString>

#include <optional>

namespace holdline::ui {

// Compliance of a queue's deployed strategy with the packs in force.
enum class Compliance { Unknown, Compliant, Warnings, Violations };

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
    QString complianceDetail; // the first finding's message, for the tooltip
};

Compliance complianceOf(const QList<Finding> &findings);

} // namespace holdline::ui
