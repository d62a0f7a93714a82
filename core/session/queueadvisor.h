#pragma once

#include "deploy/thresholdadvisor.h"
#include "history/historyentry.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace holdline::history {
class HistoryStore;
}

namespace holdline {

// The advisor as a use case, one object that the GUI's Suggest, `tune`,
// `watch` and a service all drive. Its memory is the history: before each
// piece of advice it reads the queue's last applied change, so the cooldown
// and the hysteresis hold whoever made that change, from whichever front end,
// in whichever run — never only within one window or one process.
class QueueAdvisor : public QObject
{
    Q_OBJECT
public:
    // Entries read back to find the last applied change: enough for a queue's
    // guard decisions and syncs in between, bounded for a busy history.
    static constexpr int EntriesRead = 50;

    QueueAdvisor(history::HistoryStore *history, QString tenant, QObject *parent = nullptr,
                 deploy::AnswerRateAdvisor::Settings settings = {});

    QString name() const { return m_rule.name(); }
    const deploy::AnswerRateAdvisor::Settings &settings() const { return m_rule.settings(); }

    using AdviceCallback = std::function<void(const deploy::Advice &advice)>;
    // Calls `done` on `context`'s thread (never if `context` is gone). A
    // history that cannot be read gives no advice to change anything: the
    // reason says why.
    // `contacts`: offered in the window the answer rate was read over (the evidence gate).
    void advise(const QString &queueId, const WaitStrategy &current, std::optional<double> answerRate,
                std::optional<double> contacts, const QDateTime &tenantTime, QObject *context,
                AdviceCallback done) const;

    // The newest completed deploy or rollback among entries (newest first),
    // with the direction it moved the threshold.
    static std::optional<deploy::LastChange> lastChangeIn(const QList<history::HistoryEntry> &newestFirst);

private:
    history::HistoryStore *m_history;
    QString m_tenant;
    deploy::AnswerRateAdvisor m_rule;
};

} // namespace holdline
