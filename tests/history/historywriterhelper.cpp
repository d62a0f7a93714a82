// One writer of a shared history, as a separate process: appends COUNT
// deploys (a pending entry, then the entry that resolves it, as the deploy
// engine writes them) tagged TAG, then exits 0 when every append landed.
//   history_writer_helper LOCATION TAG COUNT [--keyed]
// LOCATION: a SQLite file or a postgresql:// URL. --keyed: the chain keeper
// on the session's keychain (the test's throwaway one), as holdline-cli runs.
// Prints "appended N in MS ms" on stdout.
#include "credentials/credentialstore.h"
#include "history/chainkeeper.h"
#include "history/historystore.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace holdline;
using namespace Qt::StringLiterals;

namespace {

history::HistoryEntry deployEntry(const QString &tag, int index, const QString &status, qint64 resolves)
{
    history::HistoryEntry e;
    e.osUser = tag;
    e.clientId = u"helper"_s;
    e.tenant = u"https://team.example.test"_s;
    e.queueId = u"q%1"_s.arg(index % 5);
    e.action = u"deploy"_s;
    e.status = status;
    e.queueBefore = QJsonObject{{u"id"_s, e.queueId}, {u"positionThreshold"_s, 10}};
    e.queueAfter = QJsonObject{{u"id"_s, e.queueId}, {u"positionThreshold"_s, 7}};
    e.message = u"%1 deploy %2"_s.arg(tag).arg(index);
    e.resolvesEntryId = resolves;
    e.details = QJsonObject{{u"writer"_s, tag}, {u"deploy"_s, index}};
    return e;
}

// Appends deploy after deploy; each waits for the one before, as a session does.
class Writer : public QObject
{
public:
    Writer(history::HistoryStore *store, QString tag, int count)
        : m_store(store), m_tag(std::move(tag)), m_count(count) {}

    void next()
    {
        if (m_done == m_count) {
            std::printf("appended %d in %lld ms\n", m_count * 2, static_cast<long long>(m_timer.elapsed()));
            QCoreApplication::exit(0);
            return;
        }
        if (!m_timer.isValid())
            m_timer.start();
        const int index = m_done;
        m_store->append(deployEntry(m_tag, index, u"pending"_s, 0), this,
                        [this, index](std::optional<history::HistoryEntry> pending, QString error) {
            if (!pending)
                return fail(error);
            m_store->append(deployEntry(m_tag, index, u"completed"_s, pending->id), this,
                            [this](std::optional<history::HistoryEntry> resolved, QString why) {
                if (!resolved)
                    return fail(why);
                ++m_done;
                next();
            });
        });
    }

private:
    void fail(const QString &error)
    {
        std::fprintf(stderr, "history_writer_helper %s: %s\n", qPrintable(m_tag), qPrintable(error));
        QCoreApplication::exit(1);
    }

    history::HistoryStore *m_store;
    QString m_tag;
    int m_count;
    int m_done = 0;
    QElapsedTimer m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: history_writer_helper LOCATION TAG COUNT [--keyed]\n");
        return 2;
    }
    QString error;
    const auto location = storage::DatabaseLocation::parse(args.at(1), &error);
    if (!location) {
        std::fprintf(stderr, "history_writer_helper: %s\n", qPrintable(error));
        return 2;
    }
    storage::DatabaseWorker worker(*location);
    auto store = std::make_unique<history::HistoryStore>(&worker);
    std::unique_ptr<credentials::CredentialStore> keychain;
    std::unique_ptr<history::ChainKeeper> keeper;
    if (args.contains(u"--keyed"_s)) {
        keychain = std::make_unique<credentials::CredentialStore>();
        keeper = std::make_unique<history::ChainKeeper>(
            location->isPostgreSql() ? location->text() : history::ChainKeeper::locationOfFile(location->path),
            keychain.get());
        store->setChainKeeper(keeper.get());
    }
    Writer writer(store.get(), args.at(2), args.at(3).toInt());
    QObject::connect(store.get(), &history::HistoryStore::opened, &writer, [&writer] { writer.next(); });
    QObject::connect(store.get(), &history::HistoryStore::openFailed, &writer, [](const QString &reason) {
        std::fprintf(stderr, "history_writer_helper: cannot open: %s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    store->open();
    const int code = app.exec();
    // The anchor's last move reaches the keychain before the process ends.
    bool flushed = false;
    store->flush(&writer, [&flushed] { flushed = true; });
    while (!flushed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    worker.waitForIdle();
    store.reset();
    return code;
}
