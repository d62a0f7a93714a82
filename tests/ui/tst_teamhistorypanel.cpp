// The open history panel on a team's history (a PostgreSQL server this test
// starts, tests/testpostgres.h): a deploy another supervisor's Holdline
// records appears in it within 2 s, without a click.
#include "api/routingclient.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "testpostgres.h"
#include "ui/history/historymodel.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"
#include "uitestsupport.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

class TestTeamHistoryPanel : public QObject
{
    Q_OBJECT

private:
    testpostgres::Server m_server;

    // Alice's window on the sandbox, over a fresh team history.
    struct Team
    {
        storage::DatabaseLocation location;
        std::unique_ptr<MainWindow> window;
    };
    std::optional<Team> openTeam()
    {
        QString error;
        const auto team = m_server.createDatabase(&error);
        if (!team) {
            qWarning() << "cannot create a database:" << error;
            return std::nullopt;
        }
        sandbox::SandboxOptions options;
        options.queueCount = 4;
        options.historyDays = 1;
        Team t{*team, testing::openOnSandbox(team->text(), options)};
        if (!t.window || !QTest::qWaitFor([&t] {
                return t.window->sessions()->session() && t.window->sessions()->session()->isReady();
            }, 30'000))
            return std::nullopt;
        return t;
    }

    // Bob's Holdline: its own connection to the team's history; appends his completed deploy of a queue.
    std::optional<history::HistoryEntry> bobDeploys(history::HistoryStore &store, const QString &tenant,
                                                    const QString &queueId, const QString &message)
    {
        history::HistoryEntry entry;
        entry.osUser = u"bob"_s;
        entry.clientId = u"bobs-client"_s;
        entry.tenant = tenant;
        entry.queueId = queueId;
        entry.action = u"deploy"_s;
        entry.status = u"completed"_s;
        entry.message = message;
        std::optional<history::HistoryEntry> stored;
        store.append(entry, this, [&stored](std::optional<history::HistoryEntry> e, QString) { stored = e; });
        if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 20'000))
            qWarning("Bob's entry was not appended");
        return stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(u"tst_teamhistorypanel"_s);
        if (const QString error = m_server.start(); !error.isEmpty()) {
            if (testpostgres::required())
                QFAIL(qPrintable(u"HOLDLINE_REQUIRE_POSTGRES=1, but the server did not start: "_s + error));
            QSKIP(qPrintable(u"PostgreSQL: "_s + error));
        }
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void anotherSupervisorsDeployAppearsWithin2s()
    {
        std::optional<Team> team = openTeam();
        QVERIFY(team);
        MainWindow *window = team->window.get();
        HistoryModel *model = window->history()->model();
        const int before = model->rowCount();

        storage::DatabaseWorker elsewhere(team->location);
        history::HistoryStore store(&elsewhere);
        QSignalSpy opened(&store, &history::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(20'000));
        QElapsedTimer clock;
        clock.start();
        const std::optional<history::HistoryEntry> stored =
            bobDeploys(store, window->sessions()->session()->tenantKey(),
                       window->queueModel()->index(0, 0).data(QueueTableModel::QueueIdRole).toString(),
                       u"positionThreshold 10 → 7, by Bob"_s);
        QVERIFY(stored);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(stored->id) >= 0, 2'000);
        qInfo("Bob's deploy was in the open panel %lld ms after he appended it",
              static_cast<long long>(clock.elapsed()));
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->entryAt(model->rowOf(stored->id)).osUser, u"bob"_s);
        elsewhere.waitForIdle();
    }

    // Alice edits a queue; meanwhile Bob deploys a change to it. Her window
    // shows the queue as Bob left it, her draft stands against his version,
    // and she is told, with his name.
    void anEditOfAQueueSomeoneElseChangedIsWarned()
    {
        std::optional<Team> team = openTeam();
        QVERIFY(team);
        MainWindow *window = team->window.get();
        TenantSession *session = window->sessions()->session();
        const QString queueId = window->queueModel()->index(0, 0).data(QueueTableModel::QueueIdRole).toString();
        window->queueList()->selectQueue(queueId);
        StrategyDraft *draft = nullptr;
        QTRY_VERIFY((draft = window->editor()->draft()) && draft->queueId() == queueId);
        const int versionOpened = draft->version();
        draft->edit(WaitStrategyField::MaxHoldTime, draft->draft().maxHoldTime - 10);
        QVERIFY(draft->isDirty());

        // Bob's Holdline writes the queue, then records it in the team's history.
        api::QueueReply *read = session->routing()->getQueue(queueId);
        QSignalSpy readDone(read, &api::ApiJob::finished);
        QVERIFY(readDone.wait(10'000));
        WaitStrategy bobs = *read->queue().strategy;
        bobs.positionThreshold = std::max(1, bobs.positionThreshold - 1);
        bobs.callbackPositionThreshold = std::min(bobs.callbackPositionThreshold, bobs.positionThreshold);
        api::QueueReply *write = session->routing()->putQueue(queueId, writeWaitStrategy(read->queueObject(), bobs),
                                                              read->version());
        QSignalSpy writeDone(write, &api::ApiJob::finished);
        QVERIFY(writeDone.wait(10'000));
        QVERIFY2(!write->error().isError(), qPrintable(write->error().message));

        storage::DatabaseWorker elsewhere(team->location);
        history::HistoryStore store(&elsewhere);
        QSignalSpy opened(&store, &history::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(20'000));
        QVERIFY(bobDeploys(store, session->tenantKey(), queueId, u"positionThreshold down by one, by Bob"_s));

        QTRY_VERIFY_WITH_TIMEOUT(window->messageBar()->text().contains(u"was changed by bob"_s), 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(draft->version() > versionOpened, 5'000); // her edit now stands against his
        QCOMPARE(window->queueModel()->queue(queueId)->strategy->positionThreshold, bobs.positionThreshold);
        QVERIFY(draft->isDirty()); // her edit is kept
        elsewhere.waitForIdle();
    }
};

QTEST_MAIN(TestTeamHistoryPanel)
#include "tst_teamhistorypanel.moc"
