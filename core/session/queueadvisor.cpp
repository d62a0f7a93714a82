#include "session/queueadvisor.h"

#include "history/historystore.h"

#include <QCoreApplication>

namespace holdline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueAdvisor)
};
} // namespace

QueueAdvisor::QueueAdvisor(history::HistoryStore *history, QString tenant, QObject *parent,
                           deploy::AnswerRateAdvisor::Settings settings)
    : QObject(parent), m_history(history), m_tenant(std::move(tenant)), m_rule(settings)
{
}

std::optional<deploy::LastChange> QueueAdvisor::lastChangeIn(const QList<history::HistoryEntry> &newestFirst)
{
    for (const history::HistoryEntry &e : newestFirst) {
        if (!e.isAppliedChange())
            continue;
        const QueueReadResult before = e.strategyBefore();
        const QueueReadResult after = e.strategyAfter();
        const int direction = before.isOk() && after.isOk() ? deploy::thresholdDirection(*before.strategy, *after.strategy) : 0;
        return deploy::LastChange{e.changedAt(), direction};
    }
    return std::nullopt;
}

void QueueAdvisor::advise(const QString &queueId, const WaitStrategy &current, std::optional<double> answerRate,
                          std::optional<double> contacts, const QDateTime &tenantTime, QObject *context,
                          AdviceCallback done) const
{
    history::HistoryFilter filter;
    filter.tenant = m_tenant;
    filter.queueId = queueId;
    filter.limit = EntriesRead;
    m_history->entries(filter, context,
                       [rule = m_rule, current, answerRate, contacts, tenantTime, done = std::move(done)](
                           QList<history::HistoryEntry> entries, QString error) {
        if (!error.isEmpty()) {
            deploy::Advice none;
            none.suggested = current;
            none.reason = Text::tr("The history could not be read, so the last change is unknown: no advice. %1")
                              .arg(error);
            done(none);
            return;
        }
        done(rule.advise({current, answerRate, contacts, tenantTime, lastChangeIn(entries)}));
    });
}

} // namespace holdline
