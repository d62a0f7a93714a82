// The open history panel on a team's history (a PostgreSQL server this test
// starts, tests/testpostgres.h): a deploy another supervisor's Holdline
// records appears in it within 2 s, without a click.
#include "history/historystore.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "testpostgres.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
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
        QString error;
        const auto team = m_server.createDatabase(&error);
        QVERIFY2(team, qPrintable(error));
        sandbox::SandboxOptions options;
        options.queueCount = 4;
        options.historyDays = 1;
        std::unique_ptr<MainWindow> window = testing::openOnSandbox(team->text(), options);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->sessions()->session() && window->sessions()->session()->isReady(), 30'000);
        HistoryModel *model = window->history()->model();
        const int before = model->rowCount();

        // Another supervisor's Holdline: its own connection to the same history.
        storage::DatabaseWorker elsewhere(*team);
        history::HistoryStore store(&elsewhere);
        QSignalSpy opened(&store, &history::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(20'000));
        history::HistoryEntry entry;
        entry.osUser = u"bob"_s;
        entry.clientId = u"bobs-client"_s;
        entry.tenant = window->sessions()->session()->tenantKey();
        entry.queueId = window->queueModel()->index(0, 0).data(QueueTableModel::QueueIdRole).toString();
        entry.action = u"deploy"_s;
        entry.status = u"completed"_s;
        entry.message = u"positionThreshold 10 → 7, by Bob"_s;
        QElapsedTimer clock;
        clock.start();
        std::optional<history::HistoryEntry> stored;
        store.append(entry, this, [&stored](std::optional<history::HistoryEntry> e, QString) { stored = e; });
        QTRY_VERIFY(stored);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(stored->id) >= 0, 2'000);
        qInfo("Bob's deploy was in the open panel %lld ms after he appended it",
              static_cast<long long>(clock.elapsed()));
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->entryAt(model->rowOf(stored->id)).osUser, u"bob"_s);
        elsewhere.waitForIdle();
    }
};

QTEST_MAIN(TestTeamHistoryPanel)
#include "tst_teamhistorypanel.moc"
