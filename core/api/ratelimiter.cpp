#include "api/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace holdline::api {

RateLimiter::RateLimiter(const Clock *clock, int perMinute, int burst)
    : m_clock(clock)
    , m_perMinute(std::max(1, perMinute))
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
    , m_lastRefillMs(clock->monotonicMs())
{
}

void RateLimiter::configure(int perMinute, int burst)
{
    refill();
    m_perMinute = std::max(1, perMinute);
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, double(m_burst));
}

void RateLimiter::refill() const
{
    const qint64 now = m_clock->monotonicMs();
    const qint64 elapsed = now - m_lastRefillMs;
    if (elapsed <= 0)
        return;
    m_tokens = std::min(double(m_burst), m_tokens + elapsed * m_perMinute / 60000.0);
    m_lastRefillMs = now;
}

bool RateLimiter::tryAcquire(qint64 *waitMs)
{
    const qint64 now = m_clock->monotonicMs();
    if (now < m_heldUntilMs) {
        *waitMs = m_heldUntilMs - now;
        return false;
    }
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    // The epsilon keeps float noise (0.999 tokens) from adding a millisecond.
    *waitMs = std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 60000.0 / m_perMinute - 1e-6)));
    return false;
}

void RateLimiter::holdFor(qint64 ms)
{
    refill();
    m_tokens = 0;
    m_heldUntilMs = std::max(m_heldUntilMs, m_clock->monotonicMs() + ms);
    m_lastRefillMs = std::max(m_lastRefillMs, m_heldUntilMs);
}

double RateLimiter::available() const
{
    if (m_clock->monotonicMs() < m_heldUntilMs)
        return 0;
    refill();
    return m_tokens;
}

} // namespace holdline::api
