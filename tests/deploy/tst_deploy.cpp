// The deployment engine against the sandbox tenant over HTTP, with a real
// SQLite history: write-ahead entries, verification, conflicts, crash
// recovery, rollback chains, sync.
#include "deployfixture.h"

#include "deploy/queuechange.h"
#include "sync/syncoutbox.h"

#include <QJsonArray>
#include <QtTest>

using namespace holdline;
using namespace holdline::deploy;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

class TestDeploy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    QString freshDatabase() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_dbCounter)); }

    static DeployRequest set(const QString &queueId, std::initializer_list<QString> assignments)
    {
        DeployRequest request;
        request.queueId = queueId;
        for (const QString &text : assignments)
            request.assignments.append(*parseFieldAssignment(text));
        return request;
    }

    // A value for positionThreshold that differs from the queue's and keeps
    // callbackPositionThreshold within it.
    static int otherThreshold(const WaitStrategy &s)
    {
        return s.positionThreshold >= 40 ? s.positionThreshold - 1 : s.positionThreshold + 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = startDeployTenant();
        QVERIFY(m_tenant);
        auto session = openSession(*m_tenant, freshDatabase());
        QVERIFY(session && makeCompliant(*session));
    }

    void init() { m_tenant->setFaults({}); }

    void deployRecordsIntentThenOutcomeAndKeepsOtherFields()
    {
        QUrl hook = m_tenant->baseUrl();
        hook.setPath(u"/sandbox/webhook"_s);
        auto session = openSession(*m_tenant, freshDatabase(), hook);
        QVERIFY(session);
        const QString id = queueIds(*session).at(0);
        const QJsonObject before = readQueue(*session, id);
        const WaitStrategy original = strategyOf(before);
        const int threshold = otherThreshold(original);
        m_tenant->clearWebhooks();

        DeployJob *job = session->engine()->deploy(set(id, {u"positionThreshold=%1"_s.arg(threshold)}));
        QVERIFY(waitForJob(job));
        const DeployOutcome &outcome = job->outcome();
        QVERIFY2(outcome.status == DeployStatus::Deployed, qPrintable(outcome.error));
        QCOMPARE(outcome.changes.size(), 1);
        QVERIFY(outcome.pendingEntryId > 0);
        QCOMPARE(outcome.entryId, outcome.pendingEntryId + 1);

        const QJsonObject after = readQueue(*session, id);
        QCOMPARE(strategyOf(after).positionThreshold, threshold);
        QCOMPARE(after.value("version"_L1).toInt(), before.value("version"_L1).toInt() + 1);
        // Every field Holdline does not own is exactly as it was.
        QCOMPARE(canonicalJson(withoutManagedFields(writeWaitStrategy(after, original))),
                 canonicalJson(withoutManagedFields(before)));

        const QList<history::HistoryEntry> entries = historyOf(*session, id);
        QVERIFY(entries.size() >= 2);
        const history::HistoryEntry completed = entries.at(entries.size() >= 3 && entries.at(0).action == "sync"_L1 ? 1 : 0);
        QCOMPARE(completed.status, u"completed"_s);
        QCOMPARE(completed.resolvesEntryId, outcome.pendingEntryId);
        QCOMPARE(completed.actor(), u"tester (client:%1)"_s.arg(m_tenant->clientId()));
        QCOMPARE(completed.diff.size(), 1);
        QCOMPARE(completed.diff.first().toObject().value("after"_L1).toInt(), threshold);
        QCOMPARE(strategyOf(completed.queueBefore), original);

        // Synced through the outbox, and the attempt recorded.
        QVERIFY(!outcome.syncKey.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_tenant->receivedWebhooks().size(), 1, 10'000);
        QCOMPARE(m_tenant->receivedWebhooks().first().toObject().value("idempotencyKey"_L1).toString(), outcome.syncKey);
        // The endpoint holds a copy of the audit chain's head: the entry that recorded this deploy.
        const QJsonObject anchor = m_tenant->receivedWebhooks().first().toObject().value("body"_L1).toObject()
                                       .value("audit_anchor"_L1).toObject();
        QCOMPARE(anchor.value("entry_id"_L1).toInteger(), completed.id);
        QCOMPARE(anchor.value("mac"_L1).toString(), completed.hash);
        QTRY_VERIFY_WITH_TIMEOUT(historyOf(*session, id).first().action == "sync"_L1, 10'000);
    }

    void rerunIsUnchangedAndWritesNothing()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(1);
        const WaitStrategy current = strategyOf(readQueue(*session, id));
        DeployJob *job = session->engine()->deploy(set(id, {u"maxHoldTime=%1"_s.arg(current.maxHoldTime)}));
        QVERIFY(waitForJob(job));
        QCOMPARE(job->outcome().status, DeployStatus::Unchanged);
        QCOMPARE(job->outcome().entryId, 0);
        QVERIFY(historyOf(*session).isEmpty());
    }

    void invalidTargetIsBlockedAndWritesNothing()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(1);
        const QJsonObject before = readQueue(*session, id);
        DeployJob *job = session->engine()->deploy(set(id, {u"maxHoldTime=420"_s})); // over the baseline 300 s cap
        QVERIFY(waitForJob(job));
        QCOMPARE(job->outcome().status, DeployStatus::Blocked);
        QVERIFY2(job->outcome().error.contains(u"300"_s), qPrintable(job->outcome().error));
        QCOMPARE(readQueue(*session, id).value("version"_L1), before.value("version"_L1));
        QVERIFY(historyOf(*session).isEmpty());
    }

    void someoneElseEditsOtherFieldsMeanwhile()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(2);
        const WaitStrategy original = strategyOf(readQueue(*session, id));
        sandbox::SandboxFaults faults;
        faults.concurrentWriterProbability = 1.0;
        faults.concurrentWriterField = u"description"_s;
        m_tenant->setFaults(faults);
        DeployJob *job = session->engine()->deploy(set(id, {u"positionThreshold=%1"_s.arg(otherThreshold(original))}));
        // One interfering write: once the job re-reads after the 409, the other supervisor is done.
        connect(job, &DeployJob::stepChanged, this, [this](DeployJob::Step step) {
            if (step == DeployJob::Step::Verifying)
                m_tenant->setFaults({});
        });
        QVERIFY(waitForJob(job));
        m_tenant->setFaults({});
        QVERIFY2(job->outcome().status == DeployStatus::Deployed, qPrintable(job->outcome().error));
        const QJsonObject after = readQueue(*session, id);
        // Their edit survived; ours is on top.
        QVERIFY(after.value("description"_L1).toString().contains(u"edited by another supervisor"_s));
        QCOMPARE(strategyOf(after).positionThreshold, otherThreshold(original));
    }

    void someoneElseEditsOwnedFieldsMeanwhile()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(3);
        const WaitStrategy original = strategyOf(readQueue(*session, id));
        sandbox::SandboxFaults faults;
        faults.concurrentWriterProbability = 1.0;
        faults.concurrentWriterField = u"maxHoldTime"_s;
        m_tenant->setFaults(faults);
        const int target = original.maxHoldTime == 200 ? 210 : 200;
        DeployJob *job = session->engine()->deploy(set(id, {u"maxHoldTime=%1"_s.arg(target)}));
        QVERIFY(waitForJob(job));
        m_tenant->setFaults({});
        QCOMPARE(job->outcome().status, DeployStatus::Conflict);
        QVERIFY2(job->outcome().error.contains(u"Nothing was overwritten"_s), qPrintable(job->outcome().error));
        const WaitStrategy now = strategyOf(readQueue(*session, id));
        QVERIFY(now.maxHoldTime != target);           // theirs stands
        QVERIFY(now.maxHoldTime != original.maxHoldTime);
        QCOMPARE(historyOf(*session, id).first().status, u"conflict"_s);
    }

    void crashAfterPendingIsReconciledAsNotApplied()
    {
        const QString db = freshDatabase();
        QString id;
        qint64 pendingId = 0;
        {
            auto session = openSession(*m_tenant, db);
            id = queueIds(*session).at(4);
            const WaitStrategy original = strategyOf(readQueue(*session, id));
            auto *job = new DeployJob(session->engine()->services(),
                                      set(id, {u"positionThreshold=%1"_s.arg(otherThreshold(original))}), session.get());
            job->setCrashPointForTesting(DeployJob::CrashPoint::AfterPending);
            job->start();
            QVERIFY(waitForJob(job));
            pendingId = job->outcome().pendingEntryId;
            QVERIFY(pendingId > 0);
        }
        auto session = openSession(*m_tenant, db);
        QSignalSpy reconciled(session->engine(), &DeploymentEngine::reconciled);
        session->engine()->reconcilePending();
        QVERIFY(reconciled.wait(20'000));
        const auto results = reconciled.first().first().value<QList<Reconciliation>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().pendingEntryId, pendingId);
        QCOMPARE(results.first().status, u"failed"_s);
        const history::HistoryEntry resolution = historyOf(*session, id).first();
        QCOMPARE(resolution.resolvesEntryId, pendingId);
        QVERIFY(resolution.message.contains(u"not applied"_s));

        // Settled once: a second pass finds nothing.
        session->engine()->reconcilePending();
        QVERIFY(reconciled.wait(20'000));
        QVERIFY(reconciled.last().first().value<QList<Reconciliation>>().isEmpty());
    }

    void crashAfterPutIsReconciledAsApplied()
    {
        const QString db = freshDatabase();
        QString id;
        int threshold = 0;
        {
            auto session = openSession(*m_tenant, db);
            id = queueIds(*session).at(5);
            threshold = otherThreshold(strategyOf(readQueue(*session, id)));
            auto *job = new DeployJob(session->engine()->services(),
                                      set(id, {u"positionThreshold=%1"_s.arg(threshold)}), session.get());
            job->setCrashPointForTesting(DeployJob::CrashPoint::AfterPut);
            job->start();
            QVERIFY(waitForJob(job));
        }
        auto session = openSession(*m_tenant, db);
        QSignalSpy reconciled(session->engine(), &DeploymentEngine::reconciled);
        session->engine()->reconcilePending();
        QVERIFY(reconciled.wait(20'000));
        const auto results = reconciled.first().first().value<QList<Reconciliation>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, u"completed"_s);
        QCOMPARE(strategyOf(historyOf(*session, id).first().queueAfter).positionThreshold, threshold);
    }

    void rollbackChain()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(6);
        const WaitStrategy original = strategyOf(readQueue(*session, id));

        DeployJob *first = session->engine()->deploy(set(id, {u"maxHoldTime=240"_s, u"abandonmentThreshold=90"_s}));
        QVERIFY(waitForJob(first));
        QVERIFY2(first->outcome().status == DeployStatus::Deployed, qPrintable(first->outcome().error));
        DeployJob *second = session->engine()->deploy(set(id, {u"maxHoldTime=270"_s}));
        QVERIFY(waitForJob(second));
        QCOMPARE(second->outcome().status, DeployStatus::Deployed);

        // Back to the version the first deploy produced.
        DeployJob *toFirst = session->engine()->rollback(id, first->outcome().entryId, false, false);
        QVERIFY(waitForJob(toFirst));
        QVERIFY2(toFirst->outcome().status == DeployStatus::Deployed, qPrintable(toFirst->outcome().error));
        QCOMPARE(strategyOf(readQueue(*session, id)).maxHoldTime, 240);

        // Back to before anything Holdline did.
        DeployJob *toOriginal = session->engine()->rollback(id, first->outcome().entryId, true, false);
        QVERIFY(waitForJob(toOriginal));
        QCOMPARE(toOriginal->outcome().status, DeployStatus::Deployed);
        QCOMPARE(strategyOf(readQueue(*session, id)), original);

        // A rollback is an entry, and can itself be rolled back.
        const history::HistoryEntry rollbackEntry = historyOf(*session, id).first();
        QCOMPARE(rollbackEntry.action, u"rollback"_s);
        QCOMPARE(rollbackEntry.targetEntryId, first->outcome().entryId);
        DeployJob *undo = session->engine()->rollback(id, rollbackEntry.id, true, false);
        QVERIFY(waitForJob(undo));
        QCOMPARE(undo->outcome().status, DeployStatus::Deployed);
        QCOMPARE(strategyOf(readQueue(*session, id)).maxHoldTime, 240);
    }

    void rollbackRefusesToOverwriteOthersUnlessForced()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(7);
        const WaitStrategy original = strategyOf(readQueue(*session, id));
        DeployJob *deployed = session->engine()->deploy(set(id, {u"maxHoldTime=230"_s}));
        QVERIFY(waitForJob(deployed));
        QCOMPARE(deployed->outcome().status, DeployStatus::Deployed);

        // Another supervisor changes an owned field directly on the tenant.
        QJsonObject theirs = readQueue(*session, id);
        theirs = writeWaitStrategy(theirs, [&] { WaitStrategy s = strategyOf(theirs); s.maxHoldTime = 250; return s; }());
        api::QueueReply *put = session->routing()->putQueue(theirs.value(QLatin1String("id")).toString(), theirs, theirs.value("version"_L1).toInt());
        QSignalSpy putDone(put, &api::ApiJob::finished);
        QVERIFY(putDone.wait(10'000));
        QVERIFY(put->succeeded());

        DeployJob *refused = session->engine()->rollback(id, deployed->outcome().entryId, true, false);
        QVERIFY(waitForJob(refused));
        QCOMPARE(refused->outcome().status, DeployStatus::Conflict);
        QCOMPARE(strategyOf(readQueue(*session, id)).maxHoldTime, 250);

        DeployJob *forced = session->engine()->rollback(id, deployed->outcome().entryId, true, true);
        QVERIFY(waitForJob(forced));
        QCOMPARE(forced->outcome().status, DeployStatus::Deployed);
        QCOMPARE(strategyOf(readQueue(*session, id)), original);
    }

    void lostAnswerIsSettledByReadingBack()
    {
        auto session = openSession(*m_tenant, freshDatabase());
        const QString id = queueIds(*session).at(0);
        const WaitStrategy original = strategyOf(readQueue(*session, id));
        sandbox::SandboxFaults faults;
        faults.dropAfterWriteProbability = 1.0;
        m_tenant->setFaults(faults);
        const int target = original.maxHoldTime == 220 ? 225 : 220;
        DeployJob *job = session->engine()->deploy(set(id, {u"maxHoldTime=%1"_s.arg(target)}));
        QVERIFY(waitForJob(job));
        m_tenant->setFaults({});
        QVERIFY2(job->outcome().status == DeployStatus::Deployed, qPrintable(job->outcome().error));
        QCOMPARE(strategyOf(readQueue(*session, id)).maxHoldTime, target);
        QCOMPARE(historyOf(*session, id).first().status, u"completed"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
