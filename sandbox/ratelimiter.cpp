#include "sandbox/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace holdline::sandbox {

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perMinute(perMinute), m_burst(std::max(1, burst))
{
}

int RateLimiter::acquire(const QByteArray &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return 0;
    const double perMs = m_perMinute / 60000.0;
    if (m_buckets.size() > 10000) {
        // Forget buckets that have refilled completely: they behave like new ones.
        const double refillMs = m_burst / perMs;
        m_buckets.removeIf([&](const auto &entry) { return static_cast<double>(nowMs - entry.value().updatedMs) > refillMs; });
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {static_cast<double>(m_burst), nowMs});
    Bucket &b = *it;
    b.tokens = std::min<double>(m_burst, b.tokens + static_cast<double>(std::max<qint64>(0, nowMs - b.updatedMs)) * perMs);
    b.updatedMs = std::max(b.updatedMs, nowMs);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    const double waitMs = (1.0 - b.tokens) / perMs;
    return std::max(1, static_cast<int>(std::ceil(waitMs / 1000.0)));
}

RateLimiter::State RateLimiter::state(const QByteArray &key, qint64 nowMs) const
{
    if (m_perMinute <= 0)
        return {};
    const double perMs = m_perMinute / 60000.0;
    const auto it = m_buckets.constFind(key);
    const double tokens = it == m_buckets.cend()
        ? m_burst
        : std::min<double>(m_burst, it->tokens + static_cast<double>(std::max<qint64>(0, nowMs - it->updatedMs)) * perMs);
    return {static_cast<int>(std::floor(tokens)), static_cast<int>(std::ceil((m_burst - tokens) / perMs / 1000.0))};
}

} // namespace holdline::sandbox
