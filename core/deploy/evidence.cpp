#include "deploy/evidence.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace holdline::deploy {

std::pair<double, double> wilsonInterval(double rate, double n)
{
    if (!(n > 0) || !std::isfinite(rate))
        return {0, 1};
    const double p = std::clamp(rate, 0.0, 1.0);
    constexpr double z = 1.959964; // 95 %
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::optional<RateEvidence> rateEvidence(std::optional<double> rate, std::optional<double> contacts)
{
    if (!rate || !contacts || !std::isfinite(*contacts) || *contacts < 0)
        return std::nullopt;
    RateEvidence e;
    e.rate = *rate;
    e.contacts = *contacts;
    std::tie(e.low, e.high) = wilsonInterval(*rate, *contacts);
    return e;
}

} // namespace holdline::deploy
