#pragma once
// What the predictor's accuracy benchmarks share: waiting on a job, an
// explicit ISO interval, an integer option, a sandbox started and connected.
#include "api/analyticsclient.h"
#include "api/apiclient.h"
#include "predict/calibrationfetch.h"
#include "sandbox/sandboxtenant.h"
#include "sim/seededqueues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

#include <cstdio>

namespace holdline::predictbench {

inline constexpr qint64 day = 86400;
inline constexpr qint64 drain = 3600; // outcomes of the day's last contacts, as the prediction's drain

// Benchmarks may wait in a local loop (never production code).
template<typename Job>
void await(Job *job, int ms = 600'000)
{
    if constexpr (requires { job->isFinished(); }) {
        if (job->isFinished())
            return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

inline QString isoInterval(qint64 from, qint64 to)
{
    const auto iso = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate); };
    return iso(from) + u'/' + iso(to);
}

inline int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

// The benchmarks' tenant: the 40 seeded queues, the clock frozen on a
// Wednesday at midnight with Tuesday's history, no rate limit.
inline sandbox::SandboxOptions seededTenant(quint64 seed, bool unmodelledTraffic)
{
    sandbox::SandboxOptions o;
    o.seed = seed;
    o.queueCount = 40;
    o.speed = 0;
    o.historyDays = 1;
    o.rateLimitPerMinute = 0;
    o.simulatedStart = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    o.unmodelledTraffic = unmodelledTraffic;
    return o;
}

// What the seeded queues deploy (what GET /routing/queues returns), as a calibration needs it.
inline QHash<QString, predict::QueueFacts> seededFacts(const QList<sim::SeededQueue> &seeded)
{
    QHash<QString, predict::QueueFacts> facts;
    for (const sim::SeededQueue &q : seeded) {
        const sim::SimStrategy &s = q.initialStrategy;
        facts.insert(q.profile.id, {{s.positionThreshold, s.callbackEnabled, s.callbackPositionThreshold,
                                     s.abandonmentThreshold, s.maxHoldTime},
                                    q.profile.serviceLevelSeconds});
    }
    return facts;
}

// Starts the tenant and connects the client to it; false (said on stderr) when it fails.
inline bool startAndConnect(sandbox::SandboxTenant &tenant, api::ApiClient &client)
{
    QEventLoop loop;
    QObject::connect(&tenant, &sandbox::SandboxTenant::started, &loop, &QEventLoop::quit);
    QObject::connect(&tenant, &sandbox::SandboxTenant::failed, &loop, [&loop](const QString &why) {
        std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(why));
        loop.exit(1);
    });
    tenant.start();
    if (loop.exec() != 0)
        return false;
    const QString error = client.setConnection({tenant.baseUrl(), tenant.clientId(), tenant.clientSecret()});
    if (!error.isEmpty())
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(error));
    return error.isEmpty();
}

} // namespace holdline::predictbench
