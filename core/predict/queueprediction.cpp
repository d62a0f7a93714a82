#include "predict/queueprediction.h"

using namespace Qt::StringLiterals;

namespace holdline::predict {

QueuePrediction::QueuePrediction(api::TenantAnalytics *client, Input input, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_input(std::move(input))
{
    connect(&m_job, &PredictionJob::finished, this, [this](const PredictionResult &r) {
        m_calibration = r.calibration;
        m_result = r;
        Q_EMIT finished();
    });
}

void QueuePrediction::start()
{
    m_fetch = new CalibrationFetch(m_client, {{m_input.queueId, m_input.facts}}, m_input.interval,
                                   m_input.granularity, this);
    connect(m_fetch, &CalibrationFetch::finished, this, [this] {
        m_fetch->deleteLater();
        if (!m_fetch->succeeded())
            return fail(tr("Could not read the queue's metrics: %1").arg(m_fetch->error().message));
        m_calibration = m_fetch->calibrations().value(m_input.queueId);
        if (m_calibration.confidence == Calibration::Confidence::None)
            return fail(tr("No contacts in the window (%1): nothing to predict from; widen it.").arg(m_input.interval));
        PredictionRequest request;
        request.calibration = m_calibration;
        request.current = m_input.facts.strategy;
        request.edited = m_input.edited;
        request.editedFindings = m_input.editedFindings;
        request.settings = m_input.settings;
        request.refinePatience = true;
        if (m_calibration.hasTimeOfDay()) { // a whole day, as the window showed it
            request.settings.windowSeconds = 86400;
            request.settings.warmUpSeconds = 2 * 3600;
        }
        m_job.request(request);
    });
    m_fetch->start();
}

void QueuePrediction::fail(const QString &message)
{
    m_error = message;
    Q_EMIT finished();
}

} // namespace holdline::predict
