#pragma once

#include "common/clock.h"

namespace holdline::api {

// Client-side token bucket at the tenant's limit, so that a bulk run paces
// itself instead of collecting 429s. A 429 from the server drains the bucket
// and holds it for Retry-After: the server's view always wins.
class RateLimiter
{
public:
    RateLimiter(const Clock *clock, int perMinute, int burst);

    void configure(int perMinute, int burst);
    int perMinute() const { return m_perMinute; }
    int burst() const { return m_burst; }

    // Takes a token if one is there; otherwise returns false and how long until one is.
    bool tryAcquire(qint64 *waitMs);
    void holdFor(qint64 ms);     // after a 429
    double available() const;    // tokens now, for "headroom" displays

private:
    void refill() const;

    const Clock *m_clock;
    int m_perMinute;
    int m_burst;
    mutable double m_tokens;
    mutable qint64 m_lastRefillMs;
    qint64 m_heldUntilMs = 0;
};

} // namespace holdline::api
