// Determinism for a seed, strategy changes that apply from the current instant
// on, and common random numbers across strategies (clone, same seed).
#include "simtestsupport.h"

#include <QTest>

using namespace holdline::sim;
using namespace holdline::sim::test;
using Kind = SimTraceEvent::Kind;

class TestSimDeterminism : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHistory_data();
    void sameSeedSameHistory();
    void chunkedRunsEqualOneRun();
    void neverGoesBackwards();
    void strategyChangeAppliesFromNow();
    void shorterMaxHoldReleasesLongWaitersAtOnce();
    void sameSeedSameCallersAcrossStrategies();
    void cloneContinuesIdentically();
    void reseedChangesOnlyTheFuture();
    void serviceLevelChangeAppliesFromNow();
    void bucketsCoverStartToNow();
};

namespace {
QueueProfile busy()
{
    QueueProfile p = flatProfile(300, 10, 150, 300);
    p.weekdayAgents[20] = 14; // staffing changes over the day
    p.weekdayAgents[30] = 6;
    return p;
}
const SimStrategy withCallbacks{3, true, 2, 60, 300};
const SimStrategy voicemailOnly{3, false, 2, 60, 90};
} // namespace

void TestSimDeterminism::sameSeedSameHistory_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("exponential");
    QTest::newRow("seed 1, lognormal") << quint64(1) << false;
    QTest::newRow("seed 2, exponential") << quint64(2) << true;
    QTest::newRow("seed 2^63") << (quint64(1) << 63) << false;
}

void TestSimDeterminism::sameSeedSameHistory()
{
    QFETCH(quint64, seed);
    QFETCH(bool, exponential);
    QueueProfile p = busy();
    p.exponentialHandleTimes = exponential;
    QueueSimulation a(p, withCallbacks, seed, monday);
    QueueSimulation b(p, withCallbacks, seed, monday);
    QueueSimulation c(p, withCallbacks, seed + 1, monday);
    a.runUntil(monday + day);
    b.runUntil(monday + day);
    c.runUntil(monday + day);
    QVERIFY(sameBuckets(a.buckets(), b.buckets()));
    QCOMPARE(a.contactsArrived(), b.contactsArrived());
    QVERIFY(!sameBuckets(a.buckets(), c.buckets()));
}

void TestSimDeterminism::chunkedRunsEqualOneRun()
{
    QueueSimulation whole(busy(), withCallbacks, 5, monday + 17); // a start off the bucket grid
    QueueSimulation chunked(busy(), withCallbacks, 5, monday + 17);
    whole.runUntil(monday + day);
    const qint64 steps[] = {1, 7, 299, 300, 1800, 3601};
    for (qint64 t = monday + 17, i = 0; t < monday + day; ++i) {
        t = std::min(t + steps[i % 6], monday + day);
        chunked.runUntil(t);
        QCOMPARE(chunked.now(), t);
    }
    QVERIFY(sameBuckets(whole.buckets(), chunked.buckets()));
}

void TestSimDeterminism::neverGoesBackwards()
{
    QueueSimulation sim(busy(), withCallbacks, 5, monday);
    sim.runUntil(monday + 3600);
    const std::vector<BucketMetrics> before = sim.buckets();
    sim.runUntil(monday + 60);
    QCOMPARE(sim.now(), monday + 3600);
    QVERIFY(sameBuckets(before, sim.buckets()));
}

