#include "model/strategydiff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdline {

QList<FieldChange> diffStrategies(const WaitStrategy &before, const WaitStrategy &after)
{
    QList<FieldChange> changes;
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        const QVariant oldValue = fieldValue(before, field);
        const QVariant newValue = fieldValue(after, field);
        if (oldValue != newValue)
            changes.append({field, oldValue, newValue});
    }
    return changes;
}

QString describeChange(const FieldChange &change)
{
    //: %1 field label, %2 old value, %3 new value
    return QCoreApplication::translate("StrategyDiff", "%1 %2 → %3")
        .arg(fieldLabel(change.field), formatFieldValue(change.field, change.before),
             formatFieldValue(change.field, change.after));
}

QString summarizeChanges(const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return QCoreApplication::translate("StrategyDiff", "No changes");
    QStringList parts;
    for (const FieldChange &change : changes)
        parts.append(describeChange(change));
    return parts.join(u"; "_s);
}

WaitStrategy applyChanges(WaitStrategy strategy, const QList<FieldChange> &changes)
{
    for (const FieldChange &change : changes)
        setFieldValue(strategy, change.field, change.after);
    return strategy;
}

} // namespace holdline
