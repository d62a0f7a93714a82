// The history panel over a long audit trail (#19): the desktop app opened on
// a history of 100,000 entries, as one person's SQLite file and as a team's
// PostgreSQL database (on a server this benchmark starts), read a page at a
// time as the supervisor scrolls, filters, and sees a colleague's bulk deploy
// arrive. An event-loop latency probe (a 5 ms timer) runs throughout: the UI
// thread must never stall more than 16 ms. Prints figures; asserts nothing.
//
// The app keys its history in the keychain, so run it under one:
//   dbus-run-session -- scripts/with-test-keyring.sh build/release/tests/bench/ui/bench_historypanel \
//       [--slow-events] [ENTRIES]
#include "latencyprobe.h"
#include "testpostgres.h"
#include "ui/uitestsupport.h"

#include "api/routingclient.h"
#include "credentials/credentialstore.h"
#include "history/chainkeeper.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/queues/queuelistpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int Queues = 50;
constexpr int Minute = 60'000;

struct Tenant
{
    quint16 port = 0;
    QString key;                  // as the history records it
    QList<QJsonObject> queues;    // as the tenant serves them
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The app on the sandbox tenant at port, over history, with the History tab
// showing; started (the clock of "opening" begins here).
std::unique_ptr<MainWindow> startApp(const QString &history, quint16 port)
{
    sandbox::SandboxOptions options;
    options.queueCount = Queues;
    options.historyDays = 1;
    options.port = port;
    options.simulatedStart = testsandbox::pinnedSandboxStart();
    auto window = std::make_unique<MainWindow>();
    window->sessions()->setHistoryDatabasePath(history);
    window->sessions()->setSandboxOptions(options);
    window->resize(1280, 720);
    window->show();
    window->tabs()->setCurrentWidget(window->history());
    window->start();
    return window;
}

// Runs the event loop until ready() holds (checked every millisecond) or
// the time is up. Not QTest::qWaitFor: it sleeps 10 ms between turns, which
// the probe would count as stalls.
bool waitUntil(const std::function<bool()> &ready, int timeoutMs = 5 * Minute)
{
    if (ready())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return ready();
}

// A first run of the app on this history: the history is created and keyed,
// and the tenant's address and queues are learnt.
std::optional<Tenant> learnTenant(const QString &history)
{
    Tenant tenant;
    tenant.port = freePort();
    std::unique_ptr<MainWindow> window = startApp(history, tenant.port);
    if (!waitUntil([&] { return window->queueModel()->rowCount() == Queues; }))
        return std::nullopt;
    TenantSession *session = window->sessions()->session();
    tenant.key = session->tenantKey();
    for (int row = 0; row < Queues; ++row) {
        api::QueueReply *read =
            session->routing()->getQueue(window->queueModel()->index(row, 0).data(QueueTableModel::QueueIdRole).toString());
        QSignalSpy done(read, &api::ApiJob::finished);
        if (!done.wait(30'000) || read->error().isError())
            return std::nullopt;
        tenant.queues.append(read->queueObject());
    }
    return tenant;
}

// What a team writes over months: deploys by four supervisors, each a pending
// entry and the one that completes it, with the queue as read and as stored.
void fillHistory(const QString &history, const Tenant &tenant, int entries)
{
    QString error;
    const std::optional<storage::DatabaseLocation> location = storage::DatabaseLocation::parse(history, &error);
    storage::DatabaseWorker database(*location);
    credentials::CredentialStore keychain;
    history::ChainKeeper keeper(location->isPostgreSql() ? location->text()
                                                         : history::ChainKeeper::locationOfFile(location->path),
                                &keychain);
    history::HistoryStore store(&database);
    store.setChainKeeper(&keeper);
    QSignalSpy opened(&store, &history::HistoryStore::opened);
    store.open();
    if (!opened.wait(Minute)) {
        std::printf("  the history did not open\n");
        return;
    }
    const QStringList users{u"alice"_s, u"bob"_s, u"carmen"_s, u"dinesh"_s};
    QElapsedTimer wall;
    wall.start();
    constexpr int Burst = 2'000;
    int written = 0;
    for (int change = 0; 2 * change < entries; ++change) {
        const QJsonObject &before = tenant.queues.at(change % Queues);
        WaitStrategy strategy = *readWaitStrategy(before).strategy;
        strategy.positionThreshold = 1 + (change * 7) % 40;
        strategy.callbackPositionThreshold = std::min(strategy.callbackPositionThreshold, strategy.positionThreshold);
        history::HistoryEntry pending;
        pending.osUser = users.at(change % users.size());
        pending.clientId = u"holdline-bench"_s;
        pending.tenant = tenant.key;
        pending.queueId = before.value(u"id"_s).toString();
        pending.action = u"deploy"_s;
        pending.status = u"pending"_s;
        pending.queueBefore = before;
        pending.queueAfter = writeWaitStrategy(before, strategy);
        pending.message = u"Position threshold → %1"_s.arg(strategy.positionThreshold);
        store.append(pending, &store, [&store, &written, pending](std::optional<history::HistoryEntry> stored, QString) {
            ++written;
            if (!stored)
                return;
            history::HistoryEntry completed = pending;
            completed.status = u"completed"_s;
            completed.resolvesEntryId = stored->id;
            store.append(completed, &store, [&written](std::optional<history::HistoryEntry>, QString) { ++written; });
        });
        if ((change + 1) % (Burst / 2) == 0)
            waitUntil([&] { return written >= 2 * (change + 1); });
    }
    waitUntil([&] { return written >= entries; });
    bool flushed = false;
    store.flush(&store, [&flushed] { flushed = true; });
    waitUntil([&] { return flushed; });
    std::printf("  %d entries written in %.1f s\n", written, double(wall.elapsed()) / 1000);
}

void benchPanel(const char *backend, const QString &history, int entries)
{
    std::printf("\n== %s: %s\n", backend, qPrintable(history));
    const std::optional<Tenant> tenant = learnTenant(history);
    if (!tenant) {
        std::printf("  the sandbox tenant did not come up\n");
        return;
    }
    fillHistory(history, *tenant, entries);

    LatencyProbe probe;
    QElapsedTimer wall;
    probe.start();
    wall.start();
    std::unique_ptr<MainWindow> window = startApp(history, tenant->port);
    HistoryPanel *panel = window->history();
    HistoryModel *model = panel->model();
    waitUntil([&] { return model->rowCount() > 0; });
    const qint64 firstPage = wall.elapsed();
    waitUntil([&] { return panel->integrityLabel()->text().contains(u"entries"_s); });
    const qint64 verified = wall.elapsed();
    waitUntil([&] { return window->queueModel()->rowCount() == Queues; });
    probe.stop();
    std::printf("  first page (%d rows) %lld ms after start; chain verified (%s) after %lld ms\n", model->rowCount(),
                static_cast<long long>(firstPage),
                qPrintable(panel->integrityLabel()->text().section(u"</span> "_s, 1)),
                static_cast<long long>(verified));
    probe.report("open the app on the history", wall.elapsed());

    constexpr int Pages = 20;
    probe.start();
    wall.start();
    for (int page = 0; page < Pages && model->hasMore(); ++page) {
        const int rows = model->rowCount();
        panel->view()->scrollToBottom();
        waitUntil([&] { return model->rowCount() > rows || !model->hasMore(); });
    }
    probe.stop();
    std::printf("  %d rows listed, %d entries read\n", model->rowCount(), model->entriesRead());
    probe.report("scroll to the end 20 times (a page each)", wall.elapsed());

    const QString queueId = tenant->queues.at(Queues / 2).value(u"id"_s).toString();
    window->queueList()->selectQueue(queueId);
    waitUntil([] { return false; }, 3'000); // the editor and the charts load the queue
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    probe.start();
    wall.start();
    panel->onlyQueueBox()->setChecked(true);
    waitUntil([&] { return !reset.isEmpty() && model->rowCount() > 0; });
    probe.stop();
    probe.report("only the selected queue (first page)", wall.elapsed());

    reset.clear();
    probe.start();
    wall.start();
    panel->onlyQueueBox()->setChecked(false);
    panel->allTenantsBox()->setChecked(true);
    waitUntil([&] { return !reset.isEmpty() && model->rowCount() > 0; }); // the first filter's read is dropped
    probe.stop();
    probe.report("every tenant (first page)", wall.elapsed());

    // A colleague's bulk deploy of every queue, ten times over (1,000
    // entries) from another Holdline: on a team's history it arrives in the
    // open panel (LISTEN/NOTIFY); on a file nothing tells the panel.
    if (history.startsWith(u"postgresql:"_s)) {
        storage::DatabaseWorker database(*storage::DatabaseLocation::parse(history, nullptr));
        history::HistoryStore colleague(&database);
        QSignalSpy opened(&colleague, &history::HistoryStore::opened);
        colleague.open();
        opened.wait(Minute);
        const qint64 newest = model->entryAt(0).id;
        probe.start();
        wall.start();
        for (int i = 0; i < 10 * Queues; ++i) {
            history::HistoryEntry entry;
            entry.osUser = u"bob"_s;
            entry.tenant = tenant->key;
            entry.queueId = tenant->queues.at(i % Queues).value(u"id"_s).toString();
            entry.action = u"deploy"_s;
            entry.status = i % 2 ? u"completed"_s : u"failed"_s;
            entry.message = u"Bob's bulk change"_s;
            colleague.append(entry, nullptr, {});
            colleague.append(entry, nullptr, {});
        }
        waitUntil([&] { return model->entryAt(0).id >= newest + 20 * Queues; });
        probe.stop();
        probe.report("a colleague's 1,000 entries arrive", wall.elapsed());

        // One deploy at a time: from the colleague's append (committed) to
        // the row in this panel.
        QList<double> latencies;
        for (int i = 0; i < 20; ++i) {
            history::HistoryEntry entry;
            entry.osUser = u"bob"_s;
            entry.tenant = tenant->key;
            entry.queueId = tenant->queues.at(i % Queues).value(u"id"_s).toString();
            entry.action = u"deploy"_s;
            entry.status = u"completed"_s;
            entry.message = u"Bob's change %1"_s.arg(i);
            QElapsedTimer since;
            qint64 committedId = 0;
            colleague.append(entry, &colleague, [&](std::optional<history::HistoryEntry> stored, QString) {
                committedId = stored ? stored->id : -1;
                since.start();
            });
            waitUntil([&] { return committedId != 0 && model->entryAt(0).id == committedId; }, Minute);
            latencies.append(double(since.nsecsElapsed()) / 1e6);
        }
        std::sort(latencies.begin(), latencies.end());
        std::printf("  a colleague's deploy in the open panel: median %.1f ms, max %.1f ms (20 deploys)\n",
                    latencies.at(latencies.size() / 2), latencies.last());
        database.waitForIdle();
    }
}

// With --slow-events: each event the UI thread took 8 ms or more over, by
// receiver and event type, to find what a stall was.
class EventTimingApp : public QApplication
{
public:
    using QApplication::QApplication;
    bool report = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!report || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer took;
        took.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0 && took.elapsed() >= 8)
            std::printf("    [slow event] %lld ms: %s, event type %d\n", static_cast<long long>(took.elapsed()),
                        receiver->metaObject()->className(), int(event->type()));
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    EventTimingApp app(argc, argv);
    testing::isolateSettings(u"bench_historypanel"_s);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    app.report = arguments.removeAll(u"--slow-events"_s) > 0;
    const int entries = arguments.isEmpty() ? 100'000 : std::max(2, arguments.first().toInt());
    std::printf("bench_historypanel: the app opened on a history of %d entries (%d queues), window 1280x720, probe "
                "every 5 ms\n", entries, Queues);

    QTemporaryDir dir;
    benchPanel("SQLite file", dir.filePath(u"history.sqlite"_s), entries);

    testpostgres::Server server;
    if (const QString error = server.start(testpostgres::ServerOptions{.durable = true}); !error.isEmpty()) {
        std::printf("\nPostgreSQL: not run (%s)\n", qPrintable(error));
        return 0;
    }
    QString error;
    const std::optional<storage::DatabaseLocation> team = server.createDatabase(&error);
    if (!team) {
        std::printf("\nPostgreSQL: no database (%s)\n", qPrintable(error));
        return 0;
    }
    benchPanel("PostgreSQL 15, Unix socket, fsync on", team->text(), entries);
    return 0;
}
