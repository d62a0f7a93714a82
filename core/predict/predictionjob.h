#pragma once

#include "model/finding.h"
#include "model/waitstrategy.h"
#include "predict/calibration.h"
#include "predict/strategypredictor.h"
#include "predict/targetevaluation.h"
#include "sim/erlang.h"

#include "common/latestjob.h"

#include <QList>
#include <QObject>

namespace holdline::predict {

struct PredictionRequest
{
    Calibration calibration;
    WaitStrategy current;
    WaitStrategy edited;
    QList<Finding> editedFindings;  // the validator's findings for the edited strategy
    PredictionSettings settings;
    bool refinePatience = false;    // PatienceFit under the current strategy first (about a second)
};

struct PredictionResult
{
    quint64 generation = 0;
    Calibration calibration;        // as simulated (patience refined when asked)
    Comparison comparison;
    QList<TargetVerdict> verdicts;  // the edited strategy's service targets
};

// The editor's "Predicted impact": request() answers with Erlang A at once
// and starts the simulation on a worker thread; a new request cancels the
// running one, whose result is never delivered. finished() comes on the
// job's thread. Never blocks the caller (LatestJob runs it).
class PredictionJob : public QObject
{
    Q_OBJECT
public:
    explicit PredictionJob(QObject *parent = nullptr);
    ~PredictionJob() override;

    // Returns the immediate Erlang A answer for the edited queue (no callbacks).
    sim::ErlangResult request(const PredictionRequest &request);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    quint64 generation() const { return m_job.generation(); }

Q_SIGNALS:
    void finished(const holdline::predict::PredictionResult &result);
    void cancelled(quint64 generation);

private:
    LatestJob m_job;
};

} // namespace holdline::predict
