#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace holdline::storage {

// Runs database work on a thread of its own, over one named connection that
// lives on that thread, so the GUI thread never waits for the disk. Jobs run
// in the order they are posted; each result comes back on the caller's thread.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    // driver: "QSQLITE" (default) or another Qt SQL driver; databaseName as it expects.
    explicit DatabaseWorker(const QString &databaseName, QObject *parent = nullptr,
                            const QString &driver = QStringLiteral("QSQLITE"));
    ~DatabaseWorker() override;

    QString databaseName() const { return m_databaseName; }

    // Runs job(db) on the worker thread, then done(result) on context's thread
    // unless context is gone by then.
    template<typename Result>
    void run(std::function<Result(QSqlDatabase &)> job, QObject *context, std::function<void(Result)> done)
    {
        post([job = std::move(job), done = std::move(done), context = QPointer<QObject>(context), this](QSqlDatabase &db) {
            auto result = std::make_shared<Result>(job(db));
            QMetaObject::invokeMethod(this, [context, done, result] {
                if (context)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    // Waits until every job posted so far has run. For tests and shutdown only.
    void waitForIdle();

private:
    void post(std::function<void(QSqlDatabase &)> job);

    QString m_databaseName;
    QThread *m_thread;
    QObject *m_executor; // lives on m_thread
};

} // namespace holdline::storage
