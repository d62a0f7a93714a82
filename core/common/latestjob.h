#pragma once

#include <QMetaObject>
#include <QObject>
#include <QRunnable>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace holdline {

// Background work of which only the latest run matters (a prediction, an
// optimisation, a chart build): one worker thread, a cancel flag the work
// polls, and a generation, so a run superseded by start() or cancel() never
// delivers. The result comes back on this object's thread, through the
// callback start() was given. Never blocks the caller; the destructor waits
// only for a cancelled run to notice its flag.
class LatestJob : public QObject
{
    Q_OBJECT
public:
    explicit LatestJob(QObject *parent = nullptr);
    ~LatestJob() override;

    // Runs work(cancel) on the worker and, unless superseded or cancelled
    // meanwhile, deliver(result) here. Both must be copyable. Returns the run's generation.
    template <typename Work, typename Deliver>
    quint64 start(Work work, Deliver deliver)
    {
        using Result = std::invoke_result_t<Work &, const std::atomic_bool &>;
        const Run run = begin();
        m_pool.start(QRunnable::create([this, work, deliver, run]() mutable {
            auto result = std::make_shared<Result>(work(std::as_const(*run.cancel)));
            if (run.cancel->load())
                return;
            QMetaObject::invokeMethod(
                this,
                [this, deliver, run, result]() mutable {
                    if (finish(run.generation))
                        deliver(std::move(*result));
                },
                Qt::QueuedConnection);
        }));
        return run.generation;
    }

    // Drops the running work, if any; cancelled() tells which.
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void cancelled(quint64 generation);

private:
    struct Run
    {
        quint64 generation;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    Run begin();
    bool finish(quint64 generation); // true when the run is still the one wanted

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace holdline
