#pragma once

#include "model/finding.h"
#include "predict/calibrationfetch.h"
#include "predict/predictionjob.h"

#include <QObject>
#include <QPointer>

namespace holdline::predict {

// `holdline-cli predict Q [--set FIELD=VALUE…]` end to end, without a nested
// event loop: calibrate the queue from its recent metrics (the window is the
// caller's: "P1D" by default, with half-hour buckets for the time of day),
// then compare its current and edited strategy on a worker thread and judge
// the edited strategy's service targets. finished() once; then
// The CLI's StandalonePrediction::comparisonJson / comparisonText format the result.
class QueuePrediction : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QString queueId;
        QueueFacts facts;             // the queue's current strategy and service level
        WaitStrategy edited;
        QList<Finding> editedFindings; // the validator's findings for `edited`
        QString interval = QStringLiteral("P1D");
        QString granularity = QStringLiteral("PT30M");
        PredictionSettings settings;
    };

    QueuePrediction(api::TenantAnalytics *client, Input input, QObject *parent = nullptr);

    void start();
    bool succeeded() const { return m_result.has_value(); }
    QString errorMessage() const { return m_error; }
    const Calibration &calibration() const { return m_calibration; }
    const std::optional<PredictionResult> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void fail(const QString &message);

    api::TenantAnalytics *m_client;
    Input m_input;
    QPointer<CalibrationFetch> m_fetch;
    PredictionJob m_job;
    Calibration m_calibration;
    std::optional<PredictionResult> m_result;
    QString m_error;
};

} // namespace holdline::predict
