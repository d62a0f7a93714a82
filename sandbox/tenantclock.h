#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace holdline::sandbox {

// The tenant's two clocks.
//  - real: wall-clock milliseconds (plus a test offset). Token expiry, the
//    continuation token's 10 minutes and the rate limiter's refill read it:
//    those are protocol concerns between the tenant and a client in real time.
//  - simulated: starts at the simulated "now" given at start and runs at
//    `speed` simulated seconds per real second; the queues and the analytics
//    intervals live on it.
// Only the tenant's thread touches it.
class TenantClock
{
public:
    TenantClock(qint64 simulatedStartMs, double speed);

    qint64 realNowMs() const;
    void advanceReal(qint64 ms) { m_realOffsetMs += ms; }

    qint64 simulatedNowMs() const;
    qint64 simulatedNowSecs() const { return simulatedNowMs() / 1000; }
    void advanceSimulated(qint64 ms) { m_simOffsetMs += ms; }
    double speed() const { return m_speed; }

    QByteArray simulatedNowHeader() const; // ISO-8601 UTC, seconds

private:
    qint64 m_simStartMs;
    double m_speed;
    QElapsedTimer m_elapsed;
    qint64 m_realOffsetMs = 0;
    qint64 m_simOffsetMs = 0;
};

// ISO-8601 UTC with a trailing Z, whole seconds.
QString isoUtc(qint64 secs);

} // namespace holdline::sandbox
