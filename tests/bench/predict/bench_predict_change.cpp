// The what-if predictor where it matters: on days the strategy CHANGES
// (issue 18). For each of the 40 seeded queues, every day: calibrate from
// yesterday's analytics (half-hours), pick a change that matters (threshold
// down or up, callbacks on or off, the time offer, a lower hard limit —
// rotating over queues and days), predict today's answer rate under it,
// deploy it at midnight through the API, let the sandbox run the day, and
// compare with what happened — beside the "same as yesterday" baseline on
// the same queue-days.
//
// The sandbox runs traffic the predictor does not assume (log-normal
// patience, breaks within each half hour, wait-sensitive callback
// acceptance: SandboxOptions::unmodelledTraffic); --modelled turns that off.
// The predictor only sees the analytics.
//
// Days are weekdays whose yesterday is a weekday too (Tuesday to Friday);
// the weekends and Mondays between run unmeasured.
//
//   bench_predict_change [--days N] [--replications R] [--seed S] [--modelled]
//
// Deterministic for a seed. Prints figures; asserts nothing.
#include "predict/calibrationfetch.h"
#include "predict/patiencefit.h"
#include "predict/strategypredictor.h"
#include "predictbench.h"

#include "api/routingclient.h"
#include "model/queuemapping.h"
#include "sim/seededqueues.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace holdline;
using namespace holdline::predict;
using namespace holdline::predictbench;
using namespace Qt::StringLiterals;

