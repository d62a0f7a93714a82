// Each rule of CONTRACT.md §2.4, observed through the simulation's trace on an
// overloaded queue (12.5 Erlangs on 10 agents), for a table of strategies.
#include "simtestsupport.h"

#include <QTest>

#include <map>

using namespace holdline::sim;
using namespace holdline::sim::test;
using Kind = SimTraceEvent::Kind;

Q_DECLARE_METATYPE(holdline::sim::SimStrategy)

class TestSimRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void callbacksOnlyWhenNobodyWaits();
    void acceptanceGrowsWithAnnouncedWait();
    void conservation();
    void handleTimesHaveTheProfileMean_data();
    void handleTimesHaveTheProfileMean();
};

namespace {
constexpr double eps = 1e-6;

SimStrategy strategy(int position, bool callbacks, int callbackPosition, int abandonment, int maxHold)
{
    return SimStrategy{position, callbacks, callbackPosition, abandonment, maxHold};
}

QueueProfile overloaded()
{
    return flatProfile(300, 10, 150, 300);
}
} // namespace

void TestSimRules::rules_data()
{
    QTest::addColumn<SimStrategy>("strategy");
    QTest::addColumn<bool>("expectPositionOffers");
    QTest::addColumn<bool>("expectTimeOffers");
    QTest::addColumn<bool>("expectMaxHoldExits");

    QTest::newRow("both offers") << strategy(3, true, 2, 60, 150) << true << true << true;
    QTest::newRow("callback threshold above position threshold") << strategy(2, true, 6, 0, 90) << true << false
                                                                 << true;
    QTest::newRow("time offers past a longer threshold") << strategy(4, true, 4, 100, 900) << true << true << false;
    QTest::newRow("callbacks disabled: voicemail") << strategy(3, false, 2, 60, 120) << false << false << true;
    QTest::newRow("inactive: threshold above any line") << strategy(100, true, 1, 30, 3600) << false << false
                                                        << false;
    QTest::newRow("short max hold to callback") << strategy(5, true, 5, 0, 30) << true << false << true;
}

void TestSimRules::rules()
{
    QFETCH(SimStrategy, strategy);
    QFETCH(bool, expectPositionOffers);
    QFETCH(bool, expectTimeOffers);
    QFETCH(bool, expectMaxHoldExits);

    QueueSimulation sim(overloaded(), strategy, 42, monday);
    TraceLog log;
    log.attach(sim);
    sim.runUntil(monday + day);

    std::map<quint64, int> positionOffers, timeOffers;
    int maxWaiting = 0;
    for (const SimTraceEvent &e : log.events) {
        maxWaiting = std::max(maxWaiting, e.waiting);
        switch (e.kind) {
        case Kind::PositionOffer:
            // Active: more than positionThreshold waiting, the joiner included;
            // and the joiner's place is beyond callback.positionThreshold.
            QVERIFY(strategy.callbackEnabled);
            QCOMPARE(e.position, e.waiting);
            QVERIFY2(e.waiting > strategy.positionThreshold, "a position offer while inactive");
            QVERIFY2(e.position > strategy.callbackPositionThreshold, "a position offer too close to the head");
            QCOMPARE(e.waitedSeconds, 0.0);
            QCOMPARE(++positionOffers[e.contact], 1);
            break;
        case Kind::TimeOffer:
            QVERIFY(strategy.callbackEnabled && strategy.abandonmentThreshold > 0);
            QVERIFY2(e.waiting > strategy.positionThreshold, "a time offer while inactive");
            QVERIFY(qAbs(e.waitedSeconds - strategy.abandonmentThreshold) < eps);
            QVERIFY(e.position >= 1 && e.position <= e.waiting);
            QCOMPARE(++timeOffers[e.contact], 1);
            break;
        case Kind::AnsweredLive:
        case Kind::Abandoned:
            QVERIFY2(e.waitedSeconds <= strategy.maxHoldTime + eps, "waited past maxHoldTime");
            break;
        case Kind::MaxHoldToCallback:
            QVERIFY(strategy.callbackEnabled);
            QVERIFY(qAbs(e.waitedSeconds - strategy.maxHoldTime) < eps);
            break;
        case Kind::MaxHoldToVoicemail:
            QVERIFY(!strategy.callbackEnabled);
            QVERIFY(qAbs(e.waitedSeconds - strategy.maxHoldTime) < eps);
            break;
        case Kind::CallbackAnswered:
            QVERIFY(strategy.callbackEnabled);
            break;
        case Kind::Arrived:
        case Kind::CallbackAccepted:
            break;
        }
    }
    if (strategy.positionThreshold >= 100)
        QVERIFY2(maxWaiting <= strategy.positionThreshold, "the line did grow past the threshold");

    QCOMPARE(log.count(Kind::PositionOffer) > 0, expectPositionOffers);
    QCOMPARE(log.count(Kind::TimeOffer) > 0, expectTimeOffers);
    const int exits = log.count(Kind::MaxHoldToCallback) + log.count(Kind::MaxHoldToVoicemail);
    QCOMPARE(exits > 0, expectMaxHoldExits);

    // The buckets say what the trace says.
    const MetricsWindow w(sim.buckets(), day);
    const BucketMetrics &t = w.totals();
    QCOMPARE(t.offered, log.count(Kind::Arrived));
    QCOMPARE(t.answeredLive, log.count(Kind::AnsweredLive));
    QCOMPARE(t.answered, log.count(Kind::AnsweredLive) + log.count(Kind::CallbackAnswered));
    QCOMPARE(t.abandoned, log.count(Kind::Abandoned));
    QCOMPARE(t.maxHoldExits, exits);
    QCOMPARE(t.callbacksOffered, log.count(Kind::PositionOffer) + log.count(Kind::TimeOffer));
    QCOMPARE(t.callbacksAccepted, log.count(Kind::CallbackAccepted));
    QVERIFY(t.callbacksCompleted <= t.callbacksAccepted);
    if (!strategy.callbackEnabled) {
        QCOMPARE(t.callbacksOffered, 0);
        QCOMPARE(t.callbacksCompleted, 0);
        QCOMPARE(t.answered, t.answeredLive); // voicemail is not an answer
    } else {
        // Max-hold exits to a callback are answered when called back, but are
        // not offers: completions beyond the accepted offers are those exits.
        QCOMPARE(t.answered - t.answeredLive - t.callbacksCompleted,
                 log.count(Kind::CallbackAnswered) - t.callbacksCompleted);
    }
    for (const QString &rate : {QStringLiteral("queue.answerRate"), QStringLiteral("queue.abandonRate"),
                                QStringLiteral("queue.serviceLevel"), QStringLiteral("queue.callbackConversionRate")}) {
        for (const BucketMetrics &b : sim.buckets()) {
            const std::optional<double> v = MetricsWindow({&b, 1}, bucketSeconds).value(rate);
            QVERIFY(!v || (*v >= 0 && *v <= 1));
        }
    }
}

