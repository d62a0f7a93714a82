// Bulk deploys: every queue gets an outcome, under randomized faults every
// queue's unowned fields stay intact, and the history agrees with the server.
#include "deployfixture.h"
#include "sandboxstats.h"

#include "deploy/bulkdeployment.h"
#include "deploy/queuechange.h"

#include <QtTest>

using namespace holdline;
using namespace holdline::deploy;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

class TestBulk : public QObject
{
    Q_OBJECT

private:
    static QList<DeployRequest> requestsFor(const QStringList &ids, const QString &assignment)
    {
        QList<DeployRequest> requests;
        for (const QString &id : ids) {
            DeployRequest r;
            r.queueId = id;
            r.assignments = {*parseFieldAssignment(assignment)};
            requests.append(r);
        }
        return requests;
    }

    static bool run(BulkDeployment &bulk)
    {
        QSignalSpy finished(&bulk, &BulkDeployment::finished);
        bulk.start();
        return bulk.isFinished() || finished.wait(120'000);
    }

private slots:
    void underRandomFaultsNothingIsLost()
    {
        auto tenant = startDeployTenant(16);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"bulk.sqlite"_s));
        QVERIFY(session);
        QVERIFY(makeCompliant(*session));
        const QStringList ids = queueIds(*session);
        QCOMPARE(ids.size(), 16);
        QMap<QString, QJsonObject> before;
        for (const QString &id : ids)
            before.insert(id, readQueue(*session, id));

        sandbox::SandboxFaults faults;
        faults.probability500 = 0.1;
        faults.probability503 = 0.1;
        faults.probability429 = 0.1;
        faults.dropAfterWriteProbability = 0.15;
        faults.dropBeforeWriteProbability = 0.1;
        faults.concurrentWriterProbability = 0.2;
        faults.concurrentWriterField = u"description"_s;
        faults.malformedJsonProbability = 0.05;
        tenant->setFaults(faults);

        BulkDeployment bulk(session->engine(), requestsFor(ids, u"abandonmentThreshold=75"_s), 4);
        QSignalSpy progress(&bulk, &BulkDeployment::progress);
        QVERIFY(run(bulk));
        tenant->setFaults({});

        QCOMPARE(bulk.outcomes().size(), ids.size());
        QCOMPARE(progress.last().at(0).toInt(), ids.size());
        for (const DeployOutcome &o : bulk.outcomes()) {
            QVERIFY2(o.status == DeployStatus::Deployed || o.status == DeployStatus::Failed
                         || o.status == DeployStatus::Conflict || o.status == DeployStatus::Uncertain,
                     qPrintable(o.queueId + u": "_s + deployStatusName(o.status)));
            // Not known yet is never reported as failed, and names what stays pending.
            if (o.status == DeployStatus::Uncertain)
                QVERIFY2(o.pendingEntryId > 0 && o.entryId == 0, qPrintable(o.queueId));
        }
        qInfo("deployed %d, failed %d, conflict %d, uncertain %d", bulk.count(DeployStatus::Deployed),
              bulk.count(DeployStatus::Failed), bulk.count(DeployStatus::Conflict),
              bulk.count(DeployStatus::Uncertain));
        QVERIFY(bulk.count(DeployStatus::Deployed) > 0);

