#pragma once

#include "cli/answerrateprobe.h"
#include "cli/command.h"
#include "deploy/deploytypes.h"
#include "deploy/thresholdadvisor.h"

#include <QJsonObject>

namespace holdline::cli {

class GuardRunner;

// `tune Q|auto`: the specification's flow, one step after another, each
// explained: answer rate (PT5M, else PT1H) → advice → deploy → sync →
// metrics → degradation guard on the tenant's clock. The advice is the GUI's
// "Suggest" (DraftPrediction's optimiser: the strategy meeting the service
// goal with the fewest callbacks), or with --advisor rule the
// specification's answer-rate rule (QueueAdvisor). `auto` picks the queue whose answer rate is furthest
// outside the advisor's band. --json prints one object with every step.
class TuneCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

    // The queue with the most need: furthest outside [low, high]; ties by id.
    static QString pickQueue(const QHash<QString, RateReading> &readings, deploy::AnswerRateBand band = {});

private:
    void pickAutomatically();
    void readQueue();
    void measure();
    void reportRate();
    void advise(const WaitStrategy &current);
    void adviseForGoal(const WaitStrategy &current);
    void adviceReady(const WaitStrategy &current, const deploy::Advice &advice, const QString &advisor);
    void deployAdvice();
    void syncStep();
    void metricsStep();
    void guardStep();
    void done(int exitCode);
    void step(const QString &text);

    QString m_queueId;
    QString m_queueName;
    RateReading m_rate;
    bool m_rateKnown = false; // read when the queue was picked
    WaitStrategy m_current;
    deploy::Advice m_advice;
    deploy::DeployOutcome m_outcome;
    QDateTime m_deployedAt;
    GuardRunner *m_guard = nullptr;
    QJsonObject m_report;
    int m_step = 0;
    bool m_optimising = false; // the goal advisor's search has started
};

} // namespace holdline::cli
