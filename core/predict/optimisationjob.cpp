#include "predict/optimisationjob.h"

namespace holdline::predict {

OptimisationJob::OptimisationJob(QObject *parent)
    : QObject(parent)
{
}

void OptimisationJob::start(Input input)
{
    m_job.start(
        [input = std::move(input)](const std::atomic_bool &cancel) {
            const StrategyValidator validator(input.registry, input.selection, input.limits);
            const StrategyOptimiser optimiser(validator, input.asOf, input.settings);
            return optimiser.optimise(input.calibration, input.current, &cancel);
        },
        [this](const OptimiserResult &result) { Q_EMIT finished(result); });
}

} // namespace holdline::predict
