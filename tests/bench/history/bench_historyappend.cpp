// Appends per second to one history: SQLite (WAL, synchronous=FULL) and
// PostgreSQL (a durable server of its own on a Unix socket, fsync on), with
// one writer and with four writers at once, each on its own connection and
// thread as four Holdlines are. Each writer appends one entry at a time and
// waits for it (as a deploy does), so the figure is the committed, chained,
// serialised append: the lock, the head read, the insert, the commit.
//   bench_historyappend [APPENDS_PER_WRITER=400]
#include "history/historystore.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "testpostgres.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace holdline;
using namespace Qt::StringLiterals;

namespace {

history::HistoryEntry sample(int writer, int index)
{
    history::HistoryEntry e;
    e.osUser = u"w%1"_s.arg(writer);
    e.clientId = u"bench"_s;
    e.tenant = u"https://bench.example.test"_s;
    e.queueId = u"q%1"_s.arg(index % 40);
    e.action = u"deploy"_s;
    e.status = u"completed"_s;
    e.queueBefore = QJsonObject{{u"id"_s, e.queueId}, {u"positionThreshold"_s, 10}, {u"name"_s, u"Sales"_s}};
    e.queueAfter = QJsonObject{{u"id"_s, e.queueId}, {u"positionThreshold"_s, 7}, {u"name"_s, u"Sales"_s}};
    e.message = u"positionThreshold 10 → 7"_s;
    return e;
}

// Runs until every writer has appended its share; answers the elapsed ms or -1.
qint64 measure(const storage::DatabaseLocation &location, int writers, int perWriter)
{
    struct Writer
    {
        std::unique_ptr<storage::DatabaseWorker> worker;
        std::unique_ptr<history::HistoryStore> store;
        int done = 0;
    };
    std::vector<Writer> all(writers);
    int opened = 0;
    bool failed = false;
    for (Writer &w : all) {
        w.worker = std::make_unique<storage::DatabaseWorker>(location);
        w.store = std::make_unique<history::HistoryStore>(w.worker.get());
        QObject::connect(w.store.get(), &history::HistoryStore::opened, w.store.get(), [&opened] { ++opened; });
        QObject::connect(w.store.get(), &history::HistoryStore::openFailed, w.store.get(), [&failed](const QString &why) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(why));
            failed = true;
        });
        w.store->open();
    }
    while (opened < writers && !failed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (failed)
        return -1;

    int finished = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void(int)> next = [&](int index) {
        Writer &w = all[index];
        if (w.done == perWriter) {
            ++finished;
            return;
        }
        w.store->append(sample(index, w.done), w.store.get(), [&, index](std::optional<history::HistoryEntry> e, QString error) {
            if (!e) {
                std::fprintf(stderr, "append failed: %s\n", qPrintable(error));
                failed = true;
                ++finished;
                return;
            }
            ++all[index].done;
            next(index);
        });
    };
    for (int i = 0; i < writers; ++i)
        next(i);
    while (finished < writers)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 elapsed = clock.elapsed();
    for (Writer &w : all)
        w.worker->waitForIdle();
    return failed ? -1 : elapsed;
}

void report(const char *backend, int writers, int perWriter, qint64 ms)
{
    if (ms < 0) {
        std::printf("%-10s %d writer%s: failed\n", backend, writers, writers > 1 ? "s" : " ");
        return;
    }
    const int total = writers * perWriter;
    std::printf("%-10s %d writer%s: %5d appends in %6lld ms = %7.0f appends/s\n", backend, writers,
                writers > 1 ? "s" : " ", total, static_cast<long long>(ms), total * 1000.0 / double(std::max<qint64>(ms, 1)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int perWriter = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 400;

    QTemporaryDir dir;
    for (const int writers : {1, 4}) {
        const auto file = storage::DatabaseLocation::sqliteFile(dir.filePath(u"history-%1.sqlite"_s.arg(writers)));
        report("SQLite", writers, perWriter, measure(file, writers, perWriter));
    }

    testpostgres::Server server;
    if (const QString error = server.start({true}); !error.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    for (const int writers : {1, 4}) {
        QString error;
        const auto database = server.createDatabase(&error);
        if (!database) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        report("PostgreSQL", writers, perWriter, measure(*database, writers, perWriter));
    }
    return 0;
}
