#include "cli/watchcommand.h"

#include "api/routingclient.h"
#include "cli/answerrateprobe.h"
#include "cli/clijson.h"
#include "cli/guardrunner.h"
#include "common/commandline.h"
#include "common/signalwatcher.h"
#include "deploy/deploymentengine.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "session/queueadvisor.h"
#include "session/tenantsession.h"

#include <QJsonArray>
#include <QTimer>

#include <csignal>

namespace holdline::cli {

using namespace Qt::StringLiterals;

void WatchCommand::run()
{
    auto *signals_ = new SignalWatcher(this);
    connect(signals_, &SignalWatcher::signalled, this, &WatchCommand::stop);

    deploy::DegradationGuard::Settings settings;
    settings.windowSeconds = invocation().guardWindowSeconds;
    settings.mode = invocation().alertOnly ? deploy::DegradationGuard::Mode::AlertOnly
                                           : deploy::DegradationGuard::Mode::AutoRollback;
    // Real time: the tenant's clock runs by itself (the sandbox's at its speed).
    m_guard = new GuardRunner(session(), settings, context()->sandbox(), false, 1000, this);
    connect(m_guard, &GuardRunner::decided, this,
            [this](const QString &queueId, qint64 entryId, const deploy::GuardVerdict &v, bool rollingBack) {
        event(u"guard"_s,
              {{"queueId"_L1, queueId}, {"deployEntryId"_L1, entryId},
               {"verdict"_L1, deploy::GuardVerdict::kindName(v.kind)},
               {"reasons"_L1, QJsonArray::fromStringList(v.reasons)}, {"rollingBack"_L1, rollingBack}},
              tr("%1: guard verdict on entry #%2: %3. %4%5").arg(queueId).arg(entryId)
                  .arg(deploy::GuardVerdict::kindName(v.kind), v.reasons.join(u' '),
                       rollingBack ? tr(" Rolling back.") : QString()));
    });
    connect(m_guard, &GuardRunner::rollbackRecorded, this,
            [this](const QString &queueId, qint64, const history::HistoryEntry &entry) {
        event(u"rollback"_s, {{"queueId"_L1, queueId}, {"entryId"_L1, entry.id}, {"status"_L1, entry.status}},
              tr("%1: guard rollback %2 (entry #%3).").arg(queueId, entry.status).arg(entry.id));
    });

    const int every = invocation().everySeconds > 0 ? invocation().everySeconds : context()->sandbox() ? 5 : 60;
    m_timer = new QTimer(this);
    m_timer->setInterval(every * 1000);
    connect(m_timer, &QTimer::timeout, this, &WatchCommand::round);
    m_timer->start();
    if (!out().isJson())
        out().text(tr("Watching %1 every %2 s; advice is deployed and guarded (%3 min windows). Ctrl+C stops.")
                       .arg(invocation().all ? tr("every queue") : invocation().arguments.join(u", "_s))
                       .arg(every).arg(settings.windowSeconds / 60));
    round();
}

void WatchCommand::event(const QString &type, QJsonObject fields, const QString &human)
{
    if (out().isJson()) {
        fields.insert("event"_L1, type);
        fields.insert("tenantTime"_L1, session()->tenantNow().toString(Qt::ISODate));
        out().json(fields);
    } else {
        out().text(u"[%1] %2"_s.arg(session()->tenantNow().toString(u"yyyy-MM-dd HH:mm"_s), human));
    }
}

void WatchCommand::round()
{
    if (m_roundRunning || m_stopping)
        return;
    m_roundRunning = true;
    ++m_rounds;
    if (!invocation().all) {
        claimQueues(invocation().arguments);
        return;
    }
    // Every queue, listed again each round: a queue added meanwhile is watched too.
    api::QueueListReply *list = session()->routing()->listQueues();
    list->setParent(this);
    connect(list, &api::ApiJob::finished, this, [this, list] {
        list->deleteLater();
        if (list->error().isError()) {
            m_roundRunning = false;
            event(u"error"_s, {{"error"_L1, list->error().message}},
                  tr("cannot list the queues: %1").arg(list->error().message));
            if (exitCodeFor(list->error()) == ExitAuthentication)
                finish(ExitAuthentication);
            else
                finishIfIdle();
            return;
        }
        QStringList ids;
        for (const Queue &queue : list->queues())
            ids.append(queue.id);
        claimQueues(ids);
    });
}

// On a team's history several instances may watch one tenant: each acts only
// on the queues whose lease it holds, and takes over those of an instance
// that stopped or died at its next round.
void WatchCommand::claimQueues(const QStringList &queueIds)
{
    session()->history()->claimQueues(session()->tenantKey(), queueIds, this,
                                      [this, total = queueIds.size()](QStringList held, QString error) {
        if (!error.isEmpty()) {
            m_roundRunning = false;
            event(u"error"_s, {{"error"_L1, error}}, tr("cannot claim the queues in the history: %1").arg(error));
            finishIfIdle();
            return;
        }
        if (held != m_queueIds || m_rounds == 1) {
            const qsizetype elsewhere = total - held.size();
            event(u"queues"_s, {{"watching"_L1, QJsonArray::fromStringList(held)}, {"elsewhere"_L1, elsewhere}},
                  elsewhere > 0 ? tr("Watching %n queue(s); %1 watched by another instance.", nullptr, int(held.size()))
                                      .arg(elsewhere)
                                : tr("Watching %n queue(s).", nullptr, int(held.size())));
        }
        m_queueIds = held;
        if (m_queueIds.isEmpty()) {
            m_roundRunning = false;
            finishIfIdle();
            return;
        }
        readRates();
    });
}

void WatchCommand::readRates()
{
    auto *probe = new AnswerRateProbe(session()->analytics(), m_queueIds, this);
    connect(probe, &AnswerRateProbe::finished, this, [this, probe] {
        probe->deleteLater();
        onRates(probe);
    });
    probe->start();
}

void WatchCommand::onRates(const AnswerRateProbe *probe)
{
    if (probe->error().isError()) {
        m_roundRunning = false;
        event(u"error"_s, {{"error"_L1, probe->error().message}}, tr("cannot read the answer rates: %1").arg(probe->error().message));
        if (exitCodeFor(probe->error()) == ExitAuthentication)
            finish(ExitAuthentication);
        return;
    }
    auto pending = std::make_shared<int>(0);
    const auto roundDone = [this, pending] {
        if (--*pending == 0) {
            m_roundRunning = false;
            finishIfIdle();
        }
    };
    const QHash<QString, RateReading> readings = probe->readings();
    for (const QString &id : std::as_const(m_queueIds)) {
        if (m_busy.contains(id))
            continue;
        ++*pending;
        api::QueueReply *reply = session()->routing()->getQueue(id);
        reply->setParent(this);
        connect(reply, &api::ApiJob::finished, this, [this, reply, id, reading = readings.value(id), roundDone] {
            reply->deleteLater();
            const Queue queue = reply->error().isError() ? Queue() : reply->queue();
            if (reply->error().isError() || !queue.strategy) {
                const QString why = reply->error().isError() ? reply->error().message : queue.readError;
                event(u"error"_s, {{"queueId"_L1, id}, {"error"_L1, why}}, tr("%1: cannot read the queue: %2").arg(id, why));
            } else if (!m_stopping) {
                const WaitStrategy current = *queue.strategy;
                session()->advisor()->advise(id, current, reading.answerRate, reading.offered, session()->tenantNow(), this,
                                             [this, id, current, reading, roundDone](const deploy::Advice &advice) {
                    event(u"advice"_s,
                          {{"queueId"_L1, id}, {"answerRate"_L1, reading.answerRate ? QJsonValue(*reading.answerRate) : QJsonValue()},
                           {"interval"_L1, reading.interval}, {"change"_L1, advice.change}, {"reason"_L1, advice.reason},
                           {"suggested"_L1, strategyToFlatJson(advice.suggested)}},
                          u"%1: %2"_s.arg(id, advice.reason));
                    if (advice.change && advice.suggested != current && !m_stopping)
                        deploy(id, current, advice);
                    roundDone();
                });
                return;
            }
            roundDone();
        });
    }
    if (*pending == 0)
        m_roundRunning = false;
}

void WatchCommand::deploy(const QString &queueId, const WaitStrategy &current, const deploy::Advice &advice)
{
    deploy::DeployRequest request;
    request.queueId = queueId;
    for (const FieldChange &change : diffStrategies(current, advice.suggested))
        request.assignments.append({change.field, change.after});
    m_busy.insert(queueId);
    deploy::DeployJob *job = session()->engine()->deploy(request);
    job->setParent(this);
    connect(job, &deploy::DeployJob::finished, this, [this, job, queueId] {
        job->deleteLater();
        m_busy.remove(queueId);
        const deploy::DeployOutcome &o = job->outcome();
        QJsonObject fields = outcomeToJson(o);
        event(u"deploy"_s, fields,
              tr("%1: %2: %3%4").arg(queueId, deploy::deployStatusName(o.status), summarizeChanges(o.changes),
                                            o.error.isEmpty() ? QString() : u" — "_s + o.error));
        if (o.status == deploy::DeployStatus::Deployed) {
            // The advisor's next round reads this change from the history.
            m_guard->watch(queueId, o.entryId, session()->tenantNow());
        }
        if (exitCodeFor(o.apiError) == ExitAuthentication)
            finish(ExitAuthentication);
        finishIfIdle();
    });
}

void WatchCommand::stop(int signalNumber)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_timer->stop();
    m_guard->stop();
    const QString name = signalNumber == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
    if (!out().isJson())
        out().text(tr("Stopping on %1%2.").arg(name, m_busy.isEmpty() ? QString() : tr(" once running deploys finish")));
    else
        out().json({{"event"_L1, u"stopped"_s}, {"signal"_L1, name}, {"rounds"_L1, m_rounds}});
    finishIfIdle();
}

void WatchCommand::finishIfIdle()
{
    if (m_stopping && m_busy.isEmpty())
        finish(ExitOk);
}

} // namespace holdline::cli
