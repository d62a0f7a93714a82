// The traffic model: arrivals follow the half-hour profile (weekdays unlike
// weekends), staffing follows the agents per half-hour, and agents whose shift
// ends finish their call before they leave.
#include "simtestsupport.h"

#include "sim/simcalendar.h"

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
    void breaksWithinTheHalfHour();
    void logNormalPatienceKeepsTheMean();
    void pendingCallbacksAtStartAreServedFirst();
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


// The unmodelled traffic's breaks: a quarter of the agents away from :10 to
// :20 and :40 to :50, and staffed otherwise.
void TestSimTraffic::breaksWithinTheHalfHour()
{
    QueueProfile p = withUnmodelledTraffic(flatProfile(0, 8, 240, 300));
    QCOMPARE(SimCalendar::agentsAt(p, monday + 9 * 3600 + 5 * 60), 8);
    QCOMPARE(SimCalendar::agentsAt(p, monday + 9 * 3600 + 15 * 60), 6);
    QCOMPARE(SimCalendar::agentsAt(p, monday + 9 * 3600 + 25 * 60), 8);
    QCOMPARE(SimCalendar::agentsAt(p, monday + 9 * 3600 + 45 * 60), 6);
    QueueSimulation sim(p, SimStrategy{}, 3, monday + 9 * 3600);
    sim.runUntil(monday + 10 * 3600);
    for (const BucketMetrics &b : sim.buckets()) {
        const qint64 minute = (b.startSecs - monday) % 1800 / 60;
        QCOMPARE(b.agentSecondsStaffed, double(minute >= 10 && minute < 20 ? 6 : 8) * bucketSeconds);
    }
    p.breakShare = 0; // the profile the predictor builds: staffed the whole half hour
    QCOMPARE(SimCalendar::agentsAt(p, monday + 9 * 3600 + 15 * 60), 8);
}

// Nobody answers: every caller abandons after their patience. Log-normal
// patience keeps the mean and spreads wider (coefficient of variation
// sqrt(e - 1) = 1.31 for sigma 1, against 1 for exponential).
void TestSimTraffic::logNormalPatienceKeepsTheMean()
{
    const auto abandonWaits = [](double sigma) {
        QueueProfile p = flatProfile(600, 0, 240, 300);
        p.patienceLogSigma = sigma;
        QueueSimulation sim(p, SimStrategy{100, false, 1, 0, 3600}, 11, monday);
        TraceLog log;
        log.attach(sim);
        sim.runUntil(monday + 8 * 3600);
        std::vector<double> waits;
        for (const SimTraceEvent &e : log.events)
            if (e.kind == SimTraceEvent::Kind::Abandoned)
                waits.push_back(e.waitedSeconds);
        return waits;
    };
    const auto meanAndCv = [](const std::vector<double> &w) {
        double sum = 0, squares = 0;
        for (double x : w)
            sum += x, squares += x * x;
        const double mean = sum / double(w.size());
        return std::pair{mean, std::sqrt(squares / double(w.size()) - mean * mean) / mean};
    };
    const auto [expMean, expCv] = meanAndCv(abandonWaits(0));
    const auto [logMean, logCv] = meanAndCv(abandonWaits(1));
    qInfo("exponential: mean %.0f s, cv %.2f; log-normal: mean %.0f s, cv %.2f", expMean, expCv, logMean, logCv);
    QVERIFY(std::abs(expMean - 300) < 30 && std::abs(logMean - 300) < 30);
    QVERIFY(expCv < 1.1);
    QVERIFY(logCv > 1.15);
}

// A busy queue's backlog carried into the day: served first, by the agents
// free at the start, and counted in the first bucket only.
void TestSimTraffic::pendingCallbacksAtStartAreServedFirst()
{
    QueueProfile p = flatProfile(0, 2, 100, 300);
    p.handleTimeSigma = 0; // every call lasts 100 s
    p.pendingCallbacksAtStart = 10;
    QueueSimulation sim(p, SimStrategy{}, 1, monday);
    sim.runUntil(monday + 50);
    QCOMPARE(sim.agentsBusyNow(), 2);
    QCOMPARE(sim.callbacksPendingNow(), 8);
    sim.runUntil(monday + 600);
    QCOMPARE(sim.callbacksPendingNow(), 0);
    QCOMPARE(sim.agentsBusyNow(), 0);
    int answered = 0;
    for (const BucketMetrics &b : sim.buckets())
        answered += b.answered;
    QCOMPARE(answered, 10);
    QCOMPARE(sim.buckets().front().answered, 10);
    QCOMPARE(sim.buckets().front().callbacksCompleted, 0); // not callbacks accepted in the window
}

QTEST_GUILESS_MAIN(TestSimTraffic)
#include "tst_simtraffic.moc"
