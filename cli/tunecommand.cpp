#include "cli/tunecommand.h"

#include "api/routingclient.h"
#include "cli/clijson.h"
#include "cli/guardrunner.h"
#include "cli/syncwaiter.h"
#include "common/commandline.h"
#include "deploy/deploymentengine.h"
#include "history/historyentry.h"
#include "model/queuemapping.h"
#include "sandbox/sandboxtenant.h"
#include "session/draftprediction.h"
#include "session/queueadvisor.h"
#include "session/tenantsession.h"

#include <QJsonArray>

namespace holdline::cli {

using namespace Qt::StringLiterals;

namespace {
QString windowName(const QString &interval)
{
    return interval == "PT5M"_L1 ? QCoreApplication::translate("TuneCommand", "the last 5 minutes")
                                 : QCoreApplication::translate("TuneCommand", "the last hour");
}

QString minutes(qint64 seconds)
{
    return seconds % 60 == 0 ? QCoreApplication::translate("TuneCommand", "%1 min").arg(seconds / 60)
                             : QCoreApplication::translate("TuneCommand", "%1 s").arg(seconds);
}
} // namespace

QString TuneCommand::pickQueue(const QHash<QString, RateReading> &readings, deploy::AnswerRateBand band)
{
    QString best;
    double bestNeed = -1;
    QStringList ids = readings.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const auto rate = readings.value(id).answerRate;
        if (!rate)
            continue;
        const double need = *rate < band.low ? band.low - *rate : *rate > band.high ? *rate - band.high : 0;
        if (need > bestNeed) {
            best = id;
            bestNeed = need;
        }
    }
    return best;
}

void TuneCommand::step(const QString &text)
{
    if (!out().isJson())
        out().text(u"%1. %2"_s.arg(++m_step).arg(text));
}

void TuneCommand::run()
{
    m_report.insert("picked"_L1, false);
    if (invocation().arguments.constFirst() == "auto"_L1) {
        pickAutomatically();
        return;
    }
    m_queueId = invocation().arguments.constFirst();
    readQueue();
}

void TuneCommand::pickAutomatically()
{
    api::QueueListReply *list = session()->routing()->listQueues();
    list->setParent(this);
    connect(list, &api::ApiJob::finished, this, [this, list] {
        if (list->error().isError()) {
            failWith(tr("cannot list the queues"), list->error());
            return;
        }
        QStringList ids;
        QHash<QString, WaitStrategy> strategies;
        for (const Queue &queue : list->queues()) {
            ids.append(queue.id);
            if (queue.strategy)
                strategies.insert(queue.id, *queue.strategy);
        }
        auto *probe = new AnswerRateProbe(session()->analytics(), ids, this);
        connect(probe, &AnswerRateProbe::finished, this, [this, probe, strategies, count = ids.size()] {
            if (probe->error().isError()) {
                failWith(tr("cannot read the answer rates"), probe->error());
                return;
            }
            // Only queues whose advised strategy the policies allow: a queue
            // that already breaks a rule needs a person, not the advisor.
            QHash<QString, RateReading> eligible;
            int blocked = 0;
            const QDate today = session()->tenantNow().date();
            // The goal advisor starts from the queue serving its callers worst:
            // the lowest answer rate (a band of [100 %, 100 %]).
            const bool goal = invocation().advisor == Invocation::Advisor::ServiceGoal;
            const deploy::AnswerRateBand band = goal ? deploy::AnswerRateBand{1.0, 1.0}
                                                     : session()->advisor()->settings().band;
            for (auto it = probe->readings().cbegin(); it != probe->readings().cend(); ++it) {
                if (!strategies.contains(it.key()))
                    continue;
                // The rule alone, no cooldown: which queue to pick, not yet whether to move it.
                const deploy::AnswerRateAdvisor rule(session()->advisor()->settings());
                const WaitStrategy judged = goal ? strategies.value(it.key())
                    : rule.advise({strategies.value(it.key()), it->answerRate, it->offered, {}, {}}).suggested;
                if (hasErrors(session()->validator().validate(judged, today)))
                    ++blocked;
                else
                    eligible.insert(it.key(), *it);
            }
            m_queueId = pickQueue(eligible, band);
            if (m_queueId.isEmpty()) {
                out().error(tr("no queue to tune: none had %1 or more contacts in the last hour with a strategy the "
                               "policies allow (%2 break a policy already; see 'show').")
                                .arg(AnswerRateProbe::MinimumContacts).arg(blocked));
                finish(ExitFailure);
                return;
            }
            if (blocked > 0 && !out().isJson())
                out().text(tr("Skipped %1 queue(s) whose strategy already breaks a policy (they need a person: see 'show').")
                               .arg(blocked));
            m_report.insert("picked"_L1, true);
            const RateReading r = probe->readings().value(m_queueId);
            m_rate = r; // the reading it was picked on: step 1 reports it, not a second, later one
            m_rateKnown = true;
            if (!out().isJson() && goal)
                out().text(tr("Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the lowest.")
                               .arg(m_queueId).arg(count).arg(formatRate(r.answerRate))
                               .arg(r.offered.value_or(0), 0, 'f', 0).arg(windowName(r.interval)));
            else if (!out().isJson())
                out().text(tr("Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the furthest "
                              "outside %6–%7%.")
                               .arg(m_queueId).arg(count).arg(formatRate(r.answerRate))
                               .arg(r.offered.value_or(0), 0, 'f', 0).arg(windowName(r.interval))
                               .arg(session()->advisor()->settings().band.low * 100, 0, 'f', 0)
                               .arg(session()->advisor()->settings().band.high * 100, 0, 'f', 0));
            readQueue();
        });
        probe->start();
    });
}

