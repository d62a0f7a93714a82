#pragma once

#include <QByteArray>
#include <QHash>

namespace holdline::sandbox {

// CONTRACT.md §4: a token bucket per bearer token. The bucket holds up to
// `burst` requests and refills at perMinute/60 a second (real clock).
class RateLimiter
{
public:
    RateLimiter(int perMinute, int burst);

    // 0 when the request may go on; otherwise the whole seconds to wait
    // (at least 1) before one more request would be allowed.
    int acquire(const QByteArray &key, qint64 nowMs);
    void forget(const QByteArray &key) { m_buckets.remove(key); }
    bool isEnabled() const { return m_perMinute > 0; }
    int perMinute() const { return m_perMinute; }
    int burst() const { return m_burst; }

    // The bucket of key now, as CONTRACT.md §4's RateLimit fields state it.
    struct State
    {
        int remaining = 0;     // whole requests left now
        int resetSeconds = 0;  // until the bucket is full again
    };
    State state(const QByteArray &key, qint64 nowMs) const;

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };

    int m_perMinute;
    int m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace holdline::sandbox
