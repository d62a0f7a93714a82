// Bulk deploy of 500 sandbox queues with 100 ms injected latency (a realistic
// cloud round trip) under a 6,000/min tenant limit: wall time against the
// rate-limit floor (requests ÷ allowed rate) and against a plain sequential
// loop. The engine runs on a user's defaults: the client learns the limit
// from the tenant's answers and chooses its calls in flight; the bulk run
// chooses its concurrency and reads the queues with one listing. (The CLI
// process on the same defaults: tests/bench/cli-bulk-user-path.py.)
// Prints figures; asserts nothing.
//
//   build/release/tests/bench/api/bench_bulkdeploy [queues] [latencyMs]
#include "api/apiclient.h"
#include "api/routingclient.h"
#include "deploy/bulkdeployment.h"
#include "deploy/deploymentengine.h"
#include "model/queuemapping.h"
#include "sandbox/sandboxtenant.h"
#include "session/tenantsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace holdline;
using namespace Qt::StringLiterals;

namespace {

constexpr int RatePerMinute = 6000;
constexpr int Burst = 50;

// Benchmarks may wait in a local loop: this is a measuring harness, not product code.
template<typename Object, typename Signal>
bool waitFor(Object *object, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(object, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

std::unique_ptr<sandbox::SandboxTenant> startTenant(int queues, int latencyMs)
{
    sandbox::SandboxOptions options;
    options.queueCount = queues;
    options.historyDays = 1;
    options.rateLimitPerMinute = RatePerMinute;
    options.burst = Burst;
    options.faults.latencyMs = latencyMs;
    auto tenant = std::make_unique<sandbox::SandboxTenant>(options);
    tenant->start();
    if (!waitFor(tenant.get(), &sandbox::SandboxTenant::started, 120'000))
        return nullptr;
    return tenant;
}

// concurrency 0: the client's defaults.
std::unique_ptr<TenantSession> openSession(const sandbox::SandboxTenant &tenant, const QString &db, int concurrency)
{
    SessionOptions options;
    options.connection = {tenant.baseUrl(), tenant.clientId(), tenant.clientSecret()};
    options.client.maxConcurrency = concurrency;
    options.historyDatabasePath = db;
    auto session = std::make_unique<TenantSession>(options);
    session->open();
    if (!waitFor(session.get(), &TenantSession::ready, 20'000))
        return nullptr;
    return session;
}

QStringList listQueues(TenantSession &session)
{
    std::unique_ptr<api::QueueListReply> reply(session.routing()->listQueues());
    waitFor(reply.get(), &api::ApiJob::finished, 60'000);
    QStringList ids;
    for (const QJsonObject &q : reply->queueObjects())
        ids.append(q.value("id"_L1).toString());
    return ids;
}

QList<deploy::DeployRequest> requests(const QStringList &ids)
{
    QList<deploy::DeployRequest> list;
    for (const QString &id : ids) {
        deploy::DeployRequest r;
        r.queueId = id;
        r.assignments = {*parseFieldAssignment(u"maxHoldTime=240"_s), *parseFieldAssignment(u"abandonmentThreshold=60"_s)};
        list.append(r);
    }
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int queues = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int latencyMs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const int sequentialSample = std::min(queues, 50);
    QTemporaryDir dir;

    std::printf("bulk deploy: %d queues, %d ms latency, tenant limit %d/min (burst %d)\n", queues, latencyMs,
                RatePerMinute, Burst);

    // Holdline's bulk run.
    auto tenant = startTenant(queues, latencyMs);
    auto session = tenant ? openSession(*tenant, dir.filePath(u"bulk.sqlite"_s), 0) : nullptr;
    if (!session) {
        std::fprintf(stderr, "could not start the sandbox tenant\n");
        return 1;
    }
    const QStringList ids = listQueues(*session);
    int rateLimited = 0;
    QObject::connect(session->client(), &api::ApiClient::rateLimited, &app, [&rateLimited] { ++rateLimited; });
    deploy::BulkDeployment bulk(session->engine(), requests(ids));
    QElapsedTimer timer;
    timer.start();
    bulk.start();
    if (!bulk.isFinished())
        waitFor(&bulk, &deploy::BulkDeployment::finished, 600'000);
    const double bulkSeconds = timer.elapsed() / 1000.0;
    // The floor of a client that reads each queue, then writes it.
    const int readThenWrite = 2 * int(ids.size());
    const double floorSeconds = std::max(0, readThenWrite - Burst) * 60.0 / RatePerMinute;
    std::printf("  holdline bulk (defaults; %d jobs, %d calls in flight at the end): %.2f s; deployed %d, failed %d, "
                "conflict %d, blocked %d\n",
                bulk.concurrency(), session->client()->inFlightLimit(), bulkSeconds,
                bulk.count(deploy::DeployStatus::Deployed), bulk.count(deploy::DeployStatus::Failed),
                bulk.count(deploy::DeployStatus::Conflict), bulk.count(deploy::DeployStatus::Blocked));
    std::printf("  read-then-write floor (%d requests): %.2f s  ->  %.3fx that floor\n", readThenWrite, floorSeconds,
                bulkSeconds / floorSeconds);
    std::printf("  429s from the tenant, retried before any caller saw them: %d\n", rateLimited);

    // A plain sequential loop (GET, then PUT, one queue at a time), as the
    // specification's sample does, on a sample of queues.
    auto seqTenant = startTenant(sequentialSample, latencyMs);
    auto seqSession = seqTenant ? openSession(*seqTenant, dir.filePath(u"seq.sqlite"_s), 1) : nullptr;
    if (!seqSession)
        return 1;
    const QStringList seqIds = listQueues(*seqSession);
    timer.restart();
    int sequentialFailures = 0;
    for (const QString &id : seqIds) {
        std::unique_ptr<api::QueueReply> get(seqSession->routing()->getQueue(id));
        waitFor(get.get(), &api::ApiJob::finished, 60'000);
        QJsonObject queue = get->queueObject();
        WaitStrategy s = readWaitStrategy(queue).strategy.value_or(WaitStrategy{});
        s.maxHoldTime = 240;
        s.abandonmentThreshold = 60;
        std::unique_ptr<api::QueueReply> put(
            seqSession->routing()->putQueue(queue.value(QLatin1String("id")).toString(), writeWaitStrategy(queue, s), get->version()));
        waitFor(put.get(), &api::ApiJob::finished, 60'000);
        sequentialFailures += put->succeeded() ? 0 : 1;
    }
    const double sequentialSeconds = timer.elapsed() / 1000.0;
    const double perQueue = sequentialSeconds / std::max<qsizetype>(1, seqIds.size());
    std::printf("  sequential loop: %.2f s for %lld queues (%.0f ms a queue, %d failed) -> %.1f s for %d queues\n",
                sequentialSeconds, qint64(seqIds.size()), perQueue * 1000, sequentialFailures, perQueue * queues, queues);
    std::printf("  speed-up over the sequential loop: %.1fx\n", perQueue * queues / bulkSeconds);
    return 0;
}