void TuneCommand::readQueue()
{
    m_report.insert("queueId"_L1, m_queueId);
    api::QueueReply *reply = session()->routing()->getQueue(m_queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply] {
        if (reply->error().isError()) {
            failWith(tr("cannot read queue %1").arg(m_queueId), reply->error());
            return;
        }
        const Queue queue = reply->queue();
        if (!queue.strategy) {
            out().error(tr("queue %1 has a malformed wait strategy: %2").arg(m_queueId, queue.readError));
            finish(ExitFailure);
            return;
        }
        m_current = *queue.strategy;
        m_queueName = queue.name;
        m_report.insert("current"_L1, strategyToFlatJson(m_current));
        if (!out().isJson())
            out().text(tr("Tuning %1 — %2\n   now: %3").arg(m_queueId, m_queueName, formatStrategy(m_current)));
        if (m_rateKnown)
            reportRate();
        else
            measure();
    });
}

void TuneCommand::measure()
{
    auto *probe = new AnswerRateProbe(session()->analytics(), {m_queueId}, this);
    connect(probe, &AnswerRateProbe::finished, this, [this, probe] {
        if (probe->error().isError()) {
            failWith(tr("cannot read the answer rate of %1").arg(m_queueId), probe->error());
            return;
        }
        m_rate = probe->readings().value(m_queueId);
        reportRate();
    });
    probe->start();
}

void TuneCommand::reportRate()
{
    m_report.insert("answerRate"_L1, QJsonObject{
        {"value"_L1, m_rate.answerRate ? QJsonValue(*m_rate.answerRate) : QJsonValue()},
        {"offered"_L1, m_rate.offered ? QJsonValue(*m_rate.offered) : QJsonValue()},
        {"interval"_L1, m_rate.interval}});
    if (!m_rate.answerRate)
        step(tr("Answer rate: not enough traffic to judge (%1 contact(s) in the last hour; the advisor needs %2).")
                 .arg(m_rate.offered.value_or(0), 0, 'f', 0).arg(AnswerRateProbe::MinimumContacts));
    else if (m_rate.interval == "PT1H"_L1)
        step(tr("Answer rate: too few contacts in the last 5 minutes, so the last hour: %1 of %2 contacts answered.")
                 .arg(formatRate(m_rate.answerRate)).arg(m_rate.offered.value_or(0), 0, 'f', 0));
    else
        step(tr("Answer rate over the last 5 minutes: %1 (%2 contacts offered).")
                 .arg(formatRate(m_rate.answerRate)).arg(m_rate.offered.value_or(0), 0, 'f', 0));
    advise(m_current);
}

