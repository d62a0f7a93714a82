// Accuracy of the what-if predictor against the sandbox tenant (issue 8):
// for each of the 40 seeded queues, calibrate from the previous simulated
// day's metrics (Analytics API, half-hour buckets), predict the next day's
// answer rate with the simulation, let the day run, and compare. Prints the
// share of queues within ±3 points and every queue's error; also the Erlang A
// (no callbacks) prediction and "same as yesterday" for context.
//
//   bench_predict [--days N] [--replications R] [--seed S] [--unmodelled-traffic]
//
// Deterministic for a seed: anyone can rerun it and get the same figures.
#include "predict/calibrationfetch.h"
#include "predict/patiencefit.h"
#include "predict/strategypredictor.h"
#include "predictbench.h"

#include "api/apiclient.h"
#include "sandbox/sandboxtenant.h"
#include "sim/erlang.h"
#include "sim/seededqueues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace holdline;
using namespace holdline::predict;
using namespace Qt::StringLiterals;

namespace {

using namespace holdline::predictbench;

// Erlang A slot by slot (no callbacks, no max-hold), weighted by arrivals.
double erlangAnswerRate(const Calibration &c)
{
    if (!c.hasTimeOfDay())
        return c.erlang().answerRate();
    double arrivals = 0, lost = 0;
    for (std::size_t s = 0; s < 48; ++s) {
        const double lambda = c.slotArrivalsPerHour[s];
        if (lambda <= 0)
            continue;
        const sim::ErlangResult r =
            sim::erlangA({lambda, c.handleSeconds, c.slotAgents[s], c.patienceSeconds, double(c.serviceLevelSeconds)});
        arrivals += lambda;
        lost += lambda * r.pAbandon;
    }
    return arrivals > 0 ? 1 - lost / arrivals : 1;
}

struct Row
{
    QString id;
    double predicted = 0, halfWidth = 0, identity = 0, erlang = 0, yesterday = 0, actual = 0;
    double identityPatience = 0, patience = 0, truePatience = 0;
    bool actualKnown = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int days = std::max(1, argValue(args, u"--days"_s, 1));
    const int replications = std::max(2, argValue(args, u"--replications"_s, 8));
    const auto seed = quint64(argValue(args, u"--seed"_s, 1));

    const sandbox::SandboxOptions o = seededTenant(seed, args.contains(u"--unmodelled-traffic"_s));
    sandbox::SandboxTenant tenant(o);
    api::ApiClient client;
    if (!startAndConnect(tenant, client))
        return 1;
    api::AnalyticsClient analytics(&client);
    // The strategies and service levels are the seeded ones (what GET /routing/queues returns).
    const QList<sim::SeededQueue> seeded = sim::makeSeededQueues(o.queueCount, o.seed);
    const QHash<QString, QueueFacts> facts = seededFacts(seeded);

