// Validation: with Poisson arrivals, exponential handle times and patience,
// constant staffing and no callbacks, the simulation is an M/M/n+M queue, and
// its P(wait > 0), P(abandon) and mean waits must agree with Erlang A within
// their confidence intervals (batch means). The analytic values come from the
// birth–death chain computed here, independently of the simulation.
#include "simtestsupport.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace holdline::sim;
using namespace holdline::sim::test;

namespace {

struct ErlangA
{
    double pWait = 0;           // P(an arrival finds every agent busy)
    double pAbandon = 0;
    double meanWaitAll = 0;     // E[time in line], over all arrivals (= E[Lq] / lambda)
    double meanWaitServed = 0;  // E[time in line | answered]
};

// M/M/n+M: states k = number in system, birth lambda, death min(k,n) mu +
// max(k-n,0) theta. The stationary law is built in logs and normalised against
// its largest term, so large n and heavy loads neither overflow nor underflow.
// Rates in any one time unit; waits come out in that unit.
ErlangA erlangA(double lambda, double mu, double theta, int n)
{
    const int states = n + 20000;
    std::vector<double> logPi(states, 0.0);
    double top = 0;
    for (int k = 1; k < states; ++k) {
        const double death = std::min(k, n) * mu + std::max(k - n, 0) * theta;
        logPi[k] = logPi[k - 1] + std::log(lambda) - std::log(death);
        top = std::max(top, logPi[k]);
    }
    double sum = 0;
    for (double &l : logPi)
        sum += (l = std::exp(l - top));
    ErlangA r;
    double queueLength = 0, waitServedSum = 0, pServed = 0;
    double expectedToHead = 0; // sum of 1/(n mu + (i+1) theta), i = 0..j
    for (int k = n; k < states; ++k) {
        const double pi = logPi[k] / sum;
        const int j = k - n; // callers ahead of a tagged arrival
        // The tagged caller moves up at rate n mu + j' theta and leaves at
        // rate theta; P(served | j ahead) telescopes to n mu / (n mu + (j+1) theta).
        expectedToHead += 1.0 / (n * mu + (j + 1) * theta);
        const double served = n * mu / (n * mu + (j + 1) * theta);
        r.pWait += pi;
        queueLength += j * pi;
        pServed += pi * served;
        waitServedSum += pi * served * expectedToHead;
    }
    pServed += 1 - r.pWait; // answered at once
    r.pAbandon = theta * queueLength / lambda;
    r.meanWaitAll = queueLength / lambda;
    r.meanWaitServed = waitServedSum / pServed;
    return r;
}

struct Estimate
{
    double value = 0;
    double halfWidth = 0; // 99 % confidence
};

// Ratio estimator over the whole run; its half-width from batch means.
Estimate batchMeans(const std::vector<double> &num, const std::vector<double> &den)
{
    const std::size_t b = num.size();
    double totalNum = 0, totalDen = 0, mean = 0;
    std::vector<double> ratios;
    for (std::size_t i = 0; i < b; ++i) {
        totalNum += num[i];
        totalDen += den[i];
        ratios.push_back(num[i] / den[i]);
        mean += ratios.back() / double(b);
    }
    double var = 0;
    for (double r : ratios)
        var += (r - mean) * (r - mean) / double(b - 1);
    constexpr double t99With39Df = 2.7079;
    return {totalNum / totalDen, t99With39Df * std::sqrt(var / double(b))};
}

} // namespace

class TestSimErlangA : public QObject
{
    Q_OBJECT

private slots:
    void analyticReproducesLiterature();
    void analyticLimits();
    void simulationAgreesWithErlangA_data();
    void simulationAgreesWithErlangA();
};

// Arrivals 100 per 30 min, AHT 3 min, mean patience 5 min, 14 agents.
void TestSimErlangA::analyticReproducesLiterature()
{
    const ErlangA r = erlangA(100.0 / 30, 1.0 / 3, 1.0 / 5, 14); // per minute
    const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-4 * std::abs(b); };
    QVERIFY2(near(r.pWait, 0.14526), qPrintable(QString::number(r.pWait, 'g', 8)));
    QVERIFY2(near(r.pAbandon, 0.013984), qPrintable(QString::number(r.pAbandon, 'g', 8)));
    QVERIFY2(near(r.meanWaitAll, 0.069919), qPrintable(QString::number(r.meanWaitAll, 'g', 8)));
}

// Self-consistency: the tagged-caller view of abandonment equals theta E[Lq] / lambda
// (checked through the served waits), and scaling time leaves probabilities alone.
void TestSimErlangA::analyticLimits()
{
    const ErlangA perMinute = erlangA(100.0 / 30, 1.0 / 3, 1.0 / 5, 14);
    const ErlangA perSecond = erlangA(100.0 / 1800, 1.0 / 180, 1.0 / 300, 14);
    QVERIFY(std::abs(perMinute.pWait - perSecond.pWait) < 1e-12);
    QVERIFY(std::abs(perMinute.meanWaitAll * 60 - perSecond.meanWaitAll) < 1e-9);
    // Served callers wait less on average than all callers' time in line here.
    QVERIFY(perMinute.meanWaitServed < perMinute.meanWaitAll);
    // 90 agents on 60 Erlangs hardly ever wait; 50 on 60 nearly always do.
    QVERIFY(erlangA(60, 1, 0.5, 90).pWait < 1e-3);
    QVERIFY(erlangA(60, 1, 0.5, 50).pWait > 0.9);
}

