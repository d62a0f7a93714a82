#include "predict/predictionjob.h"

#include "predict/patiencefit.h"

namespace holdline::predict {

PredictionJob::PredictionJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &LatestJob::cancelled, this, &PredictionJob::cancelled);
}

PredictionJob::~PredictionJob() = default;

sim::ErlangResult PredictionJob::request(const PredictionRequest &request)
{
    m_job.start(
        [request](const std::atomic_bool &cancel) -> std::optional<PredictionResult> {
            std::optional<Calibration> calibration = request.calibration;
            if (request.refinePatience)
                calibration = PatienceFit::fit(request.calibration, toSimStrategy(request.current), {}, &cancel);
            if (!calibration)
                return std::nullopt;
            const StrategyPredictor predictor(calibration->profile(), request.settings);
            std::optional<Comparison> comparison =
                predictor.compare(toSimStrategy(request.current), toSimStrategy(request.edited), &cancel);
            if (!comparison)
                return std::nullopt;
            PredictionResult result;
            result.calibration = std::move(*calibration);
            result.comparison = std::move(*comparison);
            result.verdicts = evaluateTargets(request.editedFindings, simulationTargets(result.comparison.edited));
            return result;
        },
        [this](std::optional<PredictionResult> result) {
            if (!result)
                return;
            result->generation = m_job.generation(); // delivered runs are the latest
            Q_EMIT finished(*result);
        });

    sim::ErlangInput in = request.calibration.erlangInput();
    return sim::erlangAFractional(in, request.calibration.agents);
}

} // namespace holdline::predict
