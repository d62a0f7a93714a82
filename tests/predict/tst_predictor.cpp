// StrategyPredictor: the simulation agrees with Erlang A where both apply,
// compares strategies on common random numbers, stops when cancelled; and the
// service-target verdicts that replace "needs a prediction".
#include "predict/strategypredictor.h"
#include "predict/targetevaluation.h"
#include "sim/erlang.h"

#include <QTest>

#include <cmath>

using namespace holdline;
using namespace holdline::predict;
using namespace Qt::StringLiterals;

namespace {

sim::QueueProfile flat(double arrivalsPerHour, int agents, double handle, double patience)
{
    sim::QueueProfile p;
    p.id = u"q-test"_s;
    p.weekdayArrivalsPerHour.fill(arrivalsPerHour);
    p.weekendArrivalsPerHour.fill(arrivalsPerHour);
    p.weekdayAgents.fill(agents);
    p.weekendAgents.fill(agents);
    p.handleTimeMeanSeconds = handle;
    p.patienceMeanSeconds = patience;
    return p;
}

// 99 % rather than 95 %: six comparisons at once should not fail one in three runs.
bool within(const Estimate &e, double truth, int replications)
{
    const double widen = 3.25 / studentT975(replications - 1); // t(0.995, 9) / t(0.975, 9)
    return std::abs(e.mean - truth) <= e.halfWidth * widen;
}

Finding targetFinding(ServiceTarget target, const QString &rule)
{
    Finding f;
    f.severity = FindingSeverity::NeedsPrediction;
    f.ruleId = rule;
    f.message = u"Needs a prediction."_s;
    f.target = target;
    return f;
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT

private slots:
    void simulationAgreesWithErlangA_data();
    void simulationAgreesWithErlangA();
    void commonRandomNumbers();
    void cancelStops();
    void estimates();
    void erlangVerdicts();
    void simulationVerdicts();
    void resolveReplacesNeedsPrediction();
};

void TestPredictor::simulationAgreesWithErlangA_data()
{
    QTest::addColumn<double>("arrivalsPerHour");
    QTest::addColumn<double>("handle");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("patience");
    QTest::newRow("literature") << 200.0 << 180.0 << 14 << 300.0;
    QTest::newRow("overloaded") << 500.0 << 150.0 << 18 << 150.0;
}

// No callbacks, no reachable hard limit, exponential times: M/M/n+M.
void TestPredictor::simulationAgreesWithErlangA()
{
    QFETCH(double, arrivalsPerHour);
    QFETCH(double, handle);
    QFETCH(int, agents);
    QFETCH(double, patience);
    sim::QueueProfile p = flat(arrivalsPerHour, agents, handle, patience);
    p.exponentialHandleTimes = true;
    p.serviceLevelSeconds = 20;
    PredictionSettings s;
    s.replications = 10;
    s.windowSeconds = 12 * 3600;
    const StrategyPredictor predictor(p, s);
    const StrategyOutcome out = *predictor.predict({100, false, 1, 0, 3600});

    const sim::ErlangInput in{arrivalsPerHour, handle, agents, patience, 20};
    const sim::ErlangResult a = sim::erlangA(in);
    const struct
    {
        const char *name;
        Estimate sim;
        double erlang;
    } checks[] = {
        {"answer rate", out.estimate(Metric::AnswerRate), a.answerRate()},
        {"abandon rate", out.estimate(Metric::AbandonRate), a.pAbandon},
        {"service level (20 s)", out.estimate(Metric::ServiceLevel), a.serviceLevel},
        {"answered within 20 s (histogram)", out.answeredWithin(20), a.serviceLevel},
        {"answered within 180 s", out.estimate(Metric::AnsweredWithin180), sim::erlangAnsweredWithin(in, 180)},
        {"ASA of the answered (s)", out.estimate(Metric::AsaSeconds), a.meanWaitAnsweredSeconds},
    };
    for (const auto &c : checks) {
        const QString line = u"%1: simulated %2 ± %3, Erlang A %4"_s.arg(QLatin1StringView(c.name))
                                 .arg(c.sim.mean, 0, 'g', 5)
                                 .arg(c.sim.halfWidth, 0, 'g', 2)
                                 .arg(c.erlang, 0, 'g', 5);
        qInfo().noquote() << line;
        QVERIFY2(within(c.sim, c.erlang, s.replications), qPrintable(line));
        QVERIFY2(c.sim.halfWidth <= 0.25 * c.erlang + 2e-3, qPrintable(line)); // narrow enough to mean something
    }
    QCOMPARE(out.estimate(Metric::MaxHoldExitsPerHour).mean, 0.0);
    QCOMPARE(out.estimate(Metric::CallbacksOfferedPerHour).mean, 0.0);
}

// The same callers meet both strategies: an identical edit differs by exactly
// nothing, and a real edit's paired difference is tighter than either estimate.
void TestPredictor::commonRandomNumbers()
{
    PredictionSettings s;
    s.replications = 6;
    s.windowSeconds = 6 * 3600;
    const StrategyPredictor predictor(flat(420, 14, 120, 200), s);
    const sim::SimStrategy current{12, true, 8, 0, 600};
    const Comparison same = *predictor.compare(current, current);
    for (int i = 0; i < int(Metric::Count); ++i) {
        QCOMPARE(same.difference(Metric(i)).mean, 0.0);
        QCOMPARE(same.difference(Metric(i)).halfWidth, 0.0);
    }
    sim::SimStrategy sooner = current;
    sooner.positionThreshold = 3;
    sooner.callbackPositionThreshold = 2;
    const Comparison c = *predictor.compare(current, sooner);
    const Estimate offers = c.difference(Metric::CallbacksOfferedPerHour);
    QVERIFY2(offers.low() > 0, qPrintable(QString::number(offers.mean)));
    const Estimate abandon = c.difference(Metric::AbandonRate);
    QVERIFY2(abandon.high() < 0, qPrintable(QString::number(abandon.mean)));
    QVERIFY(abandon.halfWidth < c.current.estimate(Metric::AbandonRate).halfWidth
                                    + c.edited.estimate(Metric::AbandonRate).halfWidth);
    // Deterministic: the same prediction twice is the same.
    QCOMPARE(predictor.compare(current, sooner)->edited.estimate(Metric::AnswerRate).mean,
             c.edited.estimate(Metric::AnswerRate).mean);
}

void TestPredictor::cancelStops()
{
    const StrategyPredictor predictor(flat(420, 14, 120, 200), PredictionSettings{});
    std::atomic_bool cancel{true};
    QVERIFY(!predictor.predict({}, &cancel));
    QVERIFY(!predictor.compare({}, {}, &cancel));
}

void TestPredictor::estimates()
{
    const Estimate e = estimateOf({1, 2, 3, 4});
    QCOMPARE(e.mean, 2.5);
    QVERIFY(std::abs(e.halfWidth - 3.182 * std::sqrt(5.0 / 3 / 4)) < 1e-9);
    QCOMPARE(estimateOf({7}).halfWidth, 0.0);
    QCOMPARE(estimateOf({}).mean, 0.0);
}

// The literature queue answers 91.68 % within 20 s and loses 1.40 %.
void TestPredictor::erlangVerdicts()
{
    const QList<Finding> findings = {
        targetFinding({ServiceTarget::Kind::AnsweredWithin, 85, 20}, u"us-pa/answer-within-20s"_s),
        targetFinding({ServiceTarget::Kind::AnsweredWithin, 95, 20}, u"strict/answer-within-20s"_s),
        targetFinding({ServiceTarget::Kind::MaxAbandonment, 5, 0}, u"us-md/abandonment"_s),
    };
    const QList<TargetVerdict> v = evaluateTargets(findings, erlangTargets({200, 180, 14, 300, 20}));
    QCOMPARE(v.size(), 3);
    QVERIFY(v[0].pass && v[0].certain);
    QVERIFY(std::abs(v[0].marginPoints - (91.6792 - 85)) < 1e-2);
    QVERIFY(!v[1].pass);
    QVERIFY(std::abs(v[1].marginPoints - (91.6792 - 95)) < 1e-2);
    QVERIFY(v[2].pass);
    QVERIFY(std::abs(v[2].predictedPercent - 1.3984) < 1e-3);
    QVERIFY(std::abs(v[2].marginPoints - (5 - 1.3984)) < 1e-3);
    QVERIFY(!v[1].message.isEmpty());
    QVERIFY(!allTargetsMet(v));
    QVERIFY(std::abs(worstMargin(v) - v[1].marginPoints) < 1e-12);
}

// With intervals: a target inside the interval is a verdict, but not a certain one.
void TestPredictor::simulationVerdicts()
{
    StrategyOutcome out;
    for (int i = 0; i < 4; ++i) {
        Replication r;
        r.totals.offered = 100;
        r.totals.abandoned = 4 + i; // 4..7 %: mean 5.5
        r.liveWaits.assign(3601, 0);
        r.liveWaits[0] = 80;
        r.liveWaits[25] = 10 + quint32(i); // within 30 s: 90..93 %
        out.runs.push_back(r);
    }
    const QList<TargetVerdict> v = evaluateTargets(
        {targetFinding({ServiceTarget::Kind::AnsweredWithin, 75, 30}, u"a"_s),
         targetFinding({ServiceTarget::Kind::AnsweredWithin, 85, 20}, u"b"_s),
         targetFinding({ServiceTarget::Kind::MaxAbandonment, 6, 0}, u"c"_s)},
        simulationTargets(out));
    QVERIFY(v[0].pass && v[0].certain);
    QVERIFY(std::abs(v[0].predictedPercent - 91.5) < 1e-9);
    QVERIFY(!v[1].pass && v[1].certain); // 80 % within 20 s, every time
    QVERIFY(v[2].pass && !v[2].certain); // 5.5 ± 2.05 around 6
    QVERIFY(v[2].halfWidthPercent > 0.5);
}

void TestPredictor::resolveReplacesNeedsPrediction()
{
    Finding error;
    error.severity = FindingSeverity::Error;
    error.ruleId = u"baseline/max-hold-time"_s;
    Finding met = targetFinding({ServiceTarget::Kind::AnsweredWithin, 85, 20}, u"pa"_s);
    Finding missed = targetFinding({ServiceTarget::Kind::AnsweredWithin, 95, 20}, u"strict"_s);
    Finding future = targetFinding({ServiceTarget::Kind::AnsweredWithin, 95, 180}, u"es"_s);
    future.effectiveFrom = QDate(2026, 12, 28);
    future.target->percent = 99.99;
    Finding unpredicted = targetFinding({ServiceTarget::Kind::MaxAbandonment, 5, 0}, u"md"_s);
    const QList<Finding> findings{error, met, missed, future, unpredicted};
    const QList<TargetVerdict> verdicts =
        evaluateTargets({met, missed, future}, erlangTargets({200, 180, 14, 300, 20}));
    const QList<Finding> resolved = resolveTargets(findings, verdicts);
    QCOMPARE(resolved.size(), 4); // met disappears
    QCOMPARE(resolved[0], error);
    QCOMPARE(resolved[1].ruleId, u"strict"_s);
    QCOMPARE(resolved[1].severity, FindingSeverity::Error);
    QVERIFY(resolved[1].message.contains(u"91.7%"_s));
    QCOMPARE(resolved[2].severity, FindingSeverity::Warning); // not in effect yet
    QCOMPARE(resolved[3], unpredicted);                      // no verdict: still needs one
    QVERIFY(allTargetsMet(evaluateTargets({met, future}, erlangTargets({200, 180, 14, 300, 20}))));
}

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