void TestSimErlangA::simulationAgreesWithErlangA_data()
{
    QTest::addColumn<double>("arrivalsPerHour");
    QTest::addColumn<double>("handleSeconds");
    QTest::addColumn<double>("patienceSeconds");
    QTest::addColumn<int>("agents");
    QTest::addColumn<quint64>("seed"); // one per row: rows on common random numbers would err alike
    QTest::addColumn<double>("arrivals"); // about; many-agent lines decorrelate slowly

    QTest::newRow("literature: 10 Erlangs on 14") << 200.0 << 180.0 << 300.0 << 14 << quint64(1) << 250000.0;
    QTest::newRow("overloaded: 20 Erlangs on 18") << 600.0 << 120.0 << 120.0 << 18 << quint64(2) << 250000.0;
    QTest::newRow("light: 8.3 Erlangs on 12") << 100.0 << 300.0 << 600.0 << 12 << quint64(3) << 250000.0;
    QTest::newRow("small: 2 Erlangs on 3") << 30.0 << 240.0 << 180.0 << 3 << quint64(4) << 250000.0;
    QTest::newRow("large: 75 Erlangs on 75") << 1500.0 << 180.0 << 240.0 << 75 << quint64(5) << 1000000.0;
}

void TestSimErlangA::simulationAgreesWithErlangA()
{
    QFETCH(double, arrivalsPerHour);
    QFETCH(double, handleSeconds);
    QFETCH(double, patienceSeconds);
    QFETCH(int, agents);
    QFETCH(quint64, seed);
    QFETCH(double, arrivals);

    QueueProfile p = flatProfile(arrivalsPerHour, agents, handleSeconds, patienceSeconds);
    p.exponentialHandleTimes = true;
    p.serviceLevelSeconds = 0; // "within service level" = answered without waiting
    // No callbacks; the hard limit is far beyond anybody's patience (P ~ e^-12).
    const SimStrategy noCallbacks{100, false, 1, 0, 3600};

    const qint64 days = qint64(std::ceil(arrivals / (arrivalsPerHour * 24)));
    const qint64 warmUp = 3600;
    const qint64 end = monday + days * day;
    QueueSimulation sim(p, noCallbacks, seed, monday);
    sim.runUntil(end + 3600); // every arrival before `end` has its outcome

    constexpr int batches = 40;
    const qint64 batchSeconds = (end - monday - warmUp) / batches / bucketSeconds * bucketSeconds;
    std::vector<double> offered, waited, abandoned, lineWait, liveWait, answeredLive;
    int exits = 0;
    for (int b = 0; b < batches; ++b) {
        const qint64 from = monday + warmUp + b * batchSeconds;
        const BucketMetrics t = MetricsWindow(sim.bucketsBetween(from, from + batchSeconds), batchSeconds).totals();
        offered.push_back(t.offered);
        waited.push_back(t.offered - t.answeredLiveWithinServiceLevel);
        abandoned.push_back(t.abandoned);
        lineWait.push_back(t.lineWaitSecondsSum);
        liveWait.push_back(t.liveWaitSecondsSum);
        answeredLive.push_back(t.answeredLive);
        exits += t.maxHoldExits;
        QCOMPARE(t.answered, t.answeredLive);
        QCOMPARE(t.answered + t.abandoned + t.maxHoldExits, t.offered);
    }
    QVERIFY(exits <= 2);

    const ErlangA a = erlangA(arrivalsPerHour / 3600, 1 / handleSeconds, 1 / patienceSeconds, agents);
    const struct
    {
        const char *name;
        Estimate sim;
        double analytic;
    } checks[] = {
        {"P(wait > 0)", batchMeans(waited, offered), a.pWait},
        {"P(abandon)", batchMeans(abandoned, offered), a.pAbandon},
        {"mean wait, all arrivals (s)", batchMeans(lineWait, offered), a.meanWaitAll},
        {"mean wait, answered (s)", batchMeans(liveWait, answeredLive), a.meanWaitServed},
    };
    for (const auto &c : checks) {
        const QString line = QStringLiteral("%1: simulated %2 ± %3 (99%), Erlang A %4")
                                 .arg(QLatin1String(c.name))
                                 .arg(c.sim.value, 0, 'g', 5)
                                 .arg(c.sim.halfWidth, 0, 'g', 2)
                                 .arg(c.analytic, 0, 'g', 5);
        qInfo().noquote() << line;
        QVERIFY2(std::abs(c.sim.value - c.analytic) <= c.sim.halfWidth, qPrintable(line));
        // The interval is narrow enough for the agreement to mean something.
        QVERIFY2(c.sim.halfWidth <= 0.1 * c.analytic + 1e-3, qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestSimErlangA)
#include "tst_simerlanga.moc"
