#include "model/policyrules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRules)
};

QString percent(double value)
{
    return QLocale::c().toString(value, 'g', 4) + u'%';
}

// The message for a rule the strategy breaks now, or empty when it complies.
QString breach(const WaitStrategy &strategy, const PolicyRule &rule)
{
    switch (rule.kind) {
    case PolicyRule::Kind::MaxValue: {
        const WaitStrategyField field = *rule.field;
        const int value = fieldValue(strategy, field).toInt();
        if (value <= rule.max)
            return {};
        //: %1 field label, %2 its value, %3 the cap, %4 rule name. E.g. "Maximum hold time 420 s exceeds
        //: the 300 s cap of Baseline hold-time mandate."
        return Text::tr("%1 %2 exceeds the %3 cap of %4.")
            .arg(fieldLabel(field), formatFieldValue(field, value), formatFieldValue(field, rule.max), rule.name);
    }
    case PolicyRule::Kind::CallbackRequired:
        if (strategy.callbackEnabled)
            return {};
        return Text::tr("Callbacks are off, so callers who reach the maximum hold time of %1 are sent to voicemail "
                        "instead of keeping their place; callbacks must be on (%2).")
            .arg(formatFieldValue(WaitStrategyField::MaxHoldTime, strategy.maxHoldTime), rule.name);
    case PolicyRule::Kind::ServiceLevel:
    case PolicyRule::Kind::AbandonmentRate:
        break;
    }
    return {};
}

QString predictionMessage(const PolicyRule &rule)
{
    if (rule.kind == PolicyRule::Kind::AbandonmentRate) {
        return Text::tr("No more than %1 of calls may be abandoned (%2). Only a prediction can tell whether this strategy "
                        "meets it: run the what-if predictor.")
            .arg(percent(rule.percent), rule.name);
    }
    return Text::tr("At least %1 of calls must be answered within %2 (%3). Only a prediction can tell whether this "
                    "strategy meets it: run the what-if predictor.")
        .arg(percent(rule.percent), formatFieldValue(WaitStrategyField::MaxHoldTime, rule.withinSeconds), rule.name);
}

// Which field a whole-strategy rule is shown on.
WaitStrategyField primaryField(const PolicyRule &rule)
{
    if (rule.field)
        return *rule.field;
    if (rule.kind == PolicyRule::Kind::CallbackRequired)
        return WaitStrategyField::CallbackEnabled;
    return WaitStrategyField::MaxHoldTime;
}

} // namespace

QList<Finding> checkPolicyPack(const WaitStrategy &strategy, const PolicyPack &pack, const QString &variant,
                               QDate asOf)
{
    const bool inEffect = pack.isInEffect(asOf);
    QList<Finding> findings;
    for (const PolicyRule &rule : pack.rulesFor(variant)) {
        Finding finding;
        finding.field = primaryField(rule);
        finding.ruleId = pack.id + u'/' + rule.id;
        //: %1 the rule's source, e.g. "no caller holds longer than 5 minutes"
        finding.citation = pack.isProductRule() ? Text::tr("Holdline product rule, not a law: %1").arg(rule.citation)
                                                //: %1 jurisdiction code (ES, US-PA), %2 the law's article
                                                : Text::tr("Law or regulation (%1): %2").arg(pack.jurisdiction, rule.citation);
        finding.policyId = pack.id;
        if (rule.needsPrediction()) {
            finding.severity = FindingSeverity::NeedsPrediction;
            finding.message = predictionMessage(rule);
            finding.target = rule.serviceTarget();
        } else {
            finding.message = breach(strategy, rule);
            if (finding.message.isEmpty())
                continue;
            finding.severity = inEffect ? rule.severity : FindingSeverity::Warning;
        }
        if (!inEffect) {
            finding.effectiveFrom = pack.effectiveDate;
            finding.message += u' '
                + Text::tr("%1 applies from %2.").arg(pack.name, pack.effectiveDate.toString(Qt::ISODate));
        }
        findings.append(finding);
    }
    return findings;
}

} // namespace holdline