// Until the change both runs are the same run; after it the new strategy rules.
void TestSimDeterminism::strategyChangeAppliesFromNow()
{
    const qint64 change = monday + day / 2;
    QueueSimulation kept(busy(), withCallbacks, 9, monday);
    QueueSimulation changed(busy(), withCallbacks, 9, monday);
    TraceLog keptLog, changedLog;
    keptLog.attach(kept);
    changedLog.attach(changed);
    kept.runUntil(change);
    changed.runUntil(change);
    changed.setStrategy(voicemailOnly);
    QCOMPARE(changed.strategy(), voicemailOnly);
    kept.runUntil(monday + day);
    changed.runUntil(monday + day);

    std::size_t same = 0;
    while (same < keptLog.events.size() && keptLog.events[same].timeSecs <= double(change)) {
        const SimTraceEvent &k = keptLog.events[same];
        const SimTraceEvent &c = changedLog.events[same];
        QVERIFY(k.kind == c.kind && k.contact == c.contact && k.timeSecs == c.timeSecs);
        ++same;
    }
    QVERIFY(same > 1000);
    int offersBefore = 0;
    for (const SimTraceEvent &e : changedLog.events) {
        const bool after = e.timeSecs > double(change);
        if (!after) {
            offersBefore += e.kind == Kind::PositionOffer || e.kind == Kind::TimeOffer;
            continue;
        }
        QVERIFY(e.kind != Kind::PositionOffer && e.kind != Kind::TimeOffer && e.kind != Kind::MaxHoldToCallback);
        if (e.kind == Kind::AnsweredLive || e.kind == Kind::Abandoned)
            QVERIFY(e.waitedSeconds <= voicemailOnly.maxHoldTime + 1e-6);
    }
    QVERIFY(offersBefore > 0);
    QVERIFY(changedLog.count(Kind::MaxHoldToVoicemail) > 0);

    // Common random numbers: both runs met the same callers.
    QCOMPARE(kept.buckets().size(), changed.buckets().size());
    for (std::size_t i = 0; i < kept.buckets().size(); ++i)
        QCOMPARE(kept.buckets()[i].offered, changed.buckets()[i].offered);
}

void TestSimDeterminism::shorterMaxHoldReleasesLongWaitersAtOnce()
{
    QueueSimulation sim(busy(), SimStrategy{100, false, 1, 0, 3600}, 4, monday);
    TraceLog log;
    log.attach(sim);
    sim.runUntil(monday + 8 * 3600);
    const int waiting = sim.waitingNow();
    QVERIFY(waiting > 3);
    sim.setStrategy(SimStrategy{100, false, 1, 0, 10});
    sim.runUntil(monday + 8 * 3600 + 1);
    int releasedAtOnce = 0;
    for (const SimTraceEvent &e : log.events) {
        if (e.kind == Kind::MaxHoldToVoicemail && e.timeSecs == double(monday + 8 * 3600)) {
            QVERIFY(e.waitedSeconds >= 10);
            ++releasedAtOnce;
        }
    }
    QVERIFY(releasedAtOnce > 0);
    QVERIFY(sim.waitingNow() < waiting + 2);
}

void TestSimDeterminism::sameSeedSameCallersAcrossStrategies()
{
    QueueSimulation a(busy(), withCallbacks, 21, monday);
    QueueSimulation b(busy(), voicemailOnly, 21, monday);
    TraceLog la, lb;
    la.attach(a);
    lb.attach(b);
    a.runUntil(monday + day);
    b.runUntil(monday + day);
    std::vector<double> arrivalsA, arrivalsB;
    for (const SimTraceEvent &e : la.events)
        if (e.kind == Kind::Arrived)
            arrivalsA.push_back(e.timeSecs);
    for (const SimTraceEvent &e : lb.events)
        if (e.kind == Kind::Arrived)
            arrivalsB.push_back(e.timeSecs);
    QVERIFY(arrivalsA.size() > 5000);
    QVERIFY(arrivalsA == arrivalsB);
    QVERIFY(!sameBuckets(a.buckets(), b.buckets()));
}

