#include "session/draftprediction.h"

namespace holdline {

using namespace Qt::StringLiterals;
using predict::Calibration;

QList<DraftPrediction::Window> DraftPrediction::windows()
{
    return {{u"PT4H"_s, QString(), tr("Last 4 hours")},
            {u"P1D"_s, u"PT30M"_s, tr("Last day")},
            {u"P7D"_s, u"PT30M"_s, tr("Last 7 days")}};
}

DraftPrediction::DraftPrediction(QObject *parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &DraftPrediction::startSimulation);
    connect(&m_job, &predict::PredictionJob::finished, this, &DraftPrediction::onSimulated);
    connect(&m_job, &predict::PredictionJob::cancelled, this, &DraftPrediction::simulationCancelled);
    connect(&m_optimiser, &predict::OptimisationJob::finished, this, &DraftPrediction::onOptimised);
}

void DraftPrediction::setClients(api::TenantRouting *routing, api::TenantAnalytics *analytics)
{
    m_routing = routing;
    m_analytics = analytics;
    m_queueId.clear();
    recalibrate();
}

void DraftPrediction::setPolicies(const PolicyRegistry *registry, const StrategyValidator *validator)
{
    m_registry = registry;
    m_validator = validator;
    m_optimiser.cancel();
}

void DraftPrediction::setDraft(const std::optional<Draft> &draft)
{
    const std::optional<Draft> before = std::exchange(m_draft, draft);
    if (!draft) {
        m_optimiser.cancel();
        m_delay.stop();
        m_job.cancel();
        m_queueId.clear();
        m_calibrated = false;
        setState(State::NoDraft);
        return;
    }
    if (draft->queueId != m_queueId) {
        recalibrate();
        return;
    }
    if (!before || !(before->edited == draft->edited) || before->findings != draft->findings)
        m_optimiser.cancel(); // it started from another draft
    recompute();
}

void DraftPrediction::setWindow(int index)
{
    if (index == m_window || index < 0 || index >= windows().size())
        return;
    m_window = index;
    recalibrate();
}

void DraftPrediction::recalibrate()
{
    ++m_fetchGeneration; // answers still on their way are for another queue or window
    if (m_queueRead)
        m_queueRead->abort();
    m_delay.stop();
    m_job.cancel();
    m_optimiser.cancel();
    m_simulation.reset();
    m_calibrated = false;
    if (!m_draft) {
        setState(State::NoDraft);
        return;
    }
    m_queueId = m_draft->queueId;
    if (!m_routing || !m_analytics) {
        setState(State::NoCalibration, tr("Not connected to a tenant: nothing to calibrate from."));
        return;
    }
    setState(State::Calibrating);
    readServiceLevel();
}

// The service-level duration is the queue's (mediaSettings), not in the list's rows.
void DraftPrediction::readServiceLevel()
{
    const quint64 generation = m_fetchGeneration;
    m_queueRead = m_routing->getQueue(m_queueId);
    connect(m_queueRead, &api::ApiJob::finished, this, [this, reply = m_queueRead, generation] {
        reply->deleteLater();
        if (generation != m_fetchGeneration)
            return;
        if (reply->error().isError()) {
            setState(State::NoCalibration, tr("Could not read the queue: %1").arg(reply->error().message));
            return;
        }
        fetchCalibration(reply->queue().serviceLevelSeconds);
    });
}

void DraftPrediction::fetchCalibration(int serviceLevelSeconds)
{
    const Window w = windows().value(m_window);
    const quint64 generation = m_fetchGeneration;
    auto *fetch = new predict::CalibrationFetch(m_analytics, {{m_queueId, {m_draft->deployed, serviceLevelSeconds}}},
                                                w.interval, w.granularity, this);
    m_fetch = fetch;
    connect(fetch, &predict::CalibrationFetch::finished, this, [this, fetch, generation, label = w.label] {
        fetch->deleteLater();
        if (generation != m_fetchGeneration || !m_draft)
            return;
        if (!fetch->succeeded()) {
            setState(State::NoCalibration, tr("Could not read the queue's metrics: %1").arg(fetch->error().message));
            return;
        }
        const Calibration c = fetch->calibrations().value(m_queueId);
        if (c.confidence == Calibration::Confidence::None) {
            setState(State::NoCalibration, tr("No calls in the window (%1) yet: nothing to calibrate from. "
                                              "Pick a longer window, or wait for traffic.")
                                               .arg(label.toLower()));
            return;
        }
        if (c.agents <= 0) {
            setState(State::NoCalibration,
                     tr("No agents were staffed in the window (%1): nothing to predict with.").arg(label.toLower()));
            return;
        }
        useCalibration(c);
    });
    fetch->start();
}

