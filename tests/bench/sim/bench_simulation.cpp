// Prints how fast holdline_sim runs: ms per simulated day of a 50-agent queue
// (about 10,000 contacts), contacts per second, and the 7-day history of the
// 40 seeded queues that the sandbox tenant simulates at start-up.
#include "sim/queuesimulation.h"
#include "sim/seededqueues.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace holdline::sim;

namespace {

constexpr qint64 day = 86400;
constexpr qint64 monday = 1763942400; // 2025-11-24 00:00 UTC, a Monday

QueueProfile fiftyAgents()
{
    QueueProfile p;
    p.id = QStringLiteral("q-bench-50");
    p.weekdayArrivalsPerHour.fill(10000.0 / 24);
    p.weekendArrivalsPerHour.fill(10000.0 / 24);
    p.weekdayAgents.fill(50);
    p.weekendAgents.fill(50);
    p.handleTimeMeanSeconds = 240; // occupancy ~0.56
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main()
{
    // 1. One day of a 50-agent queue, a fresh simulation per run.
    std::vector<double> ms;
    quint64 contacts = 0;
    double totalMs = 0;
    for (int run = 0; run < 30; ++run) {
        QElapsedTimer timer;
        timer.start();
        QueueSimulation sim(fiftyAgents(), SimStrategy{}, quint64(run + 1), monday);
        sim.runUntil(monday + day);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        ms.push_back(elapsed);
        totalMs += elapsed;
        contacts += sim.contactsArrived();
    }
    std::printf("50-agent queue, one simulated day: median %.2f ms (min %.2f, max %.2f), %.0f contacts/day\n",
                median(ms), *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                double(contacts) / double(ms.size()));
    std::printf("throughput: %.2f million contacts/s at the median, %.2f over all runs\n",
                double(contacts) / double(ms.size()) / median(ms) / 1000.0, double(contacts) / totalMs / 1000.0);

    // 2. The sandbox's start-up: 7 days of history for the 40 seeded queues.
    std::vector<double> weekMs;
    quint64 weekContacts = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        weekContacts = 0;
        for (const SeededQueue &q : makeSeededQueues(40, 1)) {
            QueueSimulation sim(q.profile, q.initialStrategy, 1, monday);
            sim.runUntil(monday + 7 * day);
            weekContacts += sim.contactsArrived();
        }
        weekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("40 seeded queues, 7 simulated days: median %.1f ms (min %.1f), %llu contacts, %.2f million/s\n",
                median(weekMs), *std::min_element(weekMs.begin(), weekMs.end()),
                static_cast<unsigned long long>(weekContacts), double(weekContacts) / median(weekMs) / 1000.0);
    return 0;
}
