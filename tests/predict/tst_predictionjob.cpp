// PredictionJob: Erlang A at once, the simulation on a worker thread, each
// new edit cancelling the last; and `holdline-cli predict`'s Erlang A command.
#include "cli/standaloneprediction.h"
#include "predict/predictionjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace holdline;
using namespace holdline::predict;
using holdline::cli::StandalonePrediction;
using namespace Qt::StringLiterals;

namespace {

PredictionRequest request(int editedThreshold, qint64 windowSeconds)
{
    PredictionRequest r;
    r.calibration.arrivalsPerHour = 300;
    r.calibration.agents = 12;
    r.calibration.handleSeconds = 140;
    r.calibration.patienceSeconds = 200;
    r.calibration.confidence = Calibration::Confidence::Good;
    r.current = {10, true, 5, 0, 300};
    r.edited = r.current;
    r.edited.positionThreshold = editedThreshold;
    r.edited.callbackPositionThreshold = std::min(5, editedThreshold);
    Finding f;
    f.severity = FindingSeverity::NeedsPrediction;
    f.ruleId = u"us-md/abandonment"_s;
    f.target = ServiceTarget{ServiceTarget::Kind::MaxAbandonment, 5, 0};
    r.editedFindings = {f};
    r.settings.replications = 3;
    r.settings.windowSeconds = windowSeconds;
    return r;
}

} // namespace

class TestPredictionJob : public QObject
{
    Q_OBJECT

private slots:
    void erlangAtOnceSimulationLater();
    void newEditCancelsTheLast();
    void cancelDeliversNothing();
    void destroyWhileRunning();
    void commandJson();
    void commandText();
    void commandUsage_data();
    void commandUsage();
    void standalone();
};

void TestPredictionJob::erlangAtOnceSimulationLater()
{
    PredictionJob job;
    QList<PredictionResult> results;
    connect(&job, &PredictionJob::finished, this, [&](const PredictionResult &r) {
        QCOMPARE(QThread::currentThread(), thread()); // delivered on the job's thread
        results.append(r);
    });
    const PredictionRequest req = request(4, 2 * 3600);
    const sim::ErlangResult erlang = job.request(req);
    QCOMPARE(erlang.pAbandon, req.calibration.erlang().pAbandon);
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 60'000);
    QVERIFY(!job.isRunning());
    const PredictionResult &r = results.first();
    QCOMPARE(r.generation, job.generation());
    QCOMPARE(r.comparison.current.runs.size(), std::size_t(3));
    QCOMPARE(r.comparison.edited.runs.size(), std::size_t(3));
    QCOMPARE(r.verdicts.size(), 1);
    QVERIFY(r.comparison.difference(Metric::CallbacksOfferedPerHour).mean > 0); // threshold 10 -> 4
}

