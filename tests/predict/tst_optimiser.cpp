// The optimiser: every candidate it recommends passes the validator's hard
// rules and the tenant's limits; with service targets it picks the highest
// position threshold that meets them all; behind the ThresholdAdvisor interface.
#include "predict/strategyoptimiser.h"

#include "model/policyregistry.h"

#include <QTest>

using namespace holdline;
using namespace holdline::predict;
using namespace Qt::StringLiterals;

namespace {

const QString maryland = u"us-md-comar-20-50-12-08"_s;

Calibration queue(double arrivalsPerHour, double agents, double handle, double patience)
{
    Calibration c;
    c.arrivalsPerHour = arrivalsPerHour;
    c.agents = agents;
    c.handleSeconds = handle;
    c.patienceSeconds = patience;
    c.confidence = Calibration::Confidence::Good;
    return c;
}

StrategyOptimiser::Settings quick(int maxThreshold)
{
    StrategyOptimiser::Settings s;
    s.maxPositionThreshold = maxThreshold;
    s.prediction.replications = 3;
    s.prediction.windowSeconds = 4 * 3600;
    return s;
}

WaitStrategy strategy(int threshold, int callbackThreshold, int maxHold = 300)
{
    return {threshold, true, callbackThreshold, 0, maxHold};
}

} // namespace

class TestOptimiser : public QObject
{
    Q_OBJECT

    PolicyRegistry m_registry = PolicyRegistry::withBuiltInPacks();
    const QDate m_today{2026, 11, 25};

    StrategyValidator validator(TenantLimits limits = {}) const
    {
        PolicySelection selection;
        selection.select(maryland);
        return StrategyValidator(m_registry, selection, limits);
    }

private slots:
    void initTestCase() { QVERIFY(m_registry.pack(maryland)); }
    void highestThresholdMeetingTargets();
    void healthyQueueKeepsCallbacksLate();
    void tenantLimitAndHardRules();
    void advisorInterface();
};

// A busy line: Maryland's 75 % within 30 s and <= 5 % abandoned.
void TestOptimiser::highestThresholdMeetingTargets()
{
    const StrategyValidator v = validator();
    const StrategyOptimiser optimiser(v, m_today, quick(12));
    const OptimiserResult r = optimiser.optimise(queue(330, 12, 120, 150), strategy(10, 4));
    QCOMPARE(r.tried.size(), 12);
    QVERIFY(r.best);
    for (const Candidate &c : r.tried) {
        QVERIFY(c.allowed);
        QCOMPARE(c.verdicts.size(), 2); // Maryland's two targets, every candidate
        QVERIFY(c.strategy.callbackPositionThreshold <= c.strategy.positionThreshold);
        qInfo("threshold %2d: answer %.4f, callbacks offered %.1f/h, worst margin %.2f, %s",
              c.strategy.positionThreshold, c.answerRate, c.callbacksOfferedPerHour, c.worstMarginPoints,
              c.meetsTargets ? "meets" : "misses");
    }
    const Candidate &best = *r.best;
    if (best.meetsTargets) {
        for (const Candidate &c : r.tried) // nothing higher meets them
            QVERIFY(!(c.meetsTargets && c.strategy.positionThreshold > best.strategy.positionThreshold));
    } else {
        for (const Candidate &c : r.tried) // nothing meets them, nothing comes closer
            QVERIFY(!c.meetsTargets && c.worstMarginPoints <= best.worstMarginPoints + 1e-9);
    }
    // A lower threshold offers more callbacks: the optimiser's reason to go high.
    QVERIFY(r.tried.first().callbacksOfferedPerHour > r.tried.last().callbacksOfferedPerHour);
}

// Plenty of agents: every threshold meets the targets, so the highest wins.
void TestOptimiser::healthyQueueKeepsCallbacksLate()
{
    const StrategyValidator v = validator();
    const OptimiserResult r = StrategyOptimiser(v, m_today, quick(8)).optimise(queue(100, 12, 180, 300), strategy(3, 2));
    QVERIFY(r.best);
    QVERIFY(r.best->meetsTargets);
    QCOMPARE(r.best->strategy.positionThreshold, 8);
    QCOMPARE(r.best->strategy.callbackPositionThreshold, 2);
}

void TestOptimiser::tenantLimitAndHardRules()
{
    TenantLimits limits;
    limits.maxPositionThreshold = 5;
    const StrategyValidator limited = validator(limits);
    const OptimiserResult r = StrategyOptimiser(limited, m_today, quick(12)).optimise(queue(100, 12, 180, 300), strategy(3, 2));
    QCOMPARE(r.tried.size(), 5);
    QVERIFY(r.best && r.best->strategy.positionThreshold <= 5);

    // The baseline pack caps maxHoldTime at 300 s: nothing with 600 s is allowed.
    PolicySelection withBaseline;
    withBaseline.select(maryland);
    const StrategyValidator strict(m_registry, withBaseline);
    const OptimiserResult none = StrategyOptimiser(strict, m_today, quick(4)).optimise(queue(100, 12, 180, 300), strategy(3, 2, 600));
    QVERIFY(!none.best);
    for (const Candidate &c : none.tried)
        QVERIFY(!c.allowed);
}

void TestOptimiser::advisorInterface()
{
    const StrategyValidator v = validator();
    PredictiveAdvisor advisor(v, quick(6));
    deploy::ThresholdAdvisor &iface = advisor;
    QVERIFY(!iface.name().isEmpty());
    deploy::AdvisorInput input;
    input.current = strategy(3, 2);
    input.answerRate = 0.95;
    input.tenantTime = QDateTime(m_today, QTime(9, 0), Qt::UTC);
    const deploy::Advice without = iface.advise(input);
    QVERIFY(!without.change);
    QVERIFY(!without.reason.isEmpty());

    advisor.setCalibration(queue(100, 12, 180, 300));
    const deploy::Advice a = iface.advise(input);
    QVERIFY(a.change);
    QCOMPARE(a.direction, 1);
    QCOMPARE(a.suggested.positionThreshold, 6);
    QVERIFY2(a.reason.contains(u"meets every service target"_s), qPrintable(a.reason));
}

QTEST_GUILESS_MAIN(TestOptimiser)
#include "tst_optimiser.moc"
