// Calibration: the arithmetic on given metrics and its fallbacks, and a day
// of the sandbox tenant's metrics over the Analytics API against the seeded
// queues' true demand, staffing, handle times and patience.
#include "predict/calibrationfetch.h"
#include "cli/standaloneprediction.h"
#include "predict/queueprediction.h"

#include "api/apiclient.h"
#include "sandbox/sandboxtenant.h"
#include "sim/seededqueues.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace holdline;
using namespace holdline::predict;
using holdline::cli::StandalonePrediction;
using namespace Qt::StringLiterals;

namespace {

Calibrator::Values values(double offered, double answered, double abandoned, double wait, double aht, double agents)
{
    return {{u"queue.offered"_s, offered},        {u"queue.answered"_s, answered},
            {u"queue.abandonCount"_s, abandoned}, {u"queue.averageWaitTime"_s, wait},
            {u"queue.averageHandleTime"_s, aht},  {u"queue.agentsStaffed"_s, agents},
            {u"queue.maxHoldExits"_s, 0.0},       {u"queue.callbacksCompleted"_s, 0.0}};
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void fromSummary();
    void maxHoldExitsCountAsWaiting();
    void fallbacks();
    void timeOfDay();
    void durations();
    void pendingCallbacks();
    void sandboxDay();
};

// 400 contacts in 2 h, 20 abandoned, answered waited 30 s: patience
// = (380 x 30 + 20 x 30) / 20 = 600 s (abandoners taken to wait like the answered).
void TestCalibration::fromSummary()
{
    const Calibration c = Calibrator::fromSummary(values(400, 380, 20, 30, 240, 10.5), 7200, WaitStrategy{}, 30);
    QCOMPARE(c.arrivalsPerHour, 200.0);
    QCOMPARE(c.handleSeconds, 240.0);
    QCOMPARE(c.agents, 10.5);
    QCOMPARE(c.patienceSeconds, 600.0);
    QCOMPARE(c.serviceLevelSeconds, 30);
    QCOMPARE(c.confidence, Calibration::Confidence::Good);
    QVERIFY(c.notes.isEmpty());
    QVERIFY(!c.hasTimeOfDay());
    const sim::QueueProfile p = c.profile();
    QCOMPARE(p.weekdayArrivalsPerHour[17], 200.0);
    QCOMPARE(p.weekendAgents[3], 11); // rounded for the simulation; Erlang A interpolates
    const sim::ErlangResult e = c.erlang(); // 13.3 Erlangs on 10.5 agents: overloaded
    QCOMPARE(e.pAbandon, sim::erlangAFractional(c.erlangInput(), 10.5).pAbandon);
    QVERIFY(e.pAbandon > 0.1 && e.pAbandon < 0.5);
    // P(abandon) = E[wait] / mean patience: feeding Erlang A's own figures back recovers its patience.
    const sim::ErlangResult truth = sim::erlangA({200, 240, 14, 450, 20});
    const double offered = 10000, abandoned = offered * truth.pAbandon;
    const Calibration back = Calibrator::fromSummary(
        values(offered, offered - abandoned, abandoned, truth.meanWaitAnsweredSeconds, 240, 14), 50 * 3600, {});
    QVERIFY2(back.patienceSeconds > 450 * 0.5 && back.patienceSeconds < 450 * 1.5,
             qPrintable(QString::number(back.patienceSeconds)));
}

// A caller who reached maxHoldTime waited exactly that long.
void TestCalibration::maxHoldExitsCountAsWaiting()
{
    Calibrator::Values v = values(400, 370, 20, 30, 240, 10);
    v[u"queue.maxHoldExits"_s] = 10.0;
    WaitStrategy s;
    s.callbackEnabled = false;
    s.maxHoldTime = 300;
    const Calibration c = Calibrator::fromSummary(v, 7200, s);
    QCOMPARE(c.patienceSeconds, (370 * 30 + 10 * 300 + 20 * 30) / 20.0);
}

void TestCalibration::fallbacks()
{
    const Calibration none = Calibrator::fromSummary({}, 3600, {});
    QCOMPARE(none.confidence, Calibration::Confidence::None);
    QCOMPARE(none.arrivalsPerHour, 0.0);
    QVERIFY(!none.notes.isEmpty());

    const Calibration patient = Calibrator::fromSummary(values(400, 400, 0, 10, 240, 10), 7200, {});
    QCOMPARE(patient.confidence, Calibration::Confidence::Thin);
    QCOMPARE(patient.patienceSeconds, 400 * 10.0); // as if one of 4,000 s in line had abandoned
    QVERIFY(patient.notes.join(u' ').contains(u"No abandonments"_s));

    const Calibration few = Calibrator::fromSummary(values(40, 36, 4, 20, 200, 3), 3600, {});
    QCOMPARE(few.confidence, Calibration::Confidence::Thin);
    QCOMPARE(few.notes.size(), 2); // few contacts, few abandonments

    Calibrator::Values nullAht = values(40, 0, 40, 0, 0, 0);
    nullAht[u"queue.averageHandleTime"_s] = std::nullopt;
    nullAht[u"queue.averageWaitTime"_s] = std::nullopt;
    const Calibration noAnswer = Calibrator::fromSummary(nullAht, 3600, {});
    QCOMPARE(noAnswer.handleSeconds, Calibrator::fallbackHandleSeconds);
    QCOMPARE(noAnswer.patienceSeconds, Calibrator::fallbackPatienceSeconds);
}

// Half-hour records of a whole day give the time-of-day shape.
void TestCalibration::timeOfDay()
{
    QList<Calibrator::Bucket> buckets;
    const QDateTime midnight(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    for (int slot = 0; slot < 48; ++slot) {
        const bool open = slot >= 14 && slot < 40;
        buckets.append({midnight.addSecs(slot * 1800),
                        open ? values(50 + slot, 45 + slot, 5, 20, 200, slot / 4) : values(0, 0, 0, 0, 0, 0)});
        if (!open)
            buckets.last().values[u"queue.averageWaitTime"_s] = std::nullopt;
    }
    const Calibration c = Calibrator::fromSeries(buckets, 1800, {});
    QVERIFY(c.hasTimeOfDay());
    QCOMPARE(c.slotArrivalsPerHour[20], 2.0 * 70);
    QCOMPARE(c.slotArrivalsPerHour[2], 0.0);
    QCOMPARE(c.slotAgents[20], 5);
    QCOMPARE(c.windowSeconds, qint64(86400));
    const sim::QueueProfile p = c.profile();
    QCOMPARE(p.weekdayArrivalsPerHour[20], 140.0);
    QCOMPARE(p.weekendArrivalsPerHour[20], 140.0);
    // Five-minute records of part of a day: totals only.
    const Calibration part = Calibrator::fromSeries(buckets.mid(10, 12), 300, {});
    QVERIFY(!part.hasTimeOfDay());
    QVERIFY(!part.notes.isEmpty());
}

void TestCalibration::durations()
{
    QCOMPARE(CalibrationFetch::durationSeconds(u"PT30M"_s), qint64(1800));
    QCOMPARE(CalibrationFetch::durationSeconds(u"P1D"_s), qint64(86400));
    QCOMPARE(CalibrationFetch::durationSeconds(u"P1DT2H"_s), qint64(93600));
    QCOMPARE(CalibrationFetch::durationSeconds(u"2026-11-24T00:00:00Z/2026-11-24T06:00:00Z"_s), qint64(21600));
    QCOMPARE(CalibrationFetch::durationSeconds(u"yesterday"_s), qint64(0));
}

// Callbacks still pending at the window's end: what no contact's outcome
// accounts for; a tenant's impossible figures give none, or a bounded number.
void TestCalibration::pendingCallbacks()
{
    Calibration c;
    c.arrivalsPerHour = 100;
    const WaitStrategy on{10, true, 5, 0, 180};
    const WaitStrategy off{10, false, 5, 0, 180};
    Calibrator::Values v{{u"queue.offered"_s, 1000.0}, {u"queue.answered"_s, 900.0}, {u"queue.abandonCount"_s, 60.0},
                         {u"queue.maxHoldExits"_s, 30.0}};
    QCOMPARE(CalibrationFetch::pendingCallbacks(v, c, on), 40);  // hard-limit exits wait for a callback too
    QCOMPARE(CalibrationFetch::pendingCallbacks(v, c, off), 10); // ... or went to voicemail
    v[u"queue.answered"_s] = 1200.0; // more answered than offered
    QCOMPARE(CalibrationFetch::pendingCallbacks(v, c, on), 0);
    v[u"queue.answered"_s] = 0.0;
    v[u"queue.offered"_s] = 1e12; // bounded by a look-back of the window's own demand
    QCOMPARE(CalibrationFetch::pendingCallbacks(v, c, on), 2400);
    v[u"queue.offered"_s] = std::nan("");
    QCOMPARE(CalibrationFetch::pendingCallbacks(v, c, on), 0);
    QCOMPARE(CalibrationFetch::pendingCallbacks({}, c, on), 0);

    QCOMPARE(CalibrationFetch::backlogInterval(u"2026-11-24T06:00:00Z/2026-11-25T00:00:00Z"_s),
             u"2026-11-24T00:00:00Z/2026-11-25T00:00:00Z"_s);
    QCOMPARE(CalibrationFetch::backlogInterval(u"PT4H"_s), u"P1D"_s);
    QVERIFY(CalibrationFetch::backlogInterval(u"then/now"_s).isEmpty());
}

// The sandbox's queues over its analytics API: staffing is the schedule, AHT
// and demand are close to the profile's, patience is of the right size.
void TestCalibration::sandboxDay()
{
    sandbox::SandboxOptions o;
    o.queueCount = 4;
    o.speed = 0;
    o.historyDays = 1;
    o.rateLimitPerMinute = 0;
    o.simulatedStart = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC); // Wednesday: Tuesday's history
    sandbox::SandboxTenant tenant(o);
    QSignalSpy started(&tenant, &sandbox::SandboxTenant::started);
    tenant.start();
    QVERIFY(started.wait(60'000));

    api::ApiClient client;
    QVERIFY(client.setConnection({tenant.baseUrl(), tenant.clientId(), tenant.clientSecret()}).isEmpty());
    api::AnalyticsClient analytics(&client);
    const QList<sim::SeededQueue> seeded = sim::makeSeededQueues(4, o.seed);
    QHash<QString, QueueFacts> facts;
    for (const sim::SeededQueue &q : seeded) {
        WaitStrategy s{q.initialStrategy.positionThreshold, q.initialStrategy.callbackEnabled,
                       q.initialStrategy.callbackPositionThreshold, q.initialStrategy.abandonmentThreshold,
                       q.initialStrategy.maxHoldTime};
        facts.insert(q.profile.id, {s, q.profile.serviceLevelSeconds});
    }
    CalibrationFetch fetch(&analytics, facts, u"2026-11-24T00:00:00Z/2026-11-25T00:00:00Z"_s, u"PT30M"_s);
    QSignalSpy done(&fetch, &CalibrationFetch::finished);
    fetch.start();
    QVERIFY(done.count() == 1 || done.wait(60'000));
    QVERIFY2(fetch.succeeded(), qPrintable(fetch.error().message));
    QCOMPARE(fetch.calibrations().size(), 4);

    for (const sim::SeededQueue &q : seeded) {
        const Calibration c = fetch.calibrations().value(q.profile.id);
        const sim::QueueProfile &p = q.profile;
        const QString at = q.profile.id + u": "_s;
        QVERIFY2(c.hasTimeOfDay(), qPrintable(at + c.notes.join(u' ')));
        // Calibration reads UTC half-hours; the profile is on its site's clock.
        for (int slot = 0; slot < 48; ++slot)
            QCOMPARE(c.slotAgents[slot], p.weekdayAgents[(slot + p.utcOffsetMinutes / 30 + 48) % 48]);
        const double trueArrivals = std::accumulate(p.weekdayArrivalsPerHour.begin(), p.weekdayArrivalsPerHour.end(), 0.0) / 2;
        // Arrivals are Poisson: within four standard deviations of the truth.
        QVERIFY2(std::abs(c.offered - trueArrivals) < 4 * std::sqrt(trueArrivals),
                 qPrintable(at + QString::number(c.offered) + u" vs "_s + QString::number(trueArrivals)));
        QVERIFY2(std::abs(c.handleSeconds / p.handleTimeMeanSeconds - 1) < 0.1,
                 qPrintable(at + QString::number(c.handleSeconds)));
        if (c.abandoned >= Calibrator::minAbandoned) {
            QVERIFY2(c.patienceSeconds > p.patienceMeanSeconds / 3 && c.patienceSeconds < p.patienceMeanSeconds * 3,
                     qPrintable(at + QString::number(c.patienceSeconds) + u" vs "_s
                                + QString::number(p.patienceMeanSeconds)));
        }
        qInfo().noquote() << at << "patience" << c.patienceSeconds << "true" << p.patienceMeanSeconds << "abandoned"
                          << c.abandoned << confidenceName(c.confidence);
    }

    // `predict Q --set positionThreshold=1` end to end, on the smallest queue.
    const sim::SeededQueue &vip = seeded[3];
    QueuePrediction::Input input;
    input.queueId = vip.profile.id;
    input.facts = facts.value(vip.profile.id);
    input.edited = input.facts.strategy;
    input.edited.positionThreshold = 1;
    input.edited.callbackPositionThreshold = 1;
    input.edited.callbackEnabled = true;
    input.interval = u"2026-11-24T00:00:00Z/2026-11-25T00:00:00Z"_s;
    input.settings.replications = 2;
    QueuePrediction prediction(&analytics, input);
    QSignalSpy predicted(&prediction, &QueuePrediction::finished);
    prediction.start();
    QVERIFY(predicted.count() == 1 || predicted.wait(120'000));
    QVERIFY2(prediction.succeeded(), qPrintable(prediction.errorMessage()));
    QVERIFY(prediction.calibration().hasTimeOfDay());
    const Comparison &cmp = prediction.result()->comparison;
    QCOMPARE(cmp.edited.runs.size(), std::size_t(2));
    QVERIFY(cmp.difference(Metric::CallbacksOfferedPerHour).mean >= 0);
    const QJsonObject json = StandalonePrediction::comparisonJson(prediction.calibration(), cmp, prediction.result()->verdicts);
    QVERIFY(json.value(u"metrics"_s).toObject().contains(u"answerRate"_s));
    qInfo().noquote() << StandalonePrediction::comparisonText(prediction.calibration(), cmp, prediction.result()->verdicts);

    QueuePrediction::Input empty = input;
    empty.interval = u"2026-11-20T00:00:00Z/2026-11-20T01:00:00Z"_s; // before the history: no contacts
    QueuePrediction nothing(&analytics, empty);
    QSignalSpy none(&nothing, &QueuePrediction::finished);
    nothing.start();
    QVERIFY(none.count() == 1 || none.wait(60'000));
    QVERIFY(!nothing.succeeded());
    QVERIFY(!nothing.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