namespace {

enum class Change { ThresholdDown, ThresholdUp, CallbacksToggled, TimeOfferToggled, LowerHardLimit, Count };

const char *changeName(Change c)
{
    switch (c) {
    case Change::ThresholdDown: return "threshold down";
    case Change::ThresholdUp: return "threshold up";
    case Change::CallbacksToggled: return "callbacks on/off";
    case Change::TimeOfferToggled: return "time offer on/off";
    case Change::LowerHardLimit: return "lower hard limit";
    case Change::Count: break;
    }
    return "?";
}

// A change that matters, kept within the contract (callback position <= threshold).
WaitStrategy changed(WaitStrategy s, Change c)
{
    switch (c) {
    case Change::ThresholdDown:
        s.callbackEnabled = true;
        s.positionThreshold = std::max(1, s.positionThreshold / 4);
        break;
    case Change::ThresholdUp:
        s.positionThreshold = std::min(50, s.positionThreshold + 15);
        break;
    case Change::CallbacksToggled:
        s.callbackEnabled = !s.callbackEnabled;
        if (s.callbackEnabled)
            s.positionThreshold = std::min(s.positionThreshold, 3);
        break;
    case Change::TimeOfferToggled:
        s.callbackEnabled = true;
        s.abandonmentThreshold = s.abandonmentThreshold > 0 ? 0 : 45;
        break;
    case Change::LowerHardLimit:
        s.maxHoldTime = std::max(30, s.maxHoldTime / 4);
        break;
    case Change::Count:
        break;
    }
    s.callbackPositionThreshold = std::min(s.callbackPositionThreshold, s.positionThreshold);
    return s;
}

struct Row
{
    QString id;
    Change change = Change::ThresholdDown;
    double predicted = 0, halfWidth = 0, yesterday = 0, actual = 0;
    int pending = 0; // callbacks pending at midnight, as the calibration estimated them
    bool known = false;
};

// Answer rate per queue over an interval.
std::map<QString, double> answerRates(api::AnalyticsClient &analytics, const QStringList &ids, qint64 from, qint64 to)
{
    api::AnalyticsQuery q;
    q.interval = isoInterval(from, to);
    q.queueIds = ids;
    q.metrics = {u"queue.answerRate"_s};
    api::AnalyticsReply *reply = analytics.query(q);
    await(reply);
    std::map<QString, double> rates;
    for (const api::MetricsRecord &rec : reply->records())
        if (const auto v = rec.value(u"queue.answerRate"_s))
            rates[rec.queueId] = *v;
    reply->deleteLater();
    return rates;
}

bool deploy(api::RoutingClient &routing, const QString &id, const WaitStrategy &strategy)
{
    api::QueueReply *read = routing.getQueue(id);
    await(read);
    if (read->error().isError()) {
        std::fprintf(stderr, "GET %s: %s\n", qPrintable(id), qPrintable(read->error().message));
        return false;
    }
    api::QueueReply *write = routing.putQueue(id, writeWaitStrategy(read->queueObject(), strategy), read->version());
    await(write);
    const bool ok = !write->error().isError();
    if (!ok)
        std::fprintf(stderr, "PUT %s: %s\n", qPrintable(id), qPrintable(write->error().message));
    read->deleteLater();
    write->deleteLater();
    return ok;
}

struct Tally
{
    int n = 0, model = 0, baseline = 0;
    double modelAbs = 0, baselineAbs = 0;
    void add(const Row &r)
    {
        ++n;
        const double e = std::abs(r.predicted - r.actual) * 100, b = std::abs(r.yesterday - r.actual) * 100;
        model += e <= 3;
        baseline += b <= 3;
        modelAbs += e;
        baselineAbs += b;
    }
    void print(const char *label) const
    {
        if (n == 0) {
            std::printf("| %s | 0 | | | | |\n", label);
            return;
        }
        std::printf("| %s | %d | %d/%d = %.0f %% | %.2f | %d/%d = %.0f %% | %.2f |\n", label, n, model, n, 100.0 * model / n,
                    modelAbs / n, baseline, n, 100.0 * baseline / n, baselineAbs / n);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int days = std::max(1, argValue(args, u"--days"_s, 12));
    const int replications = std::max(2, argValue(args, u"--replications"_s, 8));
    const auto seed = quint64(argValue(args, u"--seed"_s, 1));

    const sandbox::SandboxOptions o = seededTenant(seed, !args.contains(u"--modelled"_s));
    sandbox::SandboxTenant tenant(o);
    api::ApiClient client;
    if (!startAndConnect(tenant, client))
        return 1;
    api::AnalyticsClient analytics(&client);
    api::RoutingClient routing(&client);

    const QList<sim::SeededQueue> seeded = sim::makeSeededQueues(o.queueCount, o.seed);
    QHash<QString, QueueFacts> facts = seededFacts(seeded);
    const QStringList ids = facts.keys();
    std::printf("Traffic: %s\n", o.unmodelledTraffic ? "unmodelled (log-normal patience, breaks, wait-sensitive acceptance)"
                                                      : "as the predictor assumes");

    std::vector<Row> all;
    QElapsedTimer timer;
    timer.start();
    bool drained = false;
    for (int d = 0; d < days;) {
        const qint64 today = tenant.simulatedNow().toSecsSinceEpoch() / day * day;
        // Yesterday only describes today between weekdays (Tuesday to
        // Friday): weekends and Mondays run unmeasured, for both forecasts.
        const int weekday = QDateTime::fromSecsSinceEpoch(today, Qt::UTC).date().dayOfWeek();
        if (weekday == 1 || weekday >= 6) {
            tenant.advanceSimulatedTime(drained ? day : day + drain);
            drained = true;
            continue;
        }
        CalibrationFetch fetch(&analytics, facts, isoInterval(today - day, today), u"PT30M"_s);
        fetch.start();
        await(&fetch);
        if (!fetch.succeeded()) {
            std::fprintf(stderr, "calibration failed: %s\n", qPrintable(fetch.error().message));
            return 1;
        }
        const std::map<QString, double> yesterday = answerRates(analytics, ids, today - day, today);
        std::vector<Row> rows;
        for (int i = 0; i < seeded.size(); ++i) {
            const QString id = seeded.at(i).profile.id;
            const WaitStrategy before = facts.value(id).strategy;
            Row r;
            r.id = id;
            r.change = Change((i + d) % int(Change::Count));
            const WaitStrategy after = changed(before, r.change);
            PredictionSettings s;
            s.replications = replications;
            s.seed = seed + quint64(d) * 1000;
            s.startSecs = today;
            s.windowSeconds = day;
            s.warmUpSeconds = 2 * 3600;
            s.drainSeconds = drain;
            // Patience as yesterday's strategy saw it, then today's strategy on that.
            PatienceFit::Settings fs;
            fs.seed = seed + 7;
            const Calibration fitted = *PatienceFit::fit(fetch.calibrations().value(id), toSimStrategy(before), fs);
            r.pending = fitted.pendingCallbacks;
            const Estimate e = StrategyPredictor(fitted.profile(), s).predict(toSimStrategy(after))->estimate(Metric::AnswerRate);
            r.predicted = e.mean;
            r.halfWidth = e.halfWidth;
            r.yesterday = yesterday.count(id) ? yesterday.at(id) : 1;
            if (!deploy(routing, id, after))
                return 1;
            facts[id].strategy = after;
            rows.push_back(r);
        }
        tenant.advanceSimulatedTime(drained ? day : day + drain);
        drained = true;
        const std::map<QString, double> actual = answerRates(analytics, ids, today, today + day);
        for (Row &r : rows) {
            if (actual.count(r.id)) {
                r.actual = actual.at(r.id);
                r.known = true;
            }
        }
        all.insert(all.end(), rows.begin(), rows.end());
        ++d;
        std::printf("Day %d (%s): 40 queues changed, predicted and run\n", d,
                    qPrintable(QDateTime::fromSecsSinceEpoch(today, Qt::UTC).date().toString(Qt::ISODate)));
    }

    std::printf("\n%-24s %-18s %9s %6s %8s %8s %9s %8s\n", "queue", "change", "predicted", "±95%", "actual", "yestdy",
                "error pt", "pending");
    Tally everyDay, moved;
    std::map<Change, Tally> byChange;
    for (const Row &r : all) {
        if (!r.known)
            continue;
        everyDay.add(r);
        if (std::abs(r.actual - r.yesterday) * 100 >= 5) {
            moved.add(r);
            byChange[r.change].add(r);
        }
        std::printf("%-24s %-18s %8.1f%% %6.1f %7.1f%% %7.1f%% %+9.1f %8d\n", qPrintable(r.id), changeName(r.change),
                    r.predicted * 100, r.halfWidth * 100, r.actual * 100, r.yesterday * 100, (r.predicted - r.actual) * 100,
                    r.pending);
    }
    std::printf("\n| changed queue-days | n | model within ±3 pt | model mean abs. error (pt) | same as yesterday within ±3 pt | same as yesterday mean abs. error (pt) |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    everyDay.print("all");
    moved.print("answer rate moved ≥ 5 pt");
    for (const auto &[change, tally] : byChange)
        tally.print((std::string("… of which ") + changeName(change)).c_str());
    std::printf("\nTime: %.1f s for %zu queue-days (%d replications of a day each)\n", double(timer.elapsed()) / 1000.0,
                all.size(), replications);
    return 0;
}
