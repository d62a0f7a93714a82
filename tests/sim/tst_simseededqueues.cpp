// The seeded tenant: 40 varied, realistic queues, the same for the same seed,
// whose simulated traffic looks like what their descriptions promise.
#include "sim/seededqueues.h"
#include "simtestsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace holdline::sim;
using namespace holdline::sim::test;

class TestSimSeededQueues : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void sameSeedSameQueues();
    void trafficIsVaried();
};

namespace {
int peakAgents(const QueueProfile &p)
{
    return *std::max_element(p.weekdayAgents.begin(), p.weekdayAgents.end());
}
double total(const std::array<double, 48> &a)
{
    double s = 0;
    for (double v : a)
        s += v;
    return s;
}
} // namespace

void TestSimSeededQueues::shape_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("the default tenant") << 40 << quint64(1);
    QTest::newRow("another seed") << 40 << quint64(77);
    QTest::newRow("a few") << 3 << quint64(1);
    QTest::newRow("more than the catalogue") << 130 << quint64(5);
    QTest::newRow("none") << 0 << quint64(1);
}

void TestSimSeededQueues::shape()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    const QList<SeededQueue> queues = makeSeededQueues(count, seed);
    QCOMPARE(queues.size(), count);

    static const QRegularExpression idRule(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QSet<QString> ids, names;
    for (const SeededQueue &q : queues) {
        const QueueProfile &p = q.profile;
        QVERIFY2(idRule.match(p.id).hasMatch(), qPrintable(p.id));
        QVERIFY(!p.name.isEmpty());
        ids.insert(p.id);
        names.insert(p.name);
        QVERIFY(!q.description.isEmpty() && !q.divisionName.isEmpty() && !q.skills.isEmpty());

        QVERIFY2(peakAgents(p) >= 2 && peakAgents(p) <= 80, qPrintable(p.id));
        QVERIFY(total(p.weekdayArrivalsPerHour) > 0);
        QVERIFY2(total(p.weekendArrivalsPerHour) < total(p.weekdayArrivalsPerHour), "weekends are quieter");
        for (int slot = 0; slot < 48; ++slot) {
            // Nobody calls a closed line in vain, and nobody staffs one for nothing.
            QCOMPARE(p.weekdayAgents[slot] > 0, p.weekdayArrivalsPerHour[slot] > 0);
            QVERIFY(p.weekendAgents[slot] >= 0 && p.weekendArrivalsPerHour[slot] >= 0);
        }
        QVERIFY(p.handleTimeMeanSeconds >= 60 && p.handleTimeMeanSeconds <= 1200);
        QVERIFY(p.patienceMeanSeconds > 0);
        QVERIFY(p.callbackAcceptMax <= 1 && p.callbackAcceptBase >= 0);

        // The contract's ranges and cross-field rule (CONTRACT.md §2.2-2.3).
        const SimStrategy &s = q.initialStrategy;
        QVERIFY(s.positionThreshold >= 1 && s.positionThreshold <= 30);
        QVERIFY(s.callbackPositionThreshold >= 1 && s.callbackPositionThreshold <= s.positionThreshold);
        QVERIFY(s.abandonmentThreshold >= 0 && s.abandonmentThreshold <= 3600);
        QVERIFY(s.maxHoldTime >= 1 && s.maxHoldTime <= 1800 && s.maxHoldTime > s.abandonmentThreshold);
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(names.size(), count);
}

void TestSimSeededQueues::sameSeedSameQueues()
{
    const QList<SeededQueue> a = makeSeededQueues(40, 3);
    const QList<SeededQueue> b = makeSeededQueues(40, 3);
    const QList<SeededQueue> c = makeSeededQueues(40, 4);
    QCOMPARE(makeSeededQueues().size(), 40);
    bool anyDifference = false;
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(a[i].profile.id, b[i].profile.id);
        QCOMPARE(a[i].profile.weekdayArrivalsPerHour, b[i].profile.weekdayArrivalsPerHour);
        QCOMPARE(a[i].profile.weekdayAgents, b[i].profile.weekdayAgents);
        QCOMPARE(a[i].profile.handleTimeMeanSeconds, b[i].profile.handleTimeMeanSeconds);
        QCOMPARE(a[i].initialStrategy, b[i].initialStrategy);
        QCOMPARE(a[i].profile.id, c[i].profile.id); // names stay, traffic varies
        anyDifference |= a[i].profile.weekdayArrivalsPerHour != c[i].profile.weekdayArrivalsPerHour;
    }
    QVERIFY(anyDifference);
}