        // Settle whatever a lost answer left pending, as a restart would.
        QSignalSpy reconciled(session->engine(), &DeploymentEngine::reconciled);
        session->engine()->reconcilePending();
        QVERIFY(reconciled.wait(60'000));

        for (const QString &id : ids) {
            const QJsonObject now = readQueue(*session, id);
            const QJsonObject was = before.value(id);
            // Unowned fields intact (the simulated other supervisor may have edited the description).
            QJsonObject nowRest = withoutManagedFields(writeWaitStrategy(now, strategyOf(was)));
            QJsonObject wasRest = withoutManagedFields(was);
            nowRest.remove("description"_L1);
            wasRest.remove("description"_L1);
            QCOMPARE(canonicalJson(nowRest), canonicalJson(wasRest));

            // The history agrees with the server.
            const QList<history::HistoryEntry> entries = historyOf(*session, id);
            const WaitStrategy serverStrategy = strategyOf(now);
            std::optional<history::HistoryEntry> lastResolution;
            for (const history::HistoryEntry &e : entries)
                if (e.action == "deploy"_L1 && e.status != "pending"_L1) {
                    lastResolution = e;
                    break;
                }
            if (serverStrategy.abandonmentThreshold == 75 && strategyOf(was).abandonmentThreshold != 75) {
                QVERIFY2(lastResolution && lastResolution->status == "completed"_L1,
                         qPrintable(id + u" changed on the server but the history does not say completed"_s));
            } else if (lastResolution) {
                QVERIFY2(lastResolution->status != "completed"_L1 || strategyOf(was).abandonmentThreshold == 75,
                         qPrintable(id + u" history says completed but the server does not hold it"_s));
            }
        }

        // A second run is idempotent: what is at the target is left alone.
        int atTarget = 0;
        for (const QString &id : ids)
            atTarget += strategyOf(readQueue(*session, id)).abandonmentThreshold == 75 ? 1 : 0;
        QVERIFY(atTarget >= bulk.count(DeployStatus::Deployed));
        BulkDeployment again(session->engine(), requestsFor(ids, u"abandonmentThreshold=75"_s), 4);
        QVERIFY(run(again));
        for (const DeployOutcome &o : again.outcomes())
            QVERIFY2(o.status == DeployStatus::Deployed || o.status == DeployStatus::Unchanged,
                     qPrintable(o.queueId + u": "_s + o.error));
        QCOMPARE(again.count(DeployStatus::Unchanged), atTarget);
        QCOMPARE(again.count(DeployStatus::Deployed), int(ids.size()) - atTarget);
    }

    // The bug the random-fault run once caught by chance, made exact with the
    // sandbox's scripted faults: one queue's write is applied but its answer
    // lost, and the read-back meets 429, 429. It is deployed and recorded
    // once as completed, never as failed. Another queue's answer and every
    // read-back are lost: uncertain, with its pending entry, settled later.
    void scriptedLostAnswersAreSettledExactly()
    {
        auto tenant = startDeployTenant(4);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"scripted.sqlite"_s), {}, 1'000); // waits out a 429
        QVERIFY(session && makeCompliant(*session));
        const QStringList ids = queueIds(*session);
        using S = sandbox::ScriptStep;
        sandbox::SandboxFaults faults;
        // The queues are read with the listing, so the write comes first: write
        // (applied, answer lost), the write's retry (409: it was applied),
        // read-back 429, 429, ok.
        faults.script.insert(ids.at(0), {S::DropAfterWrite, S::Ok, S::TooManyRequests, S::TooManyRequests});
        faults.script.insert(ids.at(1), {S::DropAfterWrite});
        for (int i = 0; i < 12; ++i)
            faults.script[ids.at(1)].append(S::Unavailable);
        tenant->setFaults(faults);

        BulkDeployment bulk(session->engine(), requestsFor(ids.mid(0, 2), u"abandonmentThreshold=75"_s), 2);
        QVERIFY(run(bulk));
        const DeployOutcome applied = bulk.outcomes().at(0);
        QCOMPARE(deployStatusName(applied.status), u"deployed"_s);
        QCOMPARE(strategyOf(applied.queueAfter).abandonmentThreshold, 75);
        const DeployOutcome unknown = bulk.outcomes().at(1);
        QCOMPARE(deployStatusName(unknown.status), u"uncertain"_s);
        QVERIFY(unknown.pendingEntryId > 0);
        tenant->setFaults({});

        const auto statuses = [&](const QString &id) {
            QStringList out;
            for (const history::HistoryEntry &e : historyOf(*session, id))
                if (e.action == "deploy"_L1)
                    out.prepend(e.status);
            return out;
        };
        QCOMPARE(statuses(ids.at(0)), (QStringList{u"pending"_s, u"completed"_s}));
        QCOMPARE(statuses(ids.at(1)), (QStringList{u"pending"_s}));
        // The next reconcile (a restart, the next command that writes) settles it from the tenant.
        QSignalSpy reconciled(session->engine(), &DeploymentEngine::reconciled);
        session->engine()->reconcilePending();
        QVERIFY(reconciled.wait(60'000));
        QCOMPARE(statuses(ids.at(1)), (QStringList{u"pending"_s, u"completed"_s}));
    }

    // One request a queue: a single listing reads every queue, and each is
    // written once with its version; the history and the tenant agree, and
    // no unowned field is lost.
    void oneRequestPerQueue()
    {
        auto tenant = startDeployTenant(12);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"one.sqlite"_s));
        QVERIFY(session && makeCompliant(*session));
        const QStringList ids = queueIds(*session);
        QMap<QString, QJsonObject> before;
        for (const QString &id : ids)
            before.insert(id, readQueue(*session, id));
        sandboxStats(tenant->baseUrl(), true);

        BulkDeployment bulk(session->engine(), requestsFor(ids, u"abandonmentThreshold=75"_s));
        QVERIFY(run(bulk));
        const QJsonObject stats = sandboxStats(tenant->baseUrl());
        const int deployed = bulk.count(DeployStatus::Deployed);
        QCOMPARE(deployed + bulk.count(DeployStatus::Unchanged), ids.size());
        QVERIFY(deployed > 0);
        QCOMPARE(callsTo(stats, ListQueuesRoute), 1);
        QCOMPARE(callsTo(stats, GetQueueRoute), 0);
        QCOMPARE(callsTo(stats, PutQueueRoute), deployed);

        for (const DeployOutcome &o : bulk.outcomes()) {
            const QJsonObject now = readQueue(*session, o.queueId);
            const QJsonObject was = before.value(o.queueId);
            QCOMPARE(strategyOf(now).abandonmentThreshold, 75);
            QCOMPARE(canonicalJson(withoutManagedFields(writeWaitStrategy(now, strategyOf(was)))),
                     canonicalJson(withoutManagedFields(was)));
            if (o.status != DeployStatus::Deployed)
                continue;
            // Written over the version the listing gave, recorded before and after.
            QCOMPARE(now.value("version"_L1).toInt(), was.value("version"_L1).toInt() + 1);
            QStringList statuses;
            for (const history::HistoryEntry &e : historyOf(*session, o.queueId))
                statuses.prepend(e.status);
            QCOMPARE(statuses, (QStringList{u"pending"_s, u"completed"_s}));
        }
    }

