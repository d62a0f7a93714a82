#include "predict/predictionjob.h"

#include "predict/patiencefit.h"

#include <QMetaObject>
#include <QRunnable>

namespace holdline::predict {

PredictionJob::PredictionJob(QObject *parent)
    : QObject(parent)
{
    // One worker: a superseded run is cancelled and gives way within one step.
    m_pool.setMaxThreadCount(1);
}

PredictionJob::~PredictionJob()
{
    cancel();
    m_pool.waitForDone(); // the runnable posts to `this`: it must not outlive it
}

sim::ErlangResult PredictionJob::request(const PredictionRequest &request)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    m_running = true;

    QRunnable *run = QRunnable::create([this, request, flag, generation] {
        std::optional<Calibration> calibration = request.calibration;
        if (request.refinePatience)
            calibration = PatienceFit::fit(request.calibration, toSimStrategy(request.current), {}, flag.get());
        std::optional<Comparison> comparison;
        if (calibration) {
            const StrategyPredictor predictor(calibration->profile(), request.settings);
            comparison = predictor.compare(toSimStrategy(request.current), toSimStrategy(request.edited), flag.get());
        }
        std::shared_ptr<PredictionResult> result;
        if (comparison && !flag->load()) {
            result = std::make_shared<PredictionResult>();
            result->generation = generation;
            result->calibration = std::move(*calibration);
            result->comparison = std::move(*comparison);
            result->verdicts = evaluateTargets(request.editedFindings, simulationTargets(result->comparison.edited));
        }
        // Queued to the job's thread; dropped there when superseded meanwhile.
        QMetaObject::invokeMethod(this, [this, generation, result] { deliver(generation, result); },
                                  Qt::QueuedConnection);
    });
    m_pool.start(run);

    sim::ErlangInput in = request.calibration.erlangInput();
    return sim::erlangAFractional(in, request.calibration.agents);
}

void PredictionJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_running) {
        m_running = false;
        Q_EMIT cancelled(m_generation);
    }
}

void PredictionJob::deliver(quint64 generation, const std::shared_ptr<PredictionResult> &result)
{
    if (generation != m_generation || !result || !m_running)
        return; // superseded or cancelled
    m_running = false;
    Q_EMIT finished(*result);
}

} // namespace holdline::predict
