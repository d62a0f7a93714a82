#include "storage/databaseworker.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
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
    Executor(QString connectionName, QString driver, QString databaseName)
        : m_connectionName(std::move(connectionName))
        , m_driver(std::move(driver))
        , m_databaseName(std::move(databaseName))
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
            m_db = QSqlDatabase::addDatabase(m_driver, m_connectionName);
            m_db.setDatabaseName(m_databaseName);
            if (m_driver == QLatin1String("QSQLITE")) {
                QDir().mkpath(QFileInfo(m_databaseName).absolutePath());
                // Several GUIs and CLIs may share one history: a writer waits
                // its turn (up to the busy timeout) instead of failing.
                m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
            }
            if (!m_db.open()) {
                qCWarning(lcStorage) << "cannot open" << m_databaseName << ":" << m_db.lastError().text();
            } else if (m_driver == QLatin1String("QSQLITE")) {
                // WAL: readers never wait for the writer, the writer never for
                // readers; with synchronous=FULL (the default) a commit is as
                // durable as in the rollback journal.
                QSqlQuery wal(m_db);
                if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                    qCWarning(lcStorage) << "cannot use WAL on" << m_databaseName << ":" << wal.lastError().text();
            }
        }
        return m_db;
    }

private:
    QString m_connectionName;
    QString m_driver;
    QString m_databaseName;
    QSqlDatabase m_db;
    bool m_opened = false;
};
} // namespace

DatabaseWorker::DatabaseWorker(const QString &databaseName, QObject *parent, const QString &driver)
    : QObject(parent)
    , m_databaseName(databaseName)
    , m_thread(new QThread(this))
{
    const QString connectionName = QStringLiteral("holdline-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_executor = new Executor(connectionName, driver, databaseName);
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
    QMetaObject::invokeMethod(m_executor, [executor, job = std::move(job)] { job(executor->database()); },
                              Qt::QueuedConnection);
}

void DatabaseWorker::waitForIdle()
{
    QSemaphore done;
    post([&done](QSqlDatabase &) { done.release(); });
    done.acquire();
}

} // namespace holdline::storage