void TestSimDeterminism::cloneContinuesIdentically()
{
    QueueSimulation sim(busy(), withCallbacks, 13, monday);
    sim.runUntil(monday + 10 * 3600);
    const std::unique_ptr<QueueSimulation> copy = sim.clone();
    QCOMPARE(copy->now(), sim.now());
    QCOMPARE(copy->waitingNow(), sim.waitingNow());
    QCOMPARE(copy->strategy(), sim.strategy());
    sim.runUntil(monday + day);
    copy->runUntil(monday + day);
    QVERIFY(sameBuckets(sim.buckets(), copy->buckets()));

    // The predictor's comparison: same state, same future callers, other strategy.
    const std::unique_ptr<QueueSimulation> other = sim.clone();
    other->setStrategy(voicemailOnly);
    sim.runUntil(monday + 2 * day);
    other->runUntil(monday + 2 * day);
    for (std::size_t i = 0; i < sim.buckets().size(); ++i)
        QCOMPARE(sim.buckets()[i].offered, other->buckets()[i].offered);
}

void TestSimDeterminism::reseedChangesOnlyTheFuture()
{
    QueueSimulation sim(busy(), withCallbacks, 13, monday);
    sim.runUntil(monday + 10 * 3600);
    const std::unique_ptr<QueueSimulation> copy = sim.clone();
    copy->reseedFuture(99);
    sim.runUntil(monday + day);
    copy->runUntil(monday + day);
    const std::size_t past = std::size_t((10 * 3600 - 3600) / bucketSeconds);
    for (std::size_t i = 0; i < past; ++i)
        QCOMPARE(sim.buckets()[i].offered, copy->buckets()[i].offered);
    QVERIFY(!sameBuckets(sim.buckets(), copy->buckets()));
}

void TestSimDeterminism::serviceLevelChangeAppliesFromNow()
{
    QueueSimulation a(busy(), withCallbacks, 17, monday);
    QueueSimulation b(busy(), withCallbacks, 17, monday);
    a.runUntil(monday + 6 * 3600);
    b.runUntil(monday + 6 * 3600);
    b.setServiceLevelSeconds(3600);
    QCOMPARE(b.profile().serviceLevelSeconds, 3600);
    a.runUntil(monday + day);
    b.runUntil(monday + day);
    const auto sl = [](const QueueSimulation &s, qint64 from, qint64 to) {
        return MetricsWindow(s.bucketsBetween(from, to), to - from).totals().answeredLiveWithinServiceLevel;
    };
    QCOMPARE(sl(a, monday, monday + 5 * 3600), sl(b, monday, monday + 5 * 3600));
    QVERIFY(sl(a, monday + 7 * 3600, monday + day) < sl(b, monday + 7 * 3600, monday + day));
}

void TestSimDeterminism::bucketsCoverStartToNow()
{
    QueueSimulation sim(busy(), withCallbacks, 1, monday + 100);
    QVERIFY(sim.buckets().empty());
    sim.runUntil(monday + 100 + 1);
    QCOMPARE(sim.buckets().size(), std::size_t(1));
    QCOMPARE(sim.buckets().front().startSecs, monday);
    sim.runUntil(monday + 3600 + 1);
    QCOMPARE(sim.buckets().size(), std::size_t(13));
    QCOMPARE(sim.buckets().back().startSecs, monday + 3600);
    // The partial first bucket holds only the staffed seconds since the start.
    QCOMPARE(sim.buckets().front().agentSecondsStaffed, 10.0 * 200);
    QCOMPARE(sim.buckets()[1].agentSecondsStaffed, 10.0 * 300);
    QCOMPARE(sim.buckets().back().agentSecondsStaffed, 10.0 * 1);
    QCOMPARE(sim.bucketsBetween(monday + 300, monday + 900).size(), std::size_t(2));
    QCOMPARE(sim.bucketsBetween(monday + 301, monday + 900).size(), std::size_t(1));
    QCOMPARE(sim.bucketsBetween(monday - day, monday + day).size(), std::size_t(13));
    QCOMPARE(sim.bucketsBetween(monday + day, monday + 2 * day).size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestSimDeterminism)
#include "tst_simdeterminism.moc"
