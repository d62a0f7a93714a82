#include "model/structuralrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StructuralRules)
};

QString contractCitation()
{
    return Text::tr("CXone rule: the range the Routing API accepts for this field");
}

QString formatValue(WaitStrategyField field, int value)
{
    return formatFieldValue(field, value);
}

Finding finding(WaitStrategyField field, FindingSeverity severity, const QString &ruleId, const QString &message,
                const QString &citation)
{
    Finding result;
    result.field = field;
    result.severity = severity;
    result.ruleId = ruleId;
    result.message = message;
    result.citation = citation;
    return result;
}

} // namespace

FieldRange contractRange(WaitStrategyField field)
{
    switch (field) {
    case WaitStrategyField::PositionThreshold: return {1, 100};
    case WaitStrategyField::CallbackPositionThreshold: return {1, 100};
    case WaitStrategyField::AbandonmentThreshold: return {0, 3600};
    case WaitStrategyField::MaxHoldTime: return {1, 3600};
    case WaitStrategyField::CallbackEnabled:
    case WaitStrategyField::Count: break;
    }
    Q_ASSERT_X(false, "contractRange", "not a numeric field");
    return {};
}

QList<Finding> checkContract(const WaitStrategy &strategy, const TenantLimits &limits)
{
    QList<Finding> findings;
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        if (isBoolField(field))
            continue;
        const int value = fieldValue(strategy, field).toInt();
        const FieldRange range = contractRange(field);
        if (value < range.min || value > range.max) {
            //: %1 field label, %2 value, %3 and %4 the allowed range
            const QString message = Text::tr("%1 %2 is outside the range the tenant accepts (%3 to %4).")
                                        .arg(fieldLabel(field), formatValue(field, value),
                                             formatValue(field, range.min), formatValue(field, range.max));
            findings.append(finding(field, FindingSeverity::Error, u"range."_s + fieldName(field), message,
                                    contractCitation()));
        }
    }

    const auto tenantLimit = [&](WaitStrategyField field, std::optional<int> limit, const QString &limitName) {
        const int value = fieldValue(strategy, field).toInt();
        if (!limit || value <= *limit)
            return;
        //: %1 field label, %2 value, %3 the tenant's maximum
        const QString message = Text::tr("%1 %2 exceeds this tenant's maximum of %3.")
                                    .arg(fieldLabel(field), formatValue(field, value), formatValue(field, *limit));
        findings.append(finding(field, FindingSeverity::Error, u"tenant."_s + limitName, message,
                                Text::tr("This tenant's own limit (%1)").arg(limitName)));
    };
    tenantLimit(WaitStrategyField::PositionThreshold, limits.maxPositionThreshold, u"maxPositionThreshold"_s);
    tenantLimit(WaitStrategyField::MaxHoldTime, limits.maxHoldTimeSeconds, u"maxHoldTimeSeconds"_s);

    if (strategy.callbackPositionThreshold > strategy.positionThreshold) {
        const QString message =
            Text::tr("Callback position threshold %1 is above the position threshold %2; the tenant rejects this. "
                     "Callers are only offered a callback by position while more than %2 are waiting, so set it to %2 "
                     "or lower.")
                .arg(strategy.callbackPositionThreshold)
                .arg(strategy.positionThreshold);
        findings.append(finding(WaitStrategyField::CallbackPositionThreshold, FindingSeverity::Error,
                                u"cross.callback-position-above-threshold"_s, message,
                                Text::tr("CXone rule: the Routing API refuses such a queue")));
    }
    return findings;
}

QList<Finding> checkConsistency(const WaitStrategy &strategy)
{
    QList<Finding> findings;
    if (strategy.abandonmentThreshold > 0 && strategy.abandonmentThreshold >= strategy.maxHoldTime) {
        const QString message =
            Text::tr("The callback offer after %1 can never be made: every caller leaves the line at the maximum hold "
                     "time of %2 first. Lower the abandonment threshold below %2, or set it to 0 to turn the offer off.")
                .arg(formatValue(WaitStrategyField::AbandonmentThreshold, strategy.abandonmentThreshold),
                     formatValue(WaitStrategyField::MaxHoldTime, strategy.maxHoldTime));
        findings.append(finding(WaitStrategyField::AbandonmentThreshold, FindingSeverity::Warning,
                                u"cross.time-offer-unreachable"_s, message,
                                Text::tr("How CXone's wait strategy works: the time-based callback offer")));
    }
    return findings;
}

} // namespace holdline