void TuneCommand::advise(const WaitStrategy &current)
{
    if (invocation().advisor == Invocation::Advisor::ServiceGoal) {
        adviseForGoal(current);
        return;
    }
    session()->advisor()->advise(m_queueId, current, m_rate.answerRate, m_rate.offered, session()->tenantNow(), this,
                    [this, current](const deploy::Advice &advice) {
        adviceReady(current, advice, session()->advisor()->name());
    });
}

// The GUI's "Suggest", headless: calibrate on the queue's last day, fit the
// callers' patience with a first simulation, then search.
void TuneCommand::adviseForGoal(const WaitStrategy &current)
{
    auto *prediction = new DraftPrediction(this);
    prediction->setSimulationDelay(0);
    prediction->setClients(session()->routing(), session()->analytics());
    prediction->setPolicies(&session()->policies(), &session()->validator());
    const QDate today = session()->tenantNow().date();
    prediction->setAsOf(today);
    predict::StrategyOptimiser::Settings settings;
    settings.goal = invocation().goal;
    prediction->setOptimiserSettings(settings);
    const QString advisor = tr("service goal %1").arg(invocation().goal.describe());
    connect(prediction, &DraftPrediction::changed, this, [this, prediction, current, advisor] {
        if (prediction->state() == DraftPrediction::State::NoCalibration) {
            deploy::Advice none;
            none.suggested = current;
            none.reason = tr("No advice: %1").arg(prediction->message());
            prediction->deleteLater();
            adviceReady(current, none, advisor);
        } else if (prediction->state() == DraftPrediction::State::Simulated && !m_optimising
                   && prediction->canOptimise()) {
            m_optimising = true;
            const predict::Calibration &c = prediction->calibration();
            m_report.insert("calibration"_L1, QJsonObject{{"offered"_L1, c.offered},
                                                          {"arrivalsPerHour"_L1, c.arrivalsPerHour},
                                                          {"agents"_L1, c.agents},
                                                          {"confidence"_L1, predict::confidenceName(c.confidence)}});
            prediction->optimise();
        }
    });
    connect(prediction, &DraftPrediction::optimised, this,
            [this, prediction, current, advisor] {
        prediction->deleteLater();
        adviceReady(current, prediction->suggestion(), advisor);
    });
    prediction->setDraft(DraftPrediction::Draft{m_queueId, current, current, session()->validator().validate(current, today),
                                                today});
}

void TuneCommand::adviceReady(const WaitStrategy &current, const deploy::Advice &advice, const QString &advisor)
{
    m_advice = advice;
    const QList<FieldChange> changes = diffStrategies(current, m_advice.suggested);
    m_report.insert("advice"_L1, QJsonObject{{"advisor"_L1, advisor},
                                             {"change"_L1, m_advice.change},
                                             {"shortOfTargets"_L1, m_advice.shortOfTargets},
                                             {"reason"_L1, m_advice.reason},
                                             {"changes"_L1, changesToJson(changes)},
                                             {"suggested"_L1, strategyToFlatJson(m_advice.suggested)}});
    step(tr("Advice (%1): %2").arg(advisor, m_advice.reason));
    if (m_advice.change && !out().isJson())
        out().text(tr("   change: %1").arg(summarizeChanges(changes)));
    if (m_advice.change && m_advice.shortOfTargets) {
        m_report.insert("deployed"_L1, false);
        step(tr("Nothing deployed: the closest strategy still misses the goal, so a person decides (the GUI's "
                "Suggest shows it; 'deploy %1 --set …' writes it).").arg(m_queueId));
        done(ExitOk);
        return;
    }
    if (!m_advice.change || changes.isEmpty()) {
        step(tr("Nothing to deploy: the queue keeps its strategy."));
        done(ExitOk);
        return;
    }
    deployAdvice();
}

