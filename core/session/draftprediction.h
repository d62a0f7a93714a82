#pragma once

#include "api/analyticsclient.h"
#include "api/routingclient.h"
#include "model/finding.h"
#include "model/policyregistry.h"
#include "model/strategyvalidator.h"
#include "predict/calibrationfetch.h"
#include "predict/optimisationjob.h"
#include "predict/predictionjob.h"
#include "predict/strategyerlang.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <utility>

namespace holdline {

// The predicted impact of a draft strategy, kept up to date without
// blocking: calibrates the queue from its recent metrics over the window the
// user picks (CalibrationFetch), answers every edit at once with
// strategyErlang() (microseconds), and a moment after the last edit runs the
// simulation of current vs edited on a worker thread (PredictionJob), each
// edit cancelling the run before; on request, the optimiser. The GUI's editor
// drives it; any front end with a draft can.
class DraftPrediction : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoDraft,
        Calibrating,
        NoCalibration, // message() says why
        Estimating,    // Erlang A figures; the simulation runs
        Simulated,     // the simulation's figures, with confidence intervals
    };

    // A calibration window the user can pick.
    struct Window
    {
        QString interval;    // a trailing ISO duration
        QString granularity; // half-hours learn the time of day
        QString label;       // translated
    };
    static QList<Window> windows();
    static constexpr int defaultWindow = 1; // the last day

    // What is predicted: a queue's deployed strategy and the edit of it.
    struct Draft
    {
        QString queueId;
        WaitStrategy deployed;
        WaitStrategy edited;
        QList<Finding> findings;  // the validator's, for `edited`: they carry the service targets
        QDate validationDate;     // the date the findings hold for
    };

    explicit DraftPrediction(QObject *parent = nullptr);

    // The tenant to calibrate from (null: no session), and the rules the optimiser obeys.
    void setClients(api::TenantRouting *routing, api::TenantAnalytics *analytics);
    void setPolicies(const PolicyRegistry *registry, const StrategyValidator *validator);
    // A new queue recalibrates; an edit or a deploy of the same queue recomputes.
    void setDraft(const std::optional<Draft> &draft);
    // The tenant's date: which rules are in force for the optimiser.
    void setAsOf(QDate asOf) { m_asOf = asOf; }
    void setWindow(int index);
    int window() const { return m_window; }
    // Calibration given instead of fetched (a benchmark; tests of the verdicts).
    void setCalibration(const predict::Calibration &calibration);
    // How long after an edit the simulation starts (typing settles first).
    void setSimulationDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    void setPredictionSettings(const predict::PredictionSettings &settings) { m_settings = settings; }
    // What "Suggest" searches and aims at (the service goal among them).
    void setOptimiserSettings(const predict::StrategyOptimiser::Settings &settings) { m_optimiserSettings = settings; }
    const predict::StrategyOptimiser::Settings &optimiserSettings() const { return m_optimiserSettings; }

    State state() const { return m_state; }
    QString message() const { return m_message; }
    const predict::Calibration &calibration() const { return m_calibration; }
    const predict::StrategyErlangResult &currentErlang() const { return m_currentErlang; }
    const predict::StrategyErlangResult &editedErlang() const { return m_editedErlang; }
    // The latest simulation of the current draft (nullopt while it runs).
    const std::optional<predict::PredictionResult> &simulation() const { return m_simulation; }
    // The service targets of the packs in force: current and edited, on the best figures at hand.
    const QList<predict::TargetVerdict> &currentVerdicts() const { return m_currentVerdicts; }
    const QList<predict::TargetVerdict> &editedVerdicts() const { return m_editedVerdicts; }
    bool canOptimise() const;
    // The latest optimiser's advice (as optimised() told it), with whether it falls short of the targets.
    const deploy::Advice &suggestion() const { return m_suggestion; }
    bool isOptimising() const { return m_optimiser.isRunning(); }

public Q_SLOTS:
    void recalibrate();
    // Runs the optimiser on the draft; optimised() tells what it found.
    void optimise();

Q_SIGNALS:
    void changed();
    void simulationStarted(quint64 generation);
    void simulationCancelled(quint64 generation);
    void simulationFinished(quint64 generation);
    // The optimiser's suggestion for the draft it started from (suggested ==
    // that draft when nothing is better), and why, for a supervisor.
    void optimised(const holdline::WaitStrategy &suggested, bool change, const QString &reason);

private:
    void setState(State state, const QString &message = {});
    void readServiceLevel();
    void fetchCalibration(int serviceLevelSeconds);
    void useCalibration(const predict::Calibration &calibration);
    void recompute();
    void startSimulation();
    void onSimulated(const predict::PredictionResult &result);
    void onOptimised(const predict::OptimiserResult &result);
    const predict::Calibration &bestCalibration() const;

    QPointer<api::TenantRouting> m_routing;
    QPointer<api::TenantAnalytics> m_analytics;
    const PolicyRegistry *m_registry = nullptr;
    const StrategyValidator *m_validator = nullptr;
    std::optional<Draft> m_draft;
    QString m_queueId; // the calibrated queue
    int m_window = defaultWindow;
    quint64 m_fetchGeneration = 0;
    QPointer<api::QueueReply> m_queueRead;
    QPointer<predict::CalibrationFetch> m_fetch;

    State m_state = State::NoDraft;
    QString m_message;
    predict::Calibration m_calibration;
    bool m_calibrated = false; // m_calibration is the draft's queue's
    std::optional<predict::Calibration> m_refined; // patience fitted by the first simulation
    predict::StrategyErlangResult m_currentErlang, m_editedErlang;
    std::optional<WaitStrategy> m_currentFor; // what m_currentErlang was computed for
    QList<int> m_currentSeconds;
    std::optional<predict::PredictionResult> m_simulation;
    QList<predict::TargetVerdict> m_currentVerdicts, m_editedVerdicts;

    predict::PredictionSettings m_settings;
    predict::StrategyOptimiser::Settings m_optimiserSettings;
    QTimer m_delay;
    predict::PredictionJob m_job;
    predict::OptimisationJob m_optimiser;
    WaitStrategy m_optimisedFrom;
    deploy::Advice m_suggestion;
    QDate m_asOf; // invalid until the tenant's time is known: the draft's date then
};

} // namespace holdline
