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
#include "credentials/credentialstore.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/connectionprofiles.h"
#include "ui/history/historymodel.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"
#include "uitestsupport.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
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

    // A long team history is read a page at a time as Alice scrolls down;
    // what Bob appends meanwhile takes its place at the top, and her
    // selection, deep in the list, stays where it was.
    void aLongHistoryIsReadAPageAtATimeWhileOthersAppend()
    {
        std::optional<Team> team = openTeam();
        QVERIFY(team);
        MainWindow *window = team->window.get();
        HistoryPanel *panel = window->history();
        HistoryModel *model = panel->model();
        const QString tenant = window->sessions()->session()->tenantKey();
        const QString queueId = window->queueModel()->index(0, 0).data(QueueTableModel::QueueIdRole).toString();
        window->tabs()->setCurrentWidget(panel);
        panel->setPageSize(40); // three pages and some, at a size this sanitised build reads quickly

        storage::DatabaseWorker elsewhere(team->location);
        history::HistoryStore store(&elsewhere);
        QSignalSpy opened(&store, &history::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(20'000));
        const int appended = 2 * panel->pageSize() + 10;
        int stored = 0;
        for (int i = 0; i < appended; ++i) {
            history::HistoryEntry entry;
            entry.osUser = u"bob"_s;
            entry.tenant = tenant;
            entry.queueId = queueId;
            entry.action = u"deploy"_s;
            entry.status = u"completed"_s;
            entry.message = u"Bob's change %1"_s.arg(i);
            store.append(entry, this, [&stored](std::optional<history::HistoryEntry> e, QString) { stored += e ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored, appended, 30'000);

        // Every entry of this tenant, as the panel should end up listing them.
        std::optional<QList<history::HistoryEntry>> all;
        history::HistoryFilter everything;
        everything.tenant = tenant;
        everything.limit = 0;
        store.entries(everything, this, [&all](QList<history::HistoryEntry> entries, QString) { all = entries; });
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 10'000);
        QSet<qint64> settled;
        for (const history::HistoryEntry &e : *all)
            settled.insert(e.resolvesEntryId);
        QList<qint64> expected;
        for (const history::HistoryEntry &e : *all)
            if (!settled.contains(e.id))
                expected.append(e.id);

        panel->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() <= panel->pageSize(), 10'000);
        QVERIFY(model->hasMore());
        for (int page = 0; model->hasMore() && page < 10; ++page) {
            const int rows = model->rowCount();
            panel->view()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > rows || !model->hasMore(), 10'000);
        }
        QVERIFY(!model->hasMore());
        QList<qint64> listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed.append(model->entryAt(row).id);
        QCOMPARE(listed, expected); // each once, newest first, none missing

        const qint64 chosen = model->entryAt(panel->pageSize() + 5).id;
        panel->selectEntry(chosen);
        const std::optional<history::HistoryEntry> latest =
            bobDeploys(store, tenant, queueId, u"Bob's change while Alice reads"_s);
        QVERIFY(latest);
        QTRY_COMPARE_WITH_TIMEOUT(model->entryAt(0).id, latest->id, 2'000);
        QCOMPARE(model->rowCount(), expected.size() + 1);
        QCOMPARE(model->entryAt(panel->view()->currentIndex().row()).id, chosen);
        elsewhere.waitForIdle();
    }

    // The team's history is named in the connection profile, not only on the
    // command line: a server across the network without TLS is refused as it
    // is typed (the URL's password never shown), the team's URL is taken, and
    // the session then records into the team's history.
    void aConnectionProfileNamesTheTeamsHistory()
    {
        QString error;
        const std::optional<storage::DatabaseLocation> team = m_server.createDatabase(&error);
        QVERIFY2(team, qPrintable(error));
        sandbox::SandboxOptions options;
        options.queueCount = 4;
        options.historyDays = 1;
        std::unique_ptr<MainWindow> window = testing::openOnSandbox(QString(), options); // no --history-db
        QVERIFY(window);
        QVERIFY(!window->sessions()->historyLocation().startsWith(u"postgresql:"_s));

        credentials::CredentialStore credentials;
        auto *dialog = new ConnectionDialog(&credentials, window->sessions(), window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectionDialog::connectRequested, window->sessions(),
                [&window](const ConnectionProfile &p, const QString &secret, const QString &historyPassword) {
                    window->sessions()->open(p, secret, historyPassword);
                });
        dialog->open();
        QLineEdit *history = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->accessibleName() == u"History"_s)
                history = edit;
        QPushButton *connectButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().remove(u'&') == u"Connect"_s)
                connectButton = b;
        QVERIFY(history && connectButton);

        history->setText(u"postgresql://alice:s3cret@db.example.com/holdline"_s);
        QVERIFY(!connectButton->isEnabled());
        QVERIFY2(dialog->note().contains(u"TLS"_s), qPrintable(dialog->note()));
        QVERIFY(!dialog->note().contains(u"s3cret"_s));
        // A password typed into the URL leaves the field once typed, and
        // goes to the keychain (the test's server trusts the socket anyway).
        QString withPassword = team->text();
        withPassword.replace(u"postgresql://holdline@"_s, u"postgresql://holdline:s3cret@"_s);
        QVERIFY(withPassword != team->text());
        history->setText(withPassword);
        Q_EMIT history->editingFinished();
        QCOMPARE(history->text(), team->text());
        QVERIFY(!dialog->note().contains(u"s3cret"_s));
        QVERIFY(connectButton->isEnabled());
        QSignalSpy ready(window->sessions(), &SessionController::sessionReady);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(ready.wait(60'000));
        QCOMPARE(window->sessions()->historyLocation(), team->text());
        QCOMPARE(ConnectionProfiles::sandboxProfile().history, team->text());
        credentials::CredentialJob *kept = credentials.readSecret(team->passwordKey());
        QSignalSpy keptRead(kept, &credentials::CredentialJob::finished);
        QVERIFY(keptRead.wait(20'000));
        QCOMPARE(kept->secret(), u"s3cret"_s);

        storage::DatabaseWorker elsewhere(*team);
        history::HistoryStore store(&elsewhere);
        QSignalSpy opened(&store, &history::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(window->queueModel()->rowCount() == options.queueCount, 30'000);
        const std::optional<history::HistoryEntry> stored =
            bobDeploys(store, window->sessions()->session()->tenantKey(),
                       window->queueModel()->index(0, 0).data(QueueTableModel::QueueIdRole).toString(),
                       u"Bob's change, in the history Alice's profile names"_s);
        QVERIFY(stored);
        QTRY_VERIFY_WITH_TIMEOUT(window->history()->model()->rowOf(stored->id) >= 0, 2'000);
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