void TestSimRules::callbacksOnlyWhenNobodyWaits()
{
    QueueSimulation sim(overloaded(), strategy(2, true, 2, 30, 120), 7, monday);
    TraceLog log;
    log.attach(sim);
    sim.runUntil(monday + day);
    QVERIFY(log.count(Kind::CallbackAnswered) > 100);
    for (const SimTraceEvent &e : log.events) {
        if (e.kind == Kind::CallbackAnswered)
            QCOMPARE(e.waiting, 0);
    }
}

void TestSimRules::acceptanceGrowsWithAnnouncedWait()
{
    QueueProfile p = overloaded();
    p.callbackAcceptBase = 0.1;
    p.callbackAcceptPerMinute = 0.05;
    p.callbackAcceptMax = 0.6;
    QueueSimulation sim(p, strategy(1, true, 1, 0, 3600), 3, monday);
    TraceLog log;
    log.attach(sim);
    sim.runUntil(monday + day / 4);
    int offers = 0;
    for (const SimTraceEvent &e : log.events) {
        if (e.kind != Kind::PositionOffer)
            continue;
        ++offers;
        // announced wait = position x mean handle time / agents staffed
        const double announced = e.position * p.handleTimeMeanSeconds / 10.0;
        QCOMPARE(e.acceptProbability, std::clamp(0.1 + 0.05 * announced / 60.0, 0.0, 0.6));
    }
    QVERIFY(offers > 100);
}

// Every contact is somewhere: answered, abandoned, sent to voicemail, or still
// waiting (in line or for a callback).
void TestSimRules::conservation()
{
    for (const bool callbacks : {true, false}) {
        QueueSimulation sim(overloaded(), strategy(3, callbacks, 2, 60, 240), 11, monday);
        TraceLog log;
        log.attach(sim);
        for (qint64 t = monday; t <= monday + day; t += 3 * 3600) {
            sim.runUntil(t);
            const BucketMetrics tot = MetricsWindow(sim.buckets(), t - monday).totals();
            QCOMPARE(qint64(tot.offered), qint64(sim.contactsArrived()));
            QCOMPARE(tot.offered, tot.answered + tot.abandoned + log.count(Kind::MaxHoldToVoicemail)
                                      + sim.waitingNow() + sim.callbacksPendingNow());
            QVERIFY(sim.agentsBusyNow() <= std::max(sim.agentsStaffedNow(), 10));
        }
    }
}

void TestSimRules::handleTimesHaveTheProfileMean_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<bool>("exponential");
    QTest::newRow("lognormal, sigma 0.5") << 0.5 << false;
    QTest::newRow("lognormal, sigma 1.0") << 1.0 << false;
    QTest::newRow("exponential") << 0.5 << true;
    QTest::newRow("constant") << 0.0 << false;
}

// queue.averageHandleTime estimates the profile's mean (no bias from who gets answered).
void TestSimRules::handleTimesHaveTheProfileMean()
{
    QFETCH(double, sigma);
    QFETCH(bool, exponential);
    QueueProfile p = flatProfile(600, 60, 240, 300); // 40 Erlangs on 60 agents: all answered
    p.handleTimeSigma = sigma;
    p.exponentialHandleTimes = exponential;
    QueueSimulation sim(p, strategy(10, true, 5, 120, 600), 8, monday);
    sim.runUntil(monday + 3 * day);
    const std::optional<double> aht = MetricsWindow(sim.buckets(), 3 * day).value(QStringLiteral("queue.averageHandleTime"));
    QVERIFY(aht.has_value());
    // 43,000 calls; the standard error is at most 240 * 1.31 / 207 = 1.5 s.
    QVERIFY2(std::abs(*aht - 240) < 6, qPrintable(QString::number(*aht)));
    if (sigma == 0 && !exponential)
        QCOMPARE(*aht, 240.0);
}

QTEST_GUILESS_MAIN(TestSimRules)
#include "tst_simrules.moc"
