#pragma once

#include "model/waitstrategy.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace holdline {

// One field that differs between two strategies.
struct FieldChange
{
    WaitStrategyField field = WaitStrategyField::PositionThreshold;
    QVariant before;
    QVariant after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// The fields that differ, in display order; empty when the strategies are equal.
QList<FieldChange> diffStrategies(const WaitStrategy &before, const WaitStrategy &after);

// "Position threshold 10 → 7" (translated).
QString describeChange(const FieldChange &change);
// "Position threshold 10 → 7; Callback off → on", or "No changes".
QString summarizeChanges(const QList<FieldChange> &changes);

// Applies the changes' "after" values to a strategy (a plan or an undo replays them).
WaitStrategy applyChanges(WaitStrategy strategy, const QList<FieldChange> &changes);

} // namespace holdline
