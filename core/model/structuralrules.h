#pragma once

#include "model/finding.h"
#include "model/tenantlimits.h"
#include "model/waitstrategy.h"

#include <QList>

namespace holdline {

struct FieldRange
{
    int min = 0;
    int max = 0;
};

// The range CONTRACT.md §2.2 allows for a numeric field.
FieldRange contractRange(WaitStrategyField field);

// What the tenant itself enforces (§2.2, §2.3): ranges, tenant limits and
// callbackPositionThreshold <= positionThreshold. All errors.
QList<Finding> checkContract(const WaitStrategy &strategy, const TenantLimits &limits);

// Combinations the tenant accepts but that do not do what they seem to (§2.4).
QList<Finding> checkConsistency(const WaitStrategy &strategy);

} // namespace holdline
