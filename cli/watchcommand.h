#pragma once

#include "cli/command.h"
#include "deploy/thresholdadvisor.h"

#include <QHash>
#include <QSet>


class QTimer;

namespace holdline::cli {

class GuardRunner;

// `watch Q...`: every round reads the answer rates, asks the session's
// advisor (whose cooldown and hysteresis follow each queue's last change in
// the history, whoever made it), deploys the
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

    QSet<QString> m_busy;   // queues with a deploy in flight
    QStringList m_queueIds; // watched this round: the arguments, or with --all the tenant's list
    GuardRunner *m_guard = nullptr;
    QTimer *m_timer = nullptr;
    bool m_roundRunning = false;
    bool m_stopping = false;
    int m_rounds = 0;
    void readRates();
    void claimQueues(const QStringList &queueIds);
};

} // namespace holdline::cli