void TuneCommand::deployAdvice()
{
    // Sync: --sync-endpoint, or with --sandbox the sandbox's own webhook.
    QUrl endpoint = invocation().syncEndpoint;
    if (endpoint.isEmpty() && context()->sandbox())
        endpoint = context()->sandbox()->baseUrl().resolved(QUrl(u"/sandbox/webhook"_s));
    if (!endpoint.isEmpty())
        session()->setSyncEndpoint(endpoint);

    deploy::DeployRequest request;
    request.queueId = m_queueId;
    for (const FieldChange &change : diffStrategies(m_current, m_advice.suggested))
        request.assignments.append({change.field, change.after});
    deploy::DeployJob *job = session()->engine()->deploy(request);
    job->setParent(this);
    connect(job, &deploy::DeployJob::finished, this, [this, job] {
        m_outcome = job->outcome();
        m_deployedAt = session()->tenantNow();
        m_report.insert("deploy"_L1, outcomeToJson(m_outcome));
        if (m_outcome.status == deploy::DeployStatus::Blocked) {
            step(tr("Deploy: blocked, nothing written. %1").arg(m_outcome.error));
            out().error(tr("tune %1: the advised strategy breaks a policy; fix the queue first (see 'show %1' and "
                           "'plan %1').").arg(m_queueId));
            done(ExitUsage);
            return;
        }
        if (m_outcome.status != deploy::DeployStatus::Deployed) {
            step(tr("Deploy: %1. %2").arg(deploy::deployStatusName(m_outcome.status), m_outcome.error));
            out().error(tr("tune %1: the deploy did not go through: %2").arg(m_queueId, m_outcome.error));
            done(exitCodeFor({m_outcome}));
            return;
        }
        step(tr("Deploy: written at version %1 and verified (history entry #%2): %3.")
                 .arg(m_outcome.version).arg(m_outcome.entryId).arg(summarizeChanges(m_outcome.changes)));
        syncStep();
    });
}

void TuneCommand::syncStep()
{
    if (m_outcome.syncKey.isEmpty()) {
        step(m_outcome.error.isEmpty() ? tr("Sync: no endpoint configured (--sync-endpoint); skipped.") : m_outcome.error);
        metricsStep();
        return;
    }
    auto *waiter = new SyncWaiter(session()->outbox(), {m_outcome.syncKey}, 15'000, this);
    connect(waiter, &SyncWaiter::finished, this, [this, waiter] {
        const QList<sync::SyncDelivery> list = waiter->deliveries();
        const QString host = session()->options().syncEndpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (list.isEmpty() || list.constFirst().state != sync::SyncDelivery::State::Delivered) {
            const QString why = list.isEmpty() ? tr("no answer yet") : list.constFirst().lastError;
            step(tr("Sync: not delivered to %1 yet (%2); it stays queued and is retried, the deploy stands.").arg(host, why));
            m_report.insert("sync"_L1, QJsonObject{{"delivered"_L1, false}, {"endpoint"_L1, host}, {"error"_L1, why}});
        } else {
            step(tr("Sync: the new strategy was delivered to %1 (attempt %2).").arg(host).arg(list.constFirst().attempts));
            m_report.insert("sync"_L1, QJsonObject{{"delivered"_L1, true}, {"endpoint"_L1, host},
                                                   {"attempts"_L1, list.constFirst().attempts}});
        }
        metricsStep();
    });
    waiter->start();
}

void TuneCommand::metricsStep()
{
    api::AnalyticsQuery query;
    query.queueIds = {m_queueId};
    query.interval = m_rate.interval;
    query.metrics = contractMetricNames();
    api::AnalyticsReply *reply = session()->analytics()->query(query);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, query] {
        if (reply->error().isError() || reply->records().isEmpty()) {
            step(tr("Metrics: unavailable (%1); the guard reads them again later.").arg(reply->error().message));
        } else {
            const api::MetricsRecord r = reply->records().constFirst();
            m_report.insert("metrics"_L1, metricsRecordToJson(r, query.metrics));
            step(tr("Metrics over %1: %2 offered, %3 answered, %4 abandoned, average wait %5, callback conversion %6.")
                     .arg(windowName(query.interval))
                     .arg(r.value(u"queue.offered"_s).value_or(0), 0, 'f', 0)
                     .arg(formatRate(r.value(u"queue.answerRate"_s)), formatRate(r.value(u"queue.abandonRate"_s)),
                          formatSeconds(r.value(u"queue.averageWaitTime"_s)),
                          formatRate(r.value(u"queue.callbackConversionRate"_s))));
        }
        guardStep();
    });
}

