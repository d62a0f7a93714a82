#include "storage/databaseworker.h"

#include "common/logging.h"
#include "storage/databaselocation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace holdline::storage {

namespace {
constexpr int SqliteBusyTimeoutMs = 30'000;

// Owns the connection on the worker thread.
class Executor : public QObject
{
public:
    Executor(QString connectionName, DatabaseLocation location)
        : m_connectionName(std::move(connectionName))
        , m_location(std::move(location))
    {}
    ~Executor() override
    {
        if (m_opened) {
            m_db.close();
            m_db = QSqlDatabase(); // drop the last handle, or removeDatabase warns
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    QSqlDatabase &database()
    {
        if (!m_opened) {
            m_opened = true;
            m_db = QSqlDatabase::addDatabase(m_location.driver(), m_connectionName);
            if (m_location.isPostgreSql()) {
                // The password stays in memory: it reaches libpq, never a log.
                m_db.setHostName(m_location.host);
                m_db.setPort(m_location.port);
                m_db.setDatabaseName(m_location.database);
                m_db.setUserName(m_location.user);
                m_db.setPassword(m_location.password);
                m_db.setConnectOptions(m_location.connectOptions());
                m_location.password.clear();
            } else {
                m_db.setDatabaseName(m_location.path);
                QDir().mkpath(QFileInfo(m_location.path).absolutePath());
                // Several GUIs and CLIs may share one history: a writer waits
                // its turn (up to the busy timeout) instead of failing.
                m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
            }
            if (!m_db.open()) {
                qCWarning(lcStorage) << "cannot open" << m_location.text() << ":" << m_db.lastError().text();
            } else if (m_location.isPostgreSql()) {
                // libpq prints notices on stderr ("relation ... already
                // exists, skipping"): a CLI's output is no place for them.
                QSqlQuery quiet(m_db);
                quiet.exec(QStringLiteral("SET client_min_messages TO warning"));
            } else {
                // WAL: readers never wait for the writer, the writer never for
                // readers; with synchronous=FULL (the default) a commit is as
                // durable as in the rollback journal.
                QSqlQuery wal(m_db);
                if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                    qCWarning(lcStorage) << "cannot use WAL on" << m_location.path << ":" << wal.lastError().text();
            }
        }
        return m_db;
    }

    // A team's server restarts, or the network drops the connection: the
    // driver keeps the dead connection "open" and every query on it fails.
    // After a quiet spell (or a job that failed on it) one cheap query tells;
    // a dead connection is opened again, with the channels it listened on.
    // True when it was reopened. Session advisory locks (leases) went with
    // the old connection: they are claimed anew by whoever asks next.
    bool reopenIfDropped()
    {
        if (!m_opened || !m_location.isPostgreSql())
            return false;
        const bool quiet = !m_lastUse.isValid() || m_lastUse.hasExpired(LivenessCheckAfterMs);
        if (!quiet && m_db.isOpen())
            return false;
        QSqlQuery ping(m_db);
        if (m_db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
            return false;
        const QStringList channels = m_db.driver()->subscribedToNotifications();
        qCWarning(lcStorage) << "the connection to" << m_location.text() << "was lost ("
                             << ping.lastError().text().trimmed() << "): opening it again";
        m_db.close();
        if (!m_db.open()) {
            qCWarning(lcStorage) << "cannot reopen" << m_location.text() << ":" << m_db.lastError().text();
            return false;
        }
        QSqlQuery quietNotices(m_db);
        quietNotices.exec(QStringLiteral("SET client_min_messages TO warning"));
        for (const QString &channel : channels)
            if (!m_db.driver()->subscribeToNotification(channel))
                qCWarning(lcStorage) << "cannot listen on" << channel << "again:" << m_db.driver()->lastError().text();
        return true;
    }
    void markUsed() { m_lastUse.start(); }

private:
    QString m_connectionName;
    DatabaseLocation m_location;
    QSqlDatabase m_db;
    bool m_opened = false;
    QElapsedTimer m_lastUse; // the end of the last job
    static constexpr qint64 LivenessCheckAfterMs = 1'000;
};
} // namespace

DatabaseWorker::DatabaseWorker(const QString &databaseName, QObject *parent)
    : DatabaseWorker(DatabaseLocation::sqliteFile(databaseName), parent)
{
}

DatabaseWorker::DatabaseWorker(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_databaseName(location.text())
    , m_postgreSql(location.isPostgreSql())
    , m_thread(new QThread(this))
{
    const QString connectionName = QStringLiteral("holdline-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_executor = new Executor(connectionName, location);
    m_executor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("holdline-db"));
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread->quit();
    m_thread->wait();
}

void DatabaseWorker::post(std::function<void(QSqlDatabase &)> job)
{
    auto *executor = static_cast<Executor *>(m_executor);
    QMetaObject::invokeMethod(m_executor, [this, executor, job = std::move(job)] {
        QSqlDatabase &db = executor->database();
        if (executor->reopenIfDropped())
            Q_EMIT reopened();
        job(db);
        executor->markUsed();
    }, Qt::QueuedConnection);
}

void DatabaseWorker::subscribe(const QString &channel)
{
    // The driver delivers notifications on the thread its connection lives
    // on (a socket notifier on libpq's socket): this one. Only other
    // connections' notifications are passed on: this connection's own
    // writes are known to whoever made them.
    post([this, channel](QSqlDatabase &db) {
        QSqlDriver *driver = db.driver();
        if (!db.isOpen() || !driver->hasFeature(QSqlDriver::EventNotifications))
            return;
        if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
            qCWarning(lcStorage) << "cannot listen on" << channel << ":" << driver->lastError().text();
            return;
        }
        // One relay per connection, however many channels it listens on.
        if (driver->property("holdlineRelay").toBool())
            return;
        driver->setProperty("holdlineRelay", true);
        connect(driver, &QSqlDriver::notification, m_executor,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (source != QSqlDriver::SelfSource)
                        Q_EMIT notified(name, payload.toString());
                });
    });
}

void DatabaseWorker::waitForIdle()
{
    QSemaphore done;
    post([&done](QSqlDatabase &) { done.release(); });
    done.acquire();
}

} // namespace holdline::storage