// Typing fast: only the last edit's prediction arrives; the others are cancelled.
void TestPredictionJob::newEditCancelsTheLast()
{
    PredictionJob job;
    QList<quint64> finished, cancelled;
    connect(&job, &PredictionJob::finished, this, [&](const PredictionResult &r) { finished.append(r.generation); });
    connect(&job, &PredictionJob::cancelled, this, [&](quint64 g) { cancelled.append(g); });
    job.request(request(9, 30 * 86400)); // a month: long, unless cancelled
    job.request(request(8, 30 * 86400));
    job.request(request(7, 2 * 3600));
    QCOMPARE(cancelled, (QList<quint64>{1, 2}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QCOMPARE(finished.first(), quint64(3));
    // Restartable after a result.
    job.request(request(6, 3600));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
    QCOMPARE(finished.last(), quint64(4));
}

void TestPredictionJob::cancelDeliversNothing()
{
    PredictionJob job;
    int finished = 0;
    connect(&job, &PredictionJob::finished, this, [&] { ++finished; });
    QSignalSpy cancelled(&job, &PredictionJob::cancelled);
    job.request(request(3, 3600));
    job.cancel();
    QVERIFY(!job.isRunning());
    QCOMPARE(cancelled.size(), 1);
    job.cancel(); // twice is harmless
    QCOMPARE(cancelled.size(), 1);
    // A later request is delivered; the cancelled one never is.
    job.request(request(5, 3600));
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 60'000);
    QCoreApplication::processEvents();
    QCOMPARE(finished, 1);
}

void TestPredictionJob::destroyWhileRunning()
{
    auto job = std::make_unique<PredictionJob>();
    job->request(request(3, 30 * 86400));
    job.reset(); // cancels, waits for the worker to notice: no dangling delivery
    QCoreApplication::processEvents();
}

void TestPredictionJob::commandJson()
{
    const StandalonePrediction::Output out = StandalonePrediction::run({u"--arrivals-per-hour"_s, u"200"_s, u"--aht-seconds"_s,
                                                            u"180"_s, u"--agents"_s, u"14"_s,
                                                            u"--patience-seconds=300"_s, u"--json"_s});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.standardError.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(out.standardOutput.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{u"answerRate"_s, u"asaSeconds"_s, u"occupancy"_s, u"pAbandon"_s, u"pWait"_s,
                                    u"serviceLevel"_s}));
    QVERIFY(qAbs(o.value(u"pWait"_s).toDouble() - 0.14526) < 1e-4 * 0.14526);
    QVERIFY(qAbs(o.value(u"pAbandon"_s).toDouble() - 0.013984) < 1e-4 * 0.013984);
    QVERIFY(qAbs(o.value(u"asaSeconds"_s).toDouble() - 0.069919 * 60) < 1e-4 * 0.069919 * 60);
    QVERIFY(qAbs(o.value(u"serviceLevel"_s).toDouble() - 0.916792) < 1e-4 * 0.916792);
    QCOMPARE(o.value(u"answerRate"_s).toDouble(), 1 - o.value(u"pAbandon"_s).toDouble());
    // --sl-seconds changes the service level only.
    const StandalonePrediction::Output within60 = StandalonePrediction::run({u"--arrivals-per-hour"_s, u"200"_s, u"--aht-seconds"_s,
                                                                 u"180"_s, u"--agents"_s, u"14"_s, u"--patience-seconds"_s,
                                                                 u"300"_s, u"--sl-seconds"_s, u"60"_s, u"--json"_s});
    const QJsonObject o60 = QJsonDocument::fromJson(within60.standardOutput.toUtf8()).object();
    QVERIFY(o60.value(u"serviceLevel"_s).toDouble() > o.value(u"serviceLevel"_s).toDouble());
    QCOMPARE(o60.value(u"pWait"_s).toDouble(), o.value(u"pWait"_s).toDouble());
}

void TestPredictionJob::commandText()
{
    const StandalonePrediction::Output out = StandalonePrediction::run({u"--arrivals-per-hour"_s, u"200"_s, u"--aht-seconds"_s,
                                                            u"180"_s, u"--agents"_s, u"14"_s, u"--patience-seconds"_s,
                                                            u"0"_s});
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(out.standardOutput.startsWith(u"Erlang C"_s), qPrintable(out.standardOutput));
    QVERIFY(out.standardOutput.contains(u"Service level"_s));
}

void TestPredictionJob::commandUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing agents") << QStringList{u"--arrivals-per-hour"_s, u"1"_s, u"--aht-seconds"_s, u"1"_s,
                                                   u"--patience-seconds"_s, u"1"_s};
    QTest::newRow("not a number") << QStringList{u"--arrivals-per-hour"_s, u"many"_s};
    QTest::newRow("negative") << QStringList{u"--arrivals-per-hour"_s, u"-3"_s};
    QTest::newRow("fractional agents") << QStringList{u"--arrivals-per-hour"_s, u"1"_s, u"--aht-seconds"_s, u"1"_s,
                                                      u"--agents"_s, u"2.5"_s, u"--patience-seconds"_s, u"1"_s};
    QTest::newRow("zero AHT") << QStringList{u"--arrivals-per-hour"_s, u"1"_s, u"--aht-seconds"_s, u"0"_s,
                                             u"--agents"_s, u"2"_s, u"--patience-seconds"_s, u"1"_s};
    QTest::newRow("unknown option") << QStringList{u"--set"_s, u"x=1"_s};
    QTest::newRow("no value") << QStringList{u"--agents"_s};
    QTest::newRow("stray argument") << QStringList{u"q-billing-01"_s};
}

void TestPredictionJob::commandUsage()
{
    QFETCH(QStringList, arguments);
    const StandalonePrediction::Output out = StandalonePrediction::run(arguments);
    QCOMPARE(out.exitCode, 2);
    QVERIFY(out.standardOutput.isEmpty());
    QVERIFY(out.standardError.contains(u"Usage"_s));
}

void TestPredictionJob::standalone()
{
    QVERIFY(!StandalonePrediction::runStandalone({u"holdline-cli"_s, u"predict"_s, u"q-billing-01"_s}));
    QVERIFY(!StandalonePrediction::runStandalone({u"holdline-cli"_s, u"queues"_s}));
    QCOMPARE(StandalonePrediction::runStandalone({u"holdline-cli"_s, u"predict"_s, u"--arrivals-per-hour"_s, u"10"_s,
                                            u"--aht-seconds"_s, u"100"_s, u"--agents"_s, u"1"_s,
                                            u"--patience-seconds"_s, u"60"_s, u"--json"_s}),
             std::optional<int>(0));
}

QTEST_GUILESS_MAIN(TestPredictionJob)
#include "tst_predictionjob.moc"