void TuneCommand::guardStep()
{
    deploy::DegradationGuard::Settings settings;
    settings.windowSeconds = invocation().guardWindowSeconds;
    settings.mode = invocation().alertOnly ? deploy::DegradationGuard::Mode::AlertOnly
                                           : deploy::DegradationGuard::Mode::AutoRollback;
    sandbox::SandboxTenant *sandbox = context()->sandbox();
    m_guard = new GuardRunner(session(), settings, sandbox, true, sandbox ? 20 : 1000, this);
    step(tr("Guard: comparing the %1 of tenant time after the deploy with the %1 before it%2.")
             .arg(minutes(settings.windowSeconds),
                  sandbox ? tr(" (the sandbox's clock is moved on, so this takes moments)")
                          : tr(" (waiting for the tenant's clock)")));
    auto progress = std::make_shared<ProgressBar>(tr("   Guard window"));
    connect(m_guard, &GuardRunner::progress, this, [progress](qint64 elapsed, qint64 window) {
        progress->update(elapsed, window, tr("s of tenant time"));
    });
    connect(m_guard, &GuardRunner::failed, this, [this](const QString &, const QString &error) {
        out().note(tr("   Guard: could not read the metrics (%1); trying again.").arg(error));
    });
    connect(m_guard, &GuardRunner::decided, this,
            [this, progress](const QString &, qint64, const deploy::GuardVerdict &v, bool rollingBack) {
        progress->clear();
        m_report.insert("guard"_L1, QJsonObject{{"verdict"_L1, deploy::GuardVerdict::kindName(v.kind)},
                                                {"reasons"_L1, QJsonArray::fromStringList(v.reasons)},
                                                {"before"_L1, v.before.toJson()},
                                                {"after"_L1, v.after.toJson()},
                                                {"rolledBack"_L1, rollingBack}});
        if (!out().isJson()) {
            out().text(tr("   before: answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)")
                           .arg(formatRate(v.before.answerRate), formatRate(v.before.abandonRate),
                                formatSeconds(v.before.averageWaitTime), formatRate(v.before.callbackConversionRate))
                           .arg(v.before.offered.value_or(0), 0, 'f', 0));
            out().text(tr("   after:  answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)")
                           .arg(formatRate(v.after.answerRate), formatRate(v.after.abandonRate),
                                formatSeconds(v.after.averageWaitTime), formatRate(v.after.callbackConversionRate))
                           .arg(v.after.offered.value_or(0), 0, 'f', 0));
            out().text(tr("   Verdict: %1. %2").arg(deploy::GuardVerdict::kindName(v.kind), v.reasons.isEmpty() ? tr("No rule was breached.") : v.reasons.join(u' ')));
        }
        if (!rollingBack) {
            if (v.kind == deploy::GuardVerdict::Kind::Breach)
                step(tr("Alert only (--alert-only): the change stays; consider 'holdline-cli rollback %1'.").arg(m_queueId));
            done(ExitOk);
        }
    });
    connect(m_guard, &GuardRunner::rollbackRecorded, this,
            [this](const QString &, qint64, const history::HistoryEntry &entry) {
        QJsonObject guard = m_report.value("guard"_L1).toObject();
        guard.insert("rollbackEntryId"_L1, entry.id);
        guard.insert("rollbackStatus"_L1, entry.status);
        m_report.insert("guard"_L1, guard);
        step(tr("Rolled back automatically: %1 (history entry #%2).").arg(entry.status).arg(entry.id));
        done(entry.is(history::Status::Completed) ? ExitOk : ExitFailure);
    });
    m_guard->watch(m_queueId, m_outcome.entryId, m_deployedAt);
}

void TuneCommand::done(int exitCode)
{
    if (m_guard)
        m_guard->stop();
    if (out().isJson())
        out().json(m_report);
    finish(exitCode);
}

} // namespace holdline::cli
