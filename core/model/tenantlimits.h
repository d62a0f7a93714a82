#pragma once

#include <optional>

namespace holdline {

// Limits a tenant enforces on top of the contract's ranges (CONTRACT.md §2.3).
// Unknown limits are left empty and not checked.
struct TenantLimits
{
    std::optional<int> maxPositionThreshold;
    std::optional<int> maxHoldTimeSeconds;

    friend bool operator==(const TenantLimits &, const TenantLimits &) = default;
};

} // namespace holdline
