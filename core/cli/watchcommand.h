#pragma once

#include "cli/command.h"
#include "deploy/thresholdadvisor.h"

#include <QHash>
#include <QSet>

#include <memory>

class QTimer;

namespace holdline::cli {

class GuardRunner;

// `watch Q...`: every round reads the answer rates, asks each queue's
// advisor (its cooldown and hysteresis carry across rounds), deploys the
// advice, and lets the guard judge each deploy once its window has passed —
// until SIGINT or SIGTERM, when it lets running deploys finish and exits 0.
// --json prints one JSON event per line.
class WatchCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void round();
    void onRates(const class AnswerRateProbe *probe);
    void deploy(const QString &queueId, const WaitStrategy &current, const deploy::Advice &advice);
    void event(const QString &type, QJsonObject fields, const QString &human);
    void stop(int signalNumber);
    void finishIfIdle();

    QHash<QString, std::shared_ptr<deploy::AnswerRateAdvisor>> m_advisors;
    QSet<QString> m_busy;   // queues with a deploy in flight
    GuardRunner *m_guard = nullptr;
    QTimer *m_timer = nullptr;
    bool m_roundRunning = false;
    bool m_stopping = false;
    int m_rounds = 0;
};

} // namespace holdline::cli
