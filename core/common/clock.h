#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace holdline {

// Time source for everything that decides by time (token expiry, rate limits,
// backoff, guard windows), so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds, for durations.
    virtual qint64 monotonicMs() const = 0;
    // Wall-clock UTC, for what is recorded or shown.
    virtual QDateTime utcNow() const = 0;

    static Clock *system();
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime utcStart = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC))
        : m_utcStart(utcStart)
    {}
    qint64 monotonicMs() const override { return m_elapsedMs; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_elapsedMs); }
    void advance(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_utcStart;
    qint64 m_elapsedMs = 0;
};

} // namespace holdline