    std::vector<Row> all;
    double predictSeconds = 0;
    for (int d = 0; d < days; ++d) {
        // Midnight of the day to predict; from day 2 on the clock stands at 01:00.
        const qint64 today = tenant.simulatedNow().toSecsSinceEpoch() / day * day;
        // 1. Calibrate from yesterday.
        CalibrationFetch fetch(&analytics, facts, isoInterval(today - day, today), u"PT30M"_s);
        fetch.start();
        await(&fetch);
        if (!fetch.succeeded()) {
            std::fprintf(stderr, "calibration failed: %s\n", qPrintable(fetch.error().message));
            return 1;
        }
        // 2. Predict today.
        QElapsedTimer timer;
        timer.start();
        std::vector<Row> rows;
        for (const sim::SeededQueue &q : seeded) {
            const Calibration c = fetch.calibrations().value(q.profile.id);
            PredictionSettings s;
            s.replications = replications;
            s.seed = seed + quint64(d) * 1000;
            s.startSecs = today;
            s.windowSeconds = day;
            s.warmUpSeconds = 2 * 3600;
            s.drainSeconds = drain;
            const sim::SimStrategy strategy = toSimStrategy(facts.value(q.profile.id).strategy);
            // Patience refined by replaying yesterday under yesterday's strategy.
            PatienceFit::Settings fs;
            fs.seed = seed + 7;
            const Calibration fitted = *PatienceFit::fit(c, strategy, fs);
            const StrategyOutcome out = *StrategyPredictor(fitted.profile(), s).predict(strategy);
            const StrategyOutcome raw = *StrategyPredictor(c.profile(), s).predict(strategy);
            Row r;
            r.id = q.profile.id;
            const Estimate e = out.estimate(Metric::AnswerRate);
            r.predicted = e.mean;
            r.halfWidth = e.halfWidth;
            r.identity = raw.estimate(Metric::AnswerRate).mean;
            r.erlang = erlangAnswerRate(c);
            r.identityPatience = c.patienceSeconds;
            r.patience = fitted.patienceSeconds;
            r.truePatience = q.profile.patienceMeanSeconds;
            rows.push_back(r);
        }
        predictSeconds += double(timer.elapsed()) / 1000.0;
        // Yesterday's own answer rate: the naive forecast.
        api::AnalyticsQuery yq;
        yq.interval = isoInterval(today - day, today);
        yq.queueIds = facts.keys();
        yq.metrics = {u"queue.answerRate"_s};
        api::AnalyticsReply *yr = analytics.query(yq);
        await(yr);
        for (const api::MetricsRecord &rec : yr->records()) {
            for (Row &r : rows)
                if (r.id == rec.queueId)
                    r.yesterday = rec.value(u"queue.answerRate"_s).value_or(1);
        }
        yr->deleteLater();
        // 3. Let the day run (plus the drain, once), and measure it.
        tenant.advanceSimulatedTime(d == 0 ? day + drain : day);
        api::AnalyticsQuery aq = yq;
        aq.interval = isoInterval(today, today + day);
        api::AnalyticsReply *ar = analytics.query(aq);
        await(ar);
        for (const api::MetricsRecord &rec : ar->records()) {
            for (Row &r : rows) {
                if (r.id == rec.queueId && rec.value(u"queue.answerRate"_s)) {
                    r.actual = *rec.value(u"queue.answerRate"_s);
                    r.actualKnown = true;
                }
            }
        }
        ar->deleteLater();
        all.insert(all.end(), rows.begin(), rows.end());
        std::printf("Day %d (%s): predicted %zu queues in %.1f s\n", d + 1,
                    qPrintable(QDateTime::fromSecsSinceEpoch(today, Qt::UTC).date().toString(Qt::ISODate)),
                    rows.size(), double(timer.elapsed()) / 1000.0);
    }

    std::printf("\n%-24s %9s %6s %8s %9s %9s %8s %8s %9s %9s %7s\n", "queue", "predicted", "±95%", "actual",
                "error pt", "identity", "erlangA", "yestdy", "patience", "identity", "(true)");
    int within = 0, identityWithin = 0, erlangWithin = 0, naiveWithin = 0, known = 0;
    double absSum = 0, maxAbs = 0;
    for (const Row &r : all) {
        if (!r.actualKnown)
            continue;
        ++known;
        const double err = (r.predicted - r.actual) * 100;
        within += std::abs(err) <= 3;
        identityWithin += std::abs(r.identity - r.actual) * 100 <= 3;
        erlangWithin += std::abs(r.erlang - r.actual) * 100 <= 3;
        naiveWithin += std::abs(r.yesterday - r.actual) * 100 <= 3;
        absSum += std::abs(err);
        maxAbs = std::max(maxAbs, std::abs(err));
        std::printf("%-24s %8.1f%% %6.1f %7.1f%% %+9.1f %8.1f%% %7.1f%% %7.1f%% %8.0fs %8.0fs %6.0fs\n",
                    qPrintable(r.id), r.predicted * 100, r.halfWidth * 100, r.actual * 100, err, r.identity * 100,
                    r.erlang * 100, r.yesterday * 100, r.patience, r.identityPatience, r.truePatience);
    }
    if (known == 0)
        return 1;
    std::printf("\nQueues with an answer rate: %d (of %zu predictions)\n", known, all.size());
    std::printf("Simulation within ±3 points: %d/%d = %.0f%% (target >= 80%%); mean |error| %.2f pt, max %.1f pt\n",
                within, known, 100.0 * within / known, absSum / known, maxAbs);
    std::printf("Simulation with the identity's patience (no replay) within ±3 points: %d/%d = %.0f%%\n",
                identityWithin, known, 100.0 * identityWithin / known);
    std::printf("Erlang A (no callbacks) within ±3 points: %d/%d = %.0f%%\n", erlangWithin, known,
                100.0 * erlangWithin / known);
    std::printf("Same as yesterday within ±3 points: %d/%d = %.0f%%\n", naiveWithin, known, 100.0 * naiveWithin / known);
    std::printf("Prediction time: %.1f s for %zu queue-days (%d replications of a day each)\n", predictSeconds,
                all.size(), replications);
    return 0;
}
