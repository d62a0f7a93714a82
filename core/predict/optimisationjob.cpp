#include "predict/optimisationjob.h"

#include <QMetaObject>
#include <QRunnable>

namespace holdline::predict {

OptimisationJob::OptimisationJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

OptimisationJob::~OptimisationJob()
{
    cancel();
    m_pool.waitForDone(); // the runnable posts to `this`
}

void OptimisationJob::start(Input input)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    m_running = true;
    m_pool.start(QRunnable::create([this, input = std::move(input), flag, generation] {
        const StrategyValidator validator(input.registry, input.selection, input.limits);
        const StrategyOptimiser optimiser(validator, input.asOf, input.settings);
        auto result = std::make_shared<OptimiserResult>(optimiser.optimise(input.calibration, input.current, flag.get()));
        if (flag->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation != m_generation || !m_running)
                    return; // superseded or cancelled meanwhile
                m_running = false;
                Q_EMIT finished(*result);
            },
            Qt::QueuedConnection);
    }));
}

void OptimisationJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_running = false;
}

} // namespace holdline::predict
