#pragma once

#include "model/finding.h"
#include "model/policyselection.h"
#include "model/tenantlimits.h"
#include "model/waitstrategy.h"

#include <QDate>
#include <QList>

namespace holdline {

class PolicyRegistry;

// Checks a strategy against the contract, the tenant's limits, and the
// selected regulatory packs as of a date (given, never read from the clock, so
// results are reproducible). Findings come in that order; within a pack, in
// rule order.
class StrategyValidator
{
public:
    // The registry must outlive the validator.
    explicit StrategyValidator(const PolicyRegistry &registry, PolicySelection selection = PolicySelection(),
                               TenantLimits limits = TenantLimits());

    void setSelection(const PolicySelection &selection) { m_selection = selection; }
    const PolicySelection &selection() const { return m_selection; }
    void setTenantLimits(const TenantLimits &limits) { m_limits = limits; }
    const TenantLimits &tenantLimits() const { return m_limits; }

    // A selected pack the registry lacks, or an unknown variant, is itself a
    // warning: a rule the supervisor asked for is never skipped silently.
    QList<Finding> validate(const WaitStrategy &strategy, QDate asOf) const;

private:
    const PolicyRegistry *m_registry;
    PolicySelection m_selection;
    TenantLimits m_limits;
};

} // namespace holdline