void DraftPrediction::setCalibration(const Calibration &calibration)
{
    ++m_fetchGeneration;
    if (m_draft)
        m_queueId = m_draft->queueId;
    useCalibration(calibration);
}

void DraftPrediction::useCalibration(const Calibration &calibration)
{
    m_calibration = calibration;
    m_calibrated = true;
    m_refined.reset();
    m_currentFor.reset();
    recompute();
}

const Calibration &DraftPrediction::bestCalibration() const
{
    return m_refined ? *m_refined : m_calibration;
}

void DraftPrediction::recompute()
{
    if (!m_draft || !m_calibrated)
        return;
    const Calibration &c = bestCalibration();
    const QList<int> seconds = predict::targetSeconds(m_draft->findings);
    // The deployed strategy's figures change with the calibration or a deploy, not with a keystroke.
    if (!m_currentFor || !(*m_currentFor == m_draft->deployed) || m_currentSeconds != seconds) {
        m_currentErlang = predict::strategyErlang(c, m_draft->deployed, seconds);
        m_currentFor = m_draft->deployed;
        m_currentSeconds = seconds;
    }
    m_editedErlang = predict::strategyErlang(c, m_draft->edited, seconds);
    // The rules in force judge both: the edited draft's findings carry them.
    m_currentVerdicts = predict::evaluateTargets(m_draft->findings, predict::strategyErlangTargets(m_currentErlang));
    m_editedVerdicts = predict::evaluateTargets(m_draft->findings, predict::strategyErlangTargets(m_editedErlang));
    m_simulation.reset();
    m_job.cancel();
    setState(State::Estimating);
    m_delay.start();
}

void DraftPrediction::startSimulation()
{
    if (!m_draft || m_state != State::Estimating)
        return;
    predict::PredictionRequest request;
    request.calibration = bestCalibration();
    request.current = m_draft->deployed;
    request.edited = m_draft->edited;
    request.editedFindings = m_draft->findings;
    request.settings = m_settings;
    request.refinePatience = !m_refined; // once per calibration: it depends on the deployed strategy only
    if (request.calibration.hasTimeOfDay()) { // a whole day, as the window showed it
        request.settings.windowSeconds = 86400;
        request.settings.warmUpSeconds = 2 * 3600;
    }
    m_job.request(request);
    Q_EMIT simulationStarted(m_job.generation());
}

void DraftPrediction::onSimulated(const predict::PredictionResult &result)
{
    if (!m_draft)
        return;
    if (!m_refined) {
        m_refined = result.calibration;
        const QList<int> seconds = predict::targetSeconds(m_draft->findings);
        m_currentErlang = predict::strategyErlang(*m_refined, m_draft->deployed, seconds);
        m_currentFor = m_draft->deployed;
        m_currentSeconds = seconds;
        m_editedErlang = predict::strategyErlang(*m_refined, m_draft->edited, seconds);
    }
    m_simulation = result;
    m_currentVerdicts = predict::evaluateTargets(m_draft->findings,
                                                 predict::simulationTargets(result.comparison.current));
    m_editedVerdicts = result.verdicts;
    setState(State::Simulated);
    Q_EMIT simulationFinished(result.generation);
}

bool DraftPrediction::canOptimise() const
{
    return m_draft && m_registry && m_validator && (m_state == State::Estimating || m_state == State::Simulated)
        && !m_optimiser.isRunning();
}

void DraftPrediction::optimise()
{
    if (!canOptimise())
        return;
    predict::OptimisationJob::Input input;
    input.registry = *m_registry;
    input.selection = m_validator->selection();
    input.limits = m_validator->tenantLimits();
    input.asOf = m_asOf.isValid() ? m_asOf : m_draft->validationDate;
    input.calibration = bestCalibration();
    input.current = m_draft->edited;
    input.settings = m_optimiserSettings;
    if (input.calibration.hasTimeOfDay()) {
        input.settings.prediction.windowSeconds = 86400;
        input.settings.prediction.warmUpSeconds = 2 * 3600;
    }
    m_optimisedFrom = input.current;
    m_optimiser.start(std::move(input));
    Q_EMIT changed();
}

void DraftPrediction::onOptimised(const predict::OptimiserResult &result)
{
    Q_EMIT changed();
    m_suggestion = predict::adviceFrom(result, m_optimisedFrom);
    Q_EMIT optimised(m_suggestion.suggested, m_suggestion.change, m_suggestion.reason);
}

void DraftPrediction::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

} // namespace holdline
