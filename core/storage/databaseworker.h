#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace holdline::storage {

struct DatabaseLocation;

// Runs database work on a thread of its own, over one named connection that
// lives on that thread, so the GUI thread never waits for the disk. Jobs run
// in the order they are posted; each result comes back on the caller's thread.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    // A SQLite file.
    explicit DatabaseWorker(const QString &databaseName, QObject *parent = nullptr);
    // A SQLite file or a PostgreSQL database (location.refusal() is the
    // caller's to check first); its password goes to the connection only.
    explicit DatabaseWorker(const DatabaseLocation &location, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // The path, or the URL without its password.
    QString databaseName() const { return m_databaseName; }
    bool isPostgreSql() const { return m_postgreSql; }

    // PostgreSQL: LISTEN on channel; each NOTIFY on it from another
    // connection (another Holdline) is emitted as notified(), on this object's
    // thread. SQLite has no notifications: nothing happens.
    void subscribe(const QString &channel);

    // Runs job(db) on the worker thread, then done(result) on context's thread
    // unless context is gone by then.
    template<typename Result>
    void run(std::function<Result(QSqlDatabase &)> job, QObject *context, std::function<void(Result)> done)
    {
        post([job = std::move(job), done = std::move(done), context = QPointer<QObject>(context), this](QSqlDatabase &db) {
            auto result = std::make_shared<Result>(job(db));
            QMetaObject::invokeMethod(this, [context, done, result, this]() mutable {
                if (context)
                    done(Result(*result)); // shallow: Qt's containers share their data
                // The result was allocated on the database thread, and is freed
                // there: thousands of entries' JSON freed on this thread stall it
                // for tens of milliseconds (bench_historypanel).
                QMetaObject::invokeMethod(m_executor, [gone = std::move(result)] {}, Qt::QueuedConnection);
            }, Qt::QueuedConnection);
        });
    }

    // Waits until every job posted so far has run. For tests and shutdown only.
    void waitForIdle();

Q_SIGNALS:
    void notified(const QString &channel, const QString &payload);
    // The connection to a team's server was lost (a restart, the network)
    // and is open again: notifications sent meanwhile were missed.
    void reopened();

private:
    void post(std::function<void(QSqlDatabase &)> job);

    QString m_databaseName;
    bool m_postgreSql = false;
    QThread *m_thread;
    QObject *m_executor; // lives on m_thread
};

} // namespace holdline::storage
