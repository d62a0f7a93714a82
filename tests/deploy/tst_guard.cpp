// The degradation guard: its rules as a table, then its decisions on the
// sandbox, with the tenant's clock injected, never slept on.
#include "deployfixture.h"

#include "api/analyticsclient.h"
#include "deploy/degradationguard.h"

#include <QtTest>

using namespace holdline;
using namespace holdline::deploy;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(holdline::deploy::GuardVerdict)

class TestGuard : public QObject
{
    Q_OBJECT

private:
    static WindowMetrics window(double offered, double answer, double abandon, double wait, std::optional<double> conversion)
    {
        return {offered, answer, abandon, wait, conversion};
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<WindowMetrics>("before");
        QTest::addColumn<WindowMetrics>("after");
        QTest::addColumn<int>("kind");
        using K = GuardVerdict::Kind;
        const WindowMetrics base = window(200, 0.9, 0.05, 60, 0.4);
        QTest::newRow("healthy") << base << window(210, 0.91, 0.05, 55, 0.4) << int(K::Healthy);
        QTest::newRow("spec rule: long wait and poor conversion") << base << window(200, 0.9, 0.05, 240, 0.1) << int(K::Breach);
        QTest::newRow("long wait, good conversion") << base << window(200, 0.9, 0.05, 240, 0.5) << int(K::Healthy);
        QTest::newRow("long wait, no callbacks offered") << base << window(200, 0.9, 0.05, 240, std::nullopt) << int(K::Healthy);
        QTest::newRow("abandon up 6 points") << base << window(200, 0.88, 0.11, 60, 0.4) << int(K::Breach);
        QTest::newRow("abandon up 4 points") << base << window(200, 0.88, 0.09, 60, 0.4) << int(K::Healthy);
        QTest::newRow("answer rate down 12 points") << base << window(200, 0.78, 0.06, 60, 0.4) << int(K::Breach);
        QTest::newRow("big rise on few contacts") << window(10, 0.9, 0.0, 60, 0.4) << window(12, 0.5, 0.4, 60, 0.4) << int(K::Healthy);
        QTest::newRow("no data") << WindowMetrics{} << WindowMetrics{} << int(K::InsufficientData);
    }

    void rules()
    {
        QFETCH(WindowMetrics, before);
        QFETCH(WindowMetrics, after);
        QFETCH(int, kind);
        const GuardVerdict verdict = judge(before, after, GuardRules{});
        QCOMPARE(int(verdict.kind), kind);
        if (verdict.kind == GuardVerdict::Kind::Breach)
            QVERIFY(!verdict.reasons.isEmpty());
    }

    void decidesOnTheTenantClock_data()
    {
        QTest::addColumn<bool>("forceBreach");
        QTest::addColumn<int>("mode");
        QTest::newRow("healthy") << false << int(DegradationGuard::Mode::AutoRollback);
        QTest::newRow("breach rolls back") << true << int(DegradationGuard::Mode::AutoRollback);
        QTest::newRow("breach only alerts") << true << int(DegradationGuard::Mode::AlertOnly);
    }

    void decidesOnTheTenantClock()
    {
        QFETCH(bool, forceBreach);
        QFETCH(int, mode);
        auto tenant = startDeployTenant(2);
        QVERIFY(tenant);
        QTemporaryDir dir;
        auto session = openSession(*tenant, dir.filePath(u"guard.sqlite"_s));
        QVERIFY(session);
        QVERIFY(makeCompliant(*session));
        const QString id = queueIds(*session).first();
        const WaitStrategy original = strategyOf(readQueue(*session, id));

        DeployRequest request;
        request.queueId = id;
        request.assignments = {*parseFieldAssignment(u"maxHoldTime=%1"_s.arg(original.maxHoldTime == 240 ? 250 : 240))};
        DeployJob *job = session->engine()->deploy(request);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->outcome().status, DeployStatus::Deployed);
        const QDateTime deployedAt = tenant->simulatedNow();

        DegradationGuard::Settings settings;
        settings.mode = DegradationGuard::Mode(mode);
        settings.windowSeconds = 1800;
        settings.rules.minContacts = 1;
        if (forceBreach)
            settings.rules.maxAnswerRateDropPoints = -1000; // any answer rate at all "dropped"
        else {
            settings.rules.maxAnswerRateDropPoints = 1000;
            settings.rules.maxAbandonRisePoints = 1000;
            settings.rules.maxAverageWaitSeconds = 1e9;
        }
        QDateTime now = deployedAt;
        DegradationGuard guard(session->engine(), session->analytics(), [&now] { return now; }, settings);
        QSignalSpy decided(&guard, &DegradationGuard::decided);
        QSignalSpy rollbackFinished(&guard, &DegradationGuard::rollbackFinished);
        guard.watch(id, job->outcome().entryId, deployedAt);

        // Before the window has passed on the tenant's clock: no decision.
        now = deployedAt.addSecs(1700);
        guard.poll();
        QCOMPARE(guard.watchedCount(), 1);
        QVERIFY(!decided.wait(300));

        // The sandbox's simulated time runs on; the guard sees it pass.
        tenant->advanceSimulatedTime(2400);
        now = tenant->simulatedNow();
        guard.poll();
        QVERIFY(decided.wait(20'000));
        const auto verdict = decided.first().at(2).value<GuardVerdict>();
        const bool rolledBack = decided.first().at(3).toBool();
        QCOMPARE(verdict.kind == GuardVerdict::Kind::Breach, forceBreach);
        QCOMPARE(rolledBack, forceBreach && mode == int(DegradationGuard::Mode::AutoRollback));
        QCOMPARE(guard.watchedCount(), 0);
        QVERIFY(verdict.after.offered.has_value());

        if (rolledBack) {
            // The rollback's outcome is reported once it is done, and by then the tenant has it.
            QVERIFY(rollbackFinished.count() == 1 || rollbackFinished.wait(20'000));
            const auto outcome = rollbackFinished.first().at(2).value<DeployOutcome>();
            QCOMPARE(outcome.status, DeployStatus::Deployed);
            QCOMPARE(rollbackFinished.first().at(1).toLongLong(), job->outcome().entryId);
            QCOMPARE(strategyOf(readQueue(*session, id)), original);
        } else {
            QVERIFY(strategyOf(readQueue(*session, id)) != original);
            QCOMPARE(rollbackFinished.count(), 0);
        }

        // Every decision is an entry.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const history::HistoryEntry &e : historyOf(*session, id))
                if (e.action == "guard"_L1 && e.targetEntryId == job->outcome().entryId)
                    return true;
            return false;
        }(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"
