#pragma once

// How long the UI thread keeps the event loop waiting: a 5 ms timer that
// records how much later than that each turn came. Shared by the UI benchmarks.
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>

class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateMs.append(std::max(0.0, double(now - m_last) / 1e6 - 5.0));
            m_last = now;
        });
    }
    void start()
    {
        m_lateMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStall() const { return m_lateMs.isEmpty() ? 0 : *std::max_element(m_lateMs.cbegin(), m_lateMs.cend()); }
    void report(const char *phase, qint64 wallMs)
    {
        QList<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        const double max = sorted.isEmpty() ? 0 : sorted.last();
        const double p99 = sorted.isEmpty() ? 0 : sorted.at(qsizetype(double(sorted.size() - 1) * 0.99));
        std::printf("%-44s wall %6lld ms  samples %5lld  max stall %6.1f ms  p99 stall %5.1f ms\n", phase,
                    static_cast<long long>(wallMs), static_cast<long long>(sorted.size()), max, p99);
        std::fflush(stdout);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateMs;
};