    // The listed copy went stale before the write: the versioned PUT meets a
    // 409, and the queue is read again. Only an unowned field changed: ours
    // is written on top of it. Someone changed an owned field: nothing is
    // overwritten.
    void aStaleListedCopyFallsBackToReadMergeWrite()
    {
        auto tenant = startDeployTenant(3);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"stale.sqlite"_s));
        QVERIFY(session && makeCompliant(*session));
        const QStringList ids = queueIds(*session);
        QList<DeployRequest> requests = requestsFor(ids, u"abandonmentThreshold=75"_s);
        for (DeployRequest &r : requests)
            r.knownQueue = readQueue(*session, r.queueId);

        // Another tool edits the first queue's description and the second's threshold.
        const auto putDirectly = [&](const QString &id, const std::function<void(QJsonObject &)> &edit) {
            QJsonObject queue = readQueue(*session, id);
            edit(queue);
            std::unique_ptr<api::QueueReply> put(session->routing()->putQueue(id, queue, queue.value("version"_L1).toInt()));
            QSignalSpy spy(put.get(), &api::ApiJob::finished);
            return (put->isFinished() || spy.wait(20'000)) && put->succeeded();
        };
        QVERIFY(putDirectly(ids.at(0), [](QJsonObject &q) { q.insert("description"_L1, u"edited elsewhere"_s); }));
        QVERIFY(putDirectly(ids.at(1), [](QJsonObject &q) {
            WaitStrategy s = strategyOf(q);
            s.maxHoldTime -= 10;
            q = writeWaitStrategy(q, s);
        }));
        const WaitStrategy theirStrategy = strategyOf(readQueue(*session, ids.at(1)));
        sandboxStats(tenant->baseUrl(), true);

        BulkDeployment bulk(session->engine(), requests);
        QVERIFY(run(bulk));
        // No listing (every queue came listed); a read after each 409; the
        // first queue written twice, the others once.
        const QJsonObject stats = sandboxStats(tenant->baseUrl());
        QCOMPARE(callsTo(stats, ListQueuesRoute), 0);
        QCOMPARE(callsTo(stats, GetQueueRoute), 2);
        QCOMPARE(callsTo(stats, PutQueueRoute), 4);
        const QJsonObject merged = readQueue(*session, ids.at(0));
        QCOMPARE(deployStatusName(bulk.outcomes().at(0).status), u"deployed"_s);
        QCOMPARE(merged.value("description"_L1).toString(), u"edited elsewhere"_s);
        QCOMPARE(strategyOf(merged).abandonmentThreshold, 75);
        const QJsonObject theirs = readQueue(*session, ids.at(1));
        QCOMPARE(deployStatusName(bulk.outcomes().at(1).status), u"conflict"_s);
        QVERIFY(strategyOf(theirs) == theirStrategy);
        QCOMPARE(deployStatusName(bulk.outcomes().at(2).status), u"deployed"_s);
    }

    // Concurrency chooses itself from the client's calls in flight; a number
    // given (--concurrency) stays.
    void concurrencyFollowsTheClient()
    {
        auto tenant = startDeployTenant(2);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"auto.sqlite"_s));
        QVERIFY(session);
        queueIds(*session); // a round trip measured
        const api::ApiClient *client = session->client();
        QVERIFY(client->roundTripMs() > 0);
        QCOMPARE(client->inFlightLimit(), api::inFlightFor(client->rateInForce().perMinute, client->roundTripMs()));
        BulkDeployment chosen(session->engine(), {});
        QCOMPARE(chosen.concurrency(), std::min(api::MaxAutoInFlight, 2 * client->inFlightLimit()));
        BulkDeployment fixed(session->engine(), {}, 3);
        QCOMPARE(fixed.concurrency(), 3);
    }

    void cancelStopsWhatHasNotStarted()
    {
        auto tenant = startDeployTenant(10);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"cancel.sqlite"_s));
        QVERIFY(session && makeCompliant(*session));
        const QStringList ids = queueIds(*session);
        sandbox::SandboxFaults slow;
        slow.latencyMs = 200;
        tenant->setFaults(slow);
        BulkDeployment bulk(session->engine(), requestsFor(ids, u"maxHoldTime=200"_s), 2);
        QSignalSpy finished(&bulk, &BulkDeployment::finished);
        bulk.start();
        bulk.cancel();
        QVERIFY(bulk.isFinished() || finished.wait(60'000));
        tenant->setFaults({});
        QVERIFY(bulk.count(DeployStatus::Cancelled) >= ids.size() - 2);
        QCOMPARE(bulk.outcomes().size(), ids.size());
    }
};

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
