// MetricsWindow: the contract's metrics (CONTRACT.md §3) from summed buckets.
#include "sim/bucketmetrics.h"
#include "simtestsupport.h"

#include <QTest>

#include <vector>

using namespace holdline::sim;

Q_DECLARE_METATYPE(std::optional<double>)

class TestSimMetrics : public QObject
{
    Q_OBJECT

private slots:
    void metricNamesInContractOrder();
    void values_data();
    void values();
    void emptyWindow_data();
    void emptyWindow();
    void sumsKeepFirstStart();
    void simulatedQueueWithoutCallers();
};

namespace {
std::vector<BucketMetrics> twoBuckets()
{
    BucketMetrics a;
    a.startSecs = 600;
    a.offered = 10;
    a.answered = 8;
    a.answeredLive = 6;
    a.answeredLiveWithinServiceLevel = 5;
    a.abandoned = 1;
    a.maxHoldExits = 1;
    a.callbacksOffered = 4;
    a.callbacksAccepted = 2;
    a.callbacksCompleted = 1;
    a.liveWaitSecondsSum = 60;
    a.handleSecondsSum = 1600;
    a.agentSecondsStaffed = 3000;
    BucketMetrics b;
    b.startSecs = 900;
    b.offered = 10;
    b.answered = 10;
    b.answeredLive = 9;
    b.answeredLiveWithinServiceLevel = 9;
    b.callbacksOffered = 1;
    b.callbacksAccepted = 1;
    b.callbacksCompleted = 1;
    b.liveWaitSecondsSum = 30;
    b.handleSecondsSum = 2000;
    b.agentSecondsStaffed = 3000;
    return {a, b};
}
} // namespace

void TestSimMetrics::metricNamesInContractOrder()
{
    const QStringList expected = {
        QStringLiteral("queue.offered"),          QStringLiteral("queue.answered"),
        QStringLiteral("queue.answerRate"),       QStringLiteral("queue.abandonCount"),
        QStringLiteral("queue.abandonRate"),      QStringLiteral("queue.averageWaitTime"),
        QStringLiteral("queue.serviceLevel"),     QStringLiteral("queue.maxHoldExits"),
        QStringLiteral("queue.averageHandleTime"), QStringLiteral("queue.agentsStaffed"),
        QStringLiteral("queue.callbacksOffered"), QStringLiteral("queue.callbacksAccepted"),
        QStringLiteral("queue.callbacksCompleted"), QStringLiteral("queue.callbackConversionRate"),
    };
    QCOMPARE(MetricsWindow::metricNames(), expected);
    for (const QString &m : expected)
        QVERIFY(MetricsWindow::isMetric(m));
    QVERIFY(!MetricsWindow::isMetric(QStringLiteral("queue.id")));
    QVERIFY(!MetricsWindow::isMetric(QStringLiteral("interval.start")));
}

void TestSimMetrics::values_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("expected");

    QTest::newRow("offered") << QStringLiteral("queue.offered") << 20.0;
    QTest::newRow("answered") << QStringLiteral("queue.answered") << 18.0;
    QTest::newRow("answerRate") << QStringLiteral("queue.answerRate") << 0.9;
    QTest::newRow("abandonCount") << QStringLiteral("queue.abandonCount") << 1.0;
    QTest::newRow("abandonRate") << QStringLiteral("queue.abandonRate") << 0.05;
    QTest::newRow("averageWaitTime: over live answers") << QStringLiteral("queue.averageWaitTime") << 6.0;
    QTest::newRow("serviceLevel: over offered") << QStringLiteral("queue.serviceLevel") << 0.7;
    QTest::newRow("maxHoldExits") << QStringLiteral("queue.maxHoldExits") << 1.0;
    QTest::newRow("averageHandleTime: over answered") << QStringLiteral("queue.averageHandleTime") << 200.0;
    QTest::newRow("agentsStaffed: over the window") << QStringLiteral("queue.agentsStaffed") << 10.0;
    QTest::newRow("callbacksOffered") << QStringLiteral("queue.callbacksOffered") << 5.0;
    QTest::newRow("callbacksAccepted") << QStringLiteral("queue.callbacksAccepted") << 3.0;
    QTest::newRow("callbacksCompleted") << QStringLiteral("queue.callbacksCompleted") << 2.0;
    QTest::newRow("callbackConversionRate") << QStringLiteral("queue.callbackConversionRate") << 0.6;
}

