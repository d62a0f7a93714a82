// The seam for a second tenant dialect: a session given its own routing and
// analytics sends every read, write and metrics query of its use cases (the
// engine, the guard, the prediction of a draft) through them, and nothing
// around the contract's clients. The dialect here forwards to the contract's
// clients and notes each call, so it runs against the sandbox over HTTP.
#include "deployfixture.h"

#include "api/analyticsclient.h"
#include "deploy/degradationguard.h"
#include "session/draftprediction.h"

#include <QtTest>

using namespace holdline;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

namespace {

class NotingRouting final : public api::TenantRouting
{
public:
    NotingRouting(api::ApiClient *client, QStringList *calls)
        : m_contract(client)
        , m_calls(calls)
    {}
    api::QueueListReply *listQueues(int pageSize, int pageBudget) override
    {
        m_calls->append(u"list"_s);
        return m_contract.listQueues(pageSize, pageBudget);
    }
    api::QueueReply *getQueue(const QString &queueId) override
    {
        m_calls->append(u"get "_s + queueId);
        return m_contract.getQueue(queueId);
    }
    api::QueueReply *putQueue(const QString &queueId, const QJsonObject &queue, std::optional<int> version) override
    {
        m_calls->append(u"put "_s + queueId);
        return m_contract.putQueue(queueId, queue, version);
    }

private:
    api::RoutingClient m_contract;
    QStringList *m_calls;
};

class NotingAnalytics final : public api::TenantAnalytics
{
public:
    NotingAnalytics(api::ApiClient *client, QStringList *calls)
        : m_contract(client)
        , m_calls(calls)
    {}
    api::AnalyticsReply *query(const api::AnalyticsQuery &query) override
    {
        m_calls->append(u"metrics "_s + query.queueIds.join(u','));
        return m_contract.query(query);
    }

private:
    api::AnalyticsClient m_contract;
    QStringList *m_calls;
};

} // namespace

class TestTenantDialect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    QTemporaryDir m_dir;
    QStringList m_calls;

    std::unique_ptr<TenantSession> openNotingSession()
    {
        SessionOptions options = sessionOptions(*m_tenant, m_dir.filePath(u"history.sqlite"_s));
        options.dialect = [this](api::ApiClient *client) {
            return TenantApis{new NotingRouting(client, &m_calls), new NotingAnalytics(client, &m_calls)};
        };
        return openSession(options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = startDeployTenant(3);
        QVERIFY(m_tenant);
    }

    void init() { m_calls.clear(); }

    void theEngineAndTheGuardUseTheSessionsDialect()
    {
        auto session = openNotingSession();
        QVERIFY(session);
        QVERIFY(makeCompliant(*session));
        const QString id = queueIds(*session).first();
        QVERIFY(m_calls.contains(u"list"_s));

        const WaitStrategy original = strategyOf(readQueue(*session, id));
        deploy::DeployRequest request;
        request.queueId = id;
        request.assignments = {*parseFieldAssignment(
            u"maxHoldTime=%1"_s.arg(original.maxHoldTime == 240 ? 250 : 240))};
        m_calls.clear();
        deploy::DeployJob *job = session->engine()->deploy(request);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->outcome().status, deploy::DeployStatus::Deployed);
        QVERIFY2(m_calls.contains(u"put "_s + id), qPrintable(m_calls.join(u"; ")));

        // The session's guard judges with the dialect's metrics and rolls back with its routing.
        deploy::DegradationGuard *guard = session->guard();
        deploy::DegradationGuard::Settings settings;
        settings.windowSeconds = 1800;
        settings.rules.minContacts = 1;
        settings.rules.maxAnswerRateDropPoints = -1000; // any answer rate at all "dropped"
        guard->setSettings(settings);
        QSignalSpy rolledBack(guard, &deploy::DegradationGuard::rollbackFinished);
        guard->watch(id, job->outcome().entryId, m_tenant->simulatedNow());
        m_tenant->advanceSimulatedTime(2400);
        readQueue(*session, id); // the answer carries the tenant's new time
        m_calls.clear();
        guard->poll();
        QVERIFY(rolledBack.wait(30'000));
        QCOMPARE(rolledBack.first().at(2).value<deploy::DeployOutcome>().status, deploy::DeployStatus::Deployed);
        QVERIFY2(m_calls.contains(u"metrics "_s + id), qPrintable(m_calls.join(u"; ")));
        QVERIFY2(m_calls.contains(u"put "_s + id), qPrintable(m_calls.join(u"; ")));
        QCOMPARE(strategyOf(readQueue(*session, id)).maxHoldTime, original.maxHoldTime);
    }

    void aDraftIsPredictedFromTheDialectsMetrics()
    {
        auto session = openNotingSession();
        QVERIFY(session);
        const QString id = queueIds(*session).first();
        const WaitStrategy deployed = strategyOf(readQueue(*session, id));
        m_calls.clear();

        DraftPrediction prediction;
        prediction.setClients(session->routing(), session->analytics());
        WaitStrategy edited = deployed;
        edited.positionThreshold = std::max(1, deployed.positionThreshold - 1);
        prediction.setDraft(DraftPrediction::Draft{id, deployed, edited, {}, m_tenant->simulatedNow().date()});
        QTRY_VERIFY_WITH_TIMEOUT(prediction.state() != DraftPrediction::State::Calibrating, 30'000);
        QCOMPARE(prediction.state(), DraftPrediction::State::Estimating);
        QVERIFY2(m_calls.contains(u"get "_s + id), qPrintable(m_calls.join(u"; ")));
        QVERIFY2(m_calls.contains(u"metrics "_s + id), qPrintable(m_calls.join(u"; ")));
    }
};

QTEST_GUILESS_MAIN(TestTenantDialect)
#include "tst_tenantdialect.moc"
