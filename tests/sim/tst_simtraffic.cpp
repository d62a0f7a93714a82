// The traffic model: arrivals follow the half-hour profile (weekdays unlike
// weekends), staffing follows the agents per half-hour, and agents whose shift
// ends finish their call before they leave.
#include "simtestsupport.h"

#include <QTest>

#include <cmath>

using namespace holdline::sim;
using namespace holdline::sim::test;

class TestSimTraffic : public QObject
{
    Q_OBJECT

private slots:
    void arrivalsFollowTheProfile();
    void staffingFollowsTheSchedule();
    void busyAgentsFinishBeforeLeaving();
};

namespace {
// A day with a morning peak and a silent night; weekends a third as busy.
QueueProfile dayShaped()
{
    QueueProfile p = flatProfile(0, 0, 200, 300);
    for (int slot = 0; slot < 48; ++slot) {
        const double rate = slot >= 16 && slot < 40 ? 60.0 + 10.0 * (slot % 7) : 0.0;
        p.weekdayArrivalsPerHour[slot] = rate;
        p.weekendArrivalsPerHour[slot] = rate / 3;
        p.weekdayAgents[slot] = rate > 0 ? 2 + slot % 5 : 0;
        p.weekendAgents[slot] = rate > 0 ? 1 : 0;
    }
    return p;
}
} // namespace

// Four weeks: each half-hour slot's count, weekday and weekend apart, is
// Poisson with the profile's mean; all must lie within 4.5 standard deviations.
void TestSimTraffic::arrivalsFollowTheProfile()
{
    const QueueProfile p = dayShaped();
    QueueSimulation sim(p, SimStrategy{}, 31, monday);
    sim.runUntil(monday + 28 * day);
    std::array<double, 48> weekday{}, weekend{};
    for (const BucketMetrics &b : sim.buckets()) {
        const qint64 dayIndex = (b.startSecs - monday) / day; // 0 = Monday
        const int slot = int((b.startSecs - monday) % day / 1800);
        (dayIndex % 7 >= 5 ? weekend : weekday)[slot] += b.offered;
    }
    for (int slot = 0; slot < 48; ++slot) {
        const double weekdayMean = p.weekdayArrivalsPerHour[slot] / 2 * 20; // 20 weekdays
        const double weekendMean = p.weekendArrivalsPerHour[slot] / 2 * 8;  // 8 weekend days
        if (weekdayMean == 0) {
            QCOMPARE(weekday[slot], 0.0);
            QCOMPARE(weekend[slot], 0.0);
            continue;
        }
        QVERIFY2(std::abs(weekday[slot] - weekdayMean) <= 4.5 * std::sqrt(weekdayMean),
                 qPrintable(QStringLiteral("slot %1: %2 for %3").arg(slot).arg(weekday[slot]).arg(weekdayMean)));
        QVERIFY2(std::abs(weekend[slot] - weekendMean) <= 4.5 * std::sqrt(weekendMean),
                 qPrintable(QStringLiteral("slot %1: %2 for %3").arg(slot).arg(weekend[slot]).arg(weekendMean)));
    }
}

void TestSimTraffic::staffingFollowsTheSchedule()
{
    const QueueProfile p = dayShaped();
    QueueSimulation sim(p, SimStrategy{}, 3, monday + 5 * day - 3600); // Friday 23:00 into Saturday
    sim.runUntil(monday + 6 * day);
    for (const BucketMetrics &b : sim.buckets()) {
        const bool weekend = b.startSecs >= monday + 5 * day;
        const int slot = int((b.startSecs - monday) % day / 1800);
        const int agents = weekend ? p.weekendAgents[slot] : p.weekdayAgents[slot];
        QCOMPARE(b.agentSecondsStaffed, double(agents) * bucketSeconds);
    }
    const MetricsWindow saturday(sim.bucketsBetween(monday + 5 * day, monday + 6 * day), day);
    QCOMPARE(saturday.value(QStringLiteral("queue.agentsStaffed")).value(), 24.0 / 48);
}

// 10 agents until 12:00, then 2: the 8 leaving finish their calls first, so
// for a while more agents are busy than staffed, and none takes a new call.
void TestSimTraffic::busyAgentsFinishBeforeLeaving()
{
    QueueProfile p = flatProfile(200, 10, 240, 600); // 13 Erlangs: every agent busy
    for (int slot = 24; slot < 48; ++slot)
        p.weekdayAgents[slot] = 2;
    QueueSimulation sim(p, SimStrategy{100, false, 1, 0, 3600}, 5, monday + 11 * 3600);
    sim.runUntil(monday + 12 * 3600 - 1);
    QCOMPARE(sim.agentsBusyNow(), 10);
    int lastBusy = 10;
    bool overStaffed = false;
    for (qint64 t = monday + 12 * 3600; t < monday + 13 * 3600; t += 5) {
        sim.runUntil(t);
        QCOMPARE(sim.agentsStaffedNow(), 2);
        if (sim.agentsBusyNow() > 2) {
            overStaffed = true;
            QVERIFY(sim.agentsBusyNow() <= lastBusy); // nobody starts a call above the schedule
            QVERIFY(sim.waitingNow() > 0);            // while callers still wait
        }
        lastBusy = sim.agentsBusyNow();
    }
    QVERIFY(overStaffed);
    QCOMPARE(lastBusy, 2);
}

QTEST_GUILESS_MAIN(TestSimTraffic)
#include "tst_simtraffic.moc"
