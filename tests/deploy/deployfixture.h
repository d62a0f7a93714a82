#pragma once
// A sandbox tenant and a TenantSession on a temporary history database.

#include "api/apiclient.h"
#include "api/routingclient.h"
#include "deploy/deployjob.h"
#include "deploy/deploymentengine.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "sandboxstart.h"
#include "session/tenantsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace holdline::testing {

inline std::unique_ptr<sandbox::SandboxTenant> startDeployTenant(int queues = 8)
{
    sandbox::SandboxOptions options;
    options.queueCount = queues;
    options.historyDays = 1;
    options.rateLimitPerMinute = 0; // pacing is tested elsewhere
    return testsandbox::startSandbox(options); // the pinned Wednesday late morning: every seeded queue has traffic
}

// maxBackoffMs: the longest wait between tries, and so the longest
// Retry-After that is waited for (the sandbox's 429 asks for 1 s).
inline SessionOptions sessionOptions(const sandbox::SandboxTenant &tenant, const QString &databasePath,
                                     const QUrl &syncEndpoint = {}, qint64 maxBackoffMs = 200)
{
    SessionOptions options;
    options.connection = {tenant.baseUrl(), tenant.clientId(), tenant.clientSecret()};
    options.client.baseBackoffMs = 20;
    options.client.maxBackoffMs = maxBackoffMs;
    options.client.ratePerMinute = 60'000;
    options.client.burst = 1000;
    options.historyDatabasePath = databasePath;
    options.syncEndpoint = syncEndpoint;
    options.osUser = QStringLiteral("tester");
    return options;
}

inline std::unique_ptr<TenantSession> openSession(const SessionOptions &options)
{
    auto session = std::make_unique<TenantSession>(options);
    QSignalSpy ready(session.get(), &TenantSession::ready);
    session->open();
    if (!ready.wait(20'000))
        return nullptr;
    return session;
}

inline std::unique_ptr<TenantSession> openSession(const sandbox::SandboxTenant &tenant, const QString &databasePath,
                                                  const QUrl &syncEndpoint = {}, qint64 maxBackoffMs = 200)
{
    return openSession(sessionOptions(tenant, databasePath, syncEndpoint, maxBackoffMs));
}

inline bool waitForJob(deploy::DeployJob *job, int timeoutMs = 60'000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &deploy::DeployJob::finished);
    return spy.wait(timeoutMs);
}

inline QJsonObject readQueue(TenantSession &session, const QString &id)
{
    std::unique_ptr<api::QueueReply> reply(session.routing()->getQueue(id));
    if (!reply->isFinished()) {
        QSignalSpy spy(reply.get(), &api::ApiJob::finished);
        spy.wait(20'000);
    }
    return reply->queueObject();
}

inline WaitStrategy strategyOf(const QJsonObject &queue)
{
    return readWaitStrategy(queue).strategy.value_or(WaitStrategy{});
}

inline QList<history::HistoryEntry> historyOf(TenantSession &session, const QString &queueId = {})
{
    QList<history::HistoryEntry> result;
    bool done = false;
    history::HistoryFilter filter;
    filter.queueId = queueId;
    QObject context;
    session.history()->entries(filter, &context, [&](QList<history::HistoryEntry> entries, QString) {
        result = entries;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("history read timed out");
    return result; // newest first
}

inline QStringList queueIds(TenantSession &session)
{
    std::unique_ptr<api::QueueListReply> reply(session.routing()->listQueues());
    QSignalSpy spy(reply.get(), &api::ApiJob::finished);
    if (!reply->isFinished())
        spy.wait(20'000);
    QStringList ids;
    for (const QJsonObject &q : reply->queueObjects())
        ids.append(q.value(QLatin1String("id")).toString());
    return ids;
}

// Brings every queue within the baseline policy (hold and abandonment
// thresholds at most 300 s), directly on the tenant, so that tests change one
// field at a time without tripping over a seeded queue's old settings.
inline bool makeCompliant(TenantSession &session)
{
    for (const QString &id : queueIds(session)) {
        const QJsonObject queue = readQueue(session, id);
        WaitStrategy s = strategyOf(queue);
        if (s.maxHoldTime <= 300 && s.abandonmentThreshold <= 300)
            continue;
        s.maxHoldTime = std::min(s.maxHoldTime, 270);
        s.abandonmentThreshold = std::min(s.abandonmentThreshold, 120);
        std::unique_ptr<api::QueueReply> put(
            session.routing()->putQueue(queue.value(QLatin1String("id")).toString(), writeWaitStrategy(queue, s), queue.value(QLatin1String("version")).toInt()));
        QSignalSpy spy(put.get(), &api::ApiJob::finished);
        if (!put->isFinished() && !spy.wait(20'000))
            return false;
        if (!put->succeeded())
            return false;
    }
    return true;
}

} // namespace holdline::testing
