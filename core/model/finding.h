#pragma once

#include "model/waitstrategy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace holdline {

enum class FindingSeverity {
    Error,           // the tenant rejects it, or a regulation in force forbids it
    Warning,         // allowed, but probably not what the supervisor meant
    NeedsPrediction, // a service-level target only a prediction can check
};

// What a service-level rule asks for, so the predictor can evaluate it later.
struct ServiceTarget
{
    enum class Kind {
        AnsweredWithin, // at least `percent` % of calls answered within `withinSeconds`
        MaxAbandonment, // at most `percent` % of calls abandoned
    };
    Kind kind = Kind::AnsweredWithin;
    double percent = 0;
    int withinSeconds = 0; // AnsweredWithin only

    friend bool operator==(const ServiceTarget &, const ServiceTarget &) = default;
};

struct Finding
{
    // The field to show it on; whole-strategy findings name the primary field.
    std::optional<WaitStrategyField> field;
    FindingSeverity severity = FindingSeverity::Error;
    QString ruleId;   // stable: "range.maxHoldTime", "baseline/max-hold-time", ...
    QString message;  // translated, for a supervisor
    QString citation; // where the rule comes from
    QString policyId; // the pack, empty for contract and tenant rules
    QDate effectiveFrom;                // set when the pack is not yet in effect
    std::optional<ServiceTarget> target; // set for NeedsPrediction findings

    friend bool operator==(const Finding &, const Finding &) = default;
};

QString severityName(FindingSeverity severity);  // "error", "warning", "needs-prediction"
QString severityLabel(FindingSeverity severity); // translated

bool hasErrors(const QList<Finding> &findings);
QList<Finding> findingsFor(const QList<Finding> &findings, WaitStrategyField field);
QList<Finding> findingsWithSeverity(const QList<Finding> &findings, FindingSeverity severity);

// For the CLI's JSON output and history entries.
QJsonObject findingToJson(const Finding &finding);

} // namespace holdline