void TestSimMetrics::values()
{
    QFETCH(QString, metric);
    QFETCH(double, expected);
    const std::vector<BucketMetrics> buckets = twoBuckets();
    const MetricsWindow w(buckets, 600);
    const std::optional<double> v = w.value(metric);
    QVERIFY(v.has_value());
    QCOMPARE(*v, expected);
}

// No contacts: counts are 0, rates and averages null, never a made-up 0.
void TestSimMetrics::emptyWindow_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<std::optional<double>>("expected");

    const std::optional<double> null;
    QTest::newRow("offered") << QStringLiteral("queue.offered") << std::optional<double>(0);
    QTest::newRow("answered") << QStringLiteral("queue.answered") << std::optional<double>(0);
    QTest::newRow("answerRate") << QStringLiteral("queue.answerRate") << null;
    QTest::newRow("abandonRate") << QStringLiteral("queue.abandonRate") << null;
    QTest::newRow("averageWaitTime") << QStringLiteral("queue.averageWaitTime") << null;
    QTest::newRow("serviceLevel") << QStringLiteral("queue.serviceLevel") << null;
    QTest::newRow("averageHandleTime") << QStringLiteral("queue.averageHandleTime") << null;
    QTest::newRow("agentsStaffed: 4 agents, nobody called") << QStringLiteral("queue.agentsStaffed")
                                                            << std::optional<double>(4);
    QTest::newRow("callbackConversionRate") << QStringLiteral("queue.callbackConversionRate") << null;
    QTest::newRow("unknown metric") << QStringLiteral("queue.bogus") << null;
}

void TestSimMetrics::emptyWindow()
{
    QFETCH(QString, metric);
    QFETCH(std::optional<double>, expected);
    BucketMetrics quiet;
    quiet.agentSecondsStaffed = 4 * 300;
    const MetricsWindow w({&quiet, 1}, 300);
    QCOMPARE(w.value(metric), expected);
    // A default window (nothing, no time) has no staffing figure either.
    if (metric == QLatin1String("queue.agentsStaffed"))
        QCOMPARE(MetricsWindow().value(metric), std::optional<double>());
}

void TestSimMetrics::sumsKeepFirstStart()
{
    std::vector<BucketMetrics> buckets = twoBuckets();
    BucketMetrics sum = buckets[0];
    sum += buckets[1];
    QCOMPARE(sum.startSecs, qint64(600));
    QCOMPARE(sum.offered, 20);
    const MetricsWindow w(buckets, 600);
    QCOMPARE(w.totals().startSecs, qint64(600));
    QCOMPARE(w.windowSeconds(), qint64(600));
    QCOMPARE(w.totals().handleSecondsSum, 3600.0);
}

// A staffed line nobody calls: real zeros for the counts, null for the rates.
void TestSimMetrics::simulatedQueueWithoutCallers()
{
    using namespace holdline::sim::test;
    QueueSimulation sim(flatProfile(0, 3, 240, 300), SimStrategy{}, 1, monday);
    sim.runUntil(monday + 3600);
    const MetricsWindow w(sim.buckets(), 3600);
    QCOMPARE(w.value(QStringLiteral("queue.offered")), std::optional<double>(0));
    QCOMPARE(w.value(QStringLiteral("queue.answerRate")), std::optional<double>());
    QCOMPARE(w.value(QStringLiteral("queue.averageWaitTime")), std::optional<double>());
    QCOMPARE(w.value(QStringLiteral("queue.averageHandleTime")), std::optional<double>());
    QCOMPARE(w.value(QStringLiteral("queue.agentsStaffed")), std::optional<double>(3));
    QCOMPARE(sim.contactsArrived(), quint64(0));
}

QTEST_GUILESS_MAIN(TestSimMetrics)
#include "tst_simmetrics.moc"
