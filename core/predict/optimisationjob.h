#pragma once

#include "model/policyregistry.h"
#include "model/strategyvalidator.h"
#include "predict/strategyoptimiser.h"

#include "common/latestjob.h"

#include <QDate>
#include <QObject>

namespace holdline::predict {

// The editor's "Optimise": StrategyOptimiser on a worker thread (a few
// seconds: every threshold simulated). A new start() or cancel() drops the
// run before, whose result is never delivered; finished() comes on the job's
// thread. The run holds its own copies of the packs and the selection, so a
// session closing meanwhile cannot pull them from under it.
class OptimisationJob : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        PolicyRegistry registry;
        PolicySelection selection;
        TenantLimits limits;
        QDate asOf;
        Calibration calibration;
        WaitStrategy current;
        StrategyOptimiser::Settings settings;
    };

    explicit OptimisationJob(QObject *parent = nullptr);

    void start(Input input);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }

Q_SIGNALS:
    void finished(const holdline::predict::OptimiserResult &result);

private:
    LatestJob m_job;
};

} // namespace holdline::predict