// A simulated weekday and weekend of the default tenant: small and large
// lines, healthy and overloaded ones, and a lunchtime peak.
void TestSimSeededQueues::trafficIsVaried()
{
    const QList<SeededQueue> queues = makeSeededQueues(40, 1);
    int small = 0, large = 0, healthy = 0, overloaded = 0, lunchPeaks = 0, callbacksOn = 0;
    for (const SeededQueue &q : queues) {
        small += peakAgents(q.profile) <= 5;
        large += peakAgents(q.profile) >= 50;
        callbacksOn += q.initialStrategy.callbackEnabled;
        QueueSimulation sim(q.profile, q.initialStrategy, 1, monday);
        sim.runUntil(monday + day);
        const MetricsWindow w(sim.buckets(), day);
        QVERIFY(w.value(QStringLiteral("queue.offered")).value() > 0);
        const double abandonRate = w.value(QStringLiteral("queue.abandonRate")).value();
        healthy += abandonRate < 0.05;
        overloaded += abandonRate > 0.15;
        // Lunchtime (12:00-13:30 UTC) worse than mid-morning (09:30-11:00).
        const auto abandonsIn = [&](qint64 from, qint64 to) {
            return MetricsWindow(sim.bucketsBetween(monday + from, monday + to), to - from)
                .value(QStringLiteral("queue.abandonRate"))
                .value_or(0);
        };
        lunchPeaks += abandonsIn(12 * 3600, 13 * 3600 + 1800) > 2 * abandonsIn(9 * 3600 + 1800, 11 * 3600) + 0.03;
        for (const BucketMetrics &b : sim.buckets()) {
            const MetricsWindow one({&b, 1}, bucketSeconds);
            for (const QString &rate : {QStringLiteral("queue.answerRate"), QStringLiteral("queue.abandonRate"),
                                        QStringLiteral("queue.serviceLevel"),
                                        QStringLiteral("queue.callbackConversionRate")}) {
                const std::optional<double> v = one.value(rate);
                QVERIFY(!v || (*v >= 0 && *v <= 1));
                QCOMPARE(v.has_value(), rate.endsWith(QLatin1String("ConversionRate")) ? b.callbacksOffered > 0
                                                                                       : b.offered > 0);
            }
        }
        // Saturday is quieter than Monday.
        sim.runUntil(monday + 6 * day);
        const auto offered = [&](qint64 dayIndex) {
            return MetricsWindow(sim.bucketsBetween(monday + dayIndex * day, monday + (dayIndex + 1) * day), day)
                .totals()
                .offered;
        };
        QVERIFY2(offered(5) < offered(0), qPrintable(q.profile.id));
    }
    QVERIFY(small >= 4);
    QVERIFY(large >= 3);
    QVERIFY2(healthy >= 8, qPrintable(QString::number(healthy)));
    QVERIFY2(overloaded >= 5, qPrintable(QString::number(overloaded)));
    QVERIFY2(lunchPeaks >= 3, qPrintable(QString::number(lunchPeaks)));
    QVERIFY(callbacksOn >= 20 && callbacksOn < 40);
}

QTEST_GUILESS_MAIN(TestSimSeededQueues)
#include "tst_simseededqueues.moc"
