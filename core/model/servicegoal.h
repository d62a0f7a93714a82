#pragma once

#include "model/finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace holdline {

// The supervisor's own service target, which the advisor aims at beside the
// targets of the policy packs in force: "80 % answered within 20 s, at most
// 5 % abandoned". Not a rule: a strategy that misses it is still allowed.
struct ServiceGoal
{
    double answeredPercent = 80;   // answered live within withinSeconds, % of offered
    int withinSeconds = 20;
    double maxAbandonPercent = 5;  // abandoned, % of offered

    friend bool operator==(const ServiceGoal &, const ServiceGoal &) = default;

    // As the NeedsPrediction findings a pack's service targets are, so one
    // evaluation serves both (ruleIds "goal/answered-within", "goal/abandonment").
    QList<Finding> findings() const;
    // "80 % answered within 20 s, ≤ 5 % abandoned", for people.
    QString describe() const;
    // Parses "80/20" or "80/20/5" (answered %/within s[/max abandoned %]).
    static std::optional<ServiceGoal> parse(QStringView text, QString *error = nullptr);
    QString toText() const; // what parse() reads
};

// True for a finding that came from a ServiceGoal, not from a policy pack.
bool isGoalFinding(const Finding &finding);

} // namespace holdline
