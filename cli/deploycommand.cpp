#include "cli/deploycommand.h"

#include "api/apiclient.h"
#include "api/routingclient.h"
#include "cli/clijson.h"
#include "cli/strategyfile.h"
#include "cli/syncwaiter.h"
#include "common/commandline.h"
#include "deploy/bulkdeployment.h"
#include "session/tenantsession.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace holdline::cli {

using namespace Qt::StringLiterals;

void DeployCommand::run()
{
    const bool import = invocation().command == "import"_L1;
    const QString path = import ? invocation().arguments.constFirst() : invocation().file;
    if (!path.isEmpty()) {
        QString error;
        auto file = StrategyFile::read(path, &error);
        if (!file) {
            out().error(error);
            finish(ExitUsage);
            return;
        }
        if (import && !file->perQueue) {
            out().error(tr("%1 is not an export file ({\"queues\": [...]}); use deploy --file for one strategy.").arg(path));
            finish(ExitUsage);
            return;
        }
        if (!import && file->perQueue && invocation().all) {
            out().error(tr("%1 names its queues; use 'import %1' rather than --all.").arg(path));
            finish(ExitUsage);
            return;
        }
        m_file = std::make_shared<StrategyFile>(*file);
    }
    if (import)
        deployTo(m_file->queueIds);
    else if (invocation().all)
        listAllQueues();
    else
        deployTo(invocation().arguments);
}

void DeployCommand::listAllQueues()
{
    api::QueueListReply *reply = session()->routing()->listQueues();
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply] {
        if (reply->error().isError()) {
            failWith(tr("cannot list the queues"), reply->error());
            return;
        }
        const QRegularExpression match(invocation().match);
        QStringList ids;
        QHash<QString, QJsonObject> listed;
        for (const QJsonObject &queue : reply->queueObjects()) {
            const QString id = queue.value("id"_L1).toString();
            if (invocation().match.isEmpty() || match.match(id).hasMatch()) {
                ids.append(id);
                listed.insert(id, queue);
            }
        }
        ids.sort();
        if (ids.isEmpty()) {
            out().error(tr("no queue matches \"%1\"; nothing was changed.").arg(invocation().match));
            finish(ExitUsage);
            return;
        }
        deployTo(ids, listed);
    });
}

void DeployCommand::deployTo(const QStringList &queueIds, const QHash<QString, QJsonObject> &listed)
{
    QList<deploy::DeployRequest> requests;
    for (const QString &id : queueIds) {
        deploy::DeployRequest request;
        request.queueId = id;
        request.knownQueue = listed.value(id);
        if (m_file) {
            const auto assignments = m_file->assignmentsFor(id);
            if (!assignments) {
                out().error(tr("%1 has no strategy for queue %2; nothing was changed.").arg(invocation().file, id));
                finish(ExitUsage);
                return;
            }
            request.assignments = *assignments;
        } else {
            request.assignments = invocation().assignments;
        }
        requests.append(request);
    }
    auto *bulk = new deploy::BulkDeployment(session()->engine(), requests, invocation().concurrency, this);
    auto progress = std::make_shared<ProgressBar>(tr("Deploying"));
    connect(bulk, &deploy::BulkDeployment::progress, this,
            [progress](int done, int total) { progress->update(done, total, tr("queues")); });
    connect(bulk, &deploy::BulkDeployment::queueFinished, this,
            [this, progress](int, const deploy::DeployOutcome &o) {
        progress->clear();
        if (out().isJson()) {
            if (!o.succeeded())
                out().error(u"%1: %2: %3"_s.arg(o.queueId, deploy::deployStatusName(o.status), o.error));
            return;
        }
        QString line = u"%1  %2"_s.arg(o.queueId.leftJustified(24), deploy::deployStatusName(o.status).leftJustified(10));
        if (o.status == deploy::DeployStatus::Deployed)
            line += summarizeChanges(o.changes) + tr(" (entry #%1)").arg(o.entryId);
        if (!o.error.isEmpty())
            line += (o.status == deploy::DeployStatus::Deployed ? u" — "_s : QString()) + o.error;
        out().text(line);
    });
    connect(bulk, &deploy::BulkDeployment::finished, this, [this, bulk] { onFinished(bulk); });
    bulk->start();
}

void DeployCommand::onFinished(deploy::BulkDeployment *bulk)
{
    const QList<deploy::DeployOutcome> outcomes = bulk->outcomes();
    QStringList keys;
    for (const deploy::DeployOutcome &o : outcomes)
        if (!o.syncKey.isEmpty())
            keys.append(o.syncKey);
    if (keys.isEmpty()) {
        report(outcomes, {});
        return;
    }
    auto *waiter = new SyncWaiter(session()->outbox(), keys, 30'000, this);
    connect(waiter, &SyncWaiter::finished, this, [this, waiter, outcomes] {
        QJsonArray syncs;
        for (const sync::SyncDelivery &d : waiter->deliveries())
            syncs.append(QJsonObject{{"queueId"_L1, d.queueId},
                                     {"state"_L1, sync::SyncDelivery::stateName(d.state)},
                                     {"attempts"_L1, d.attempts},
                                     {"error"_L1, d.lastError.isEmpty() ? QJsonValue() : QJsonValue(d.lastError)}});
        if (!out().isJson())
            out().text(tr("Sync: %1 of %2 delivered to %3; the rest stay queued and are retried.")
                           .arg(waiter->deliveredCount()).arg(syncs.size())
                           .arg(session()->options().syncEndpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        report(outcomes, syncs);
    });
    waiter->start();
}

void DeployCommand::report(const QList<deploy::DeployOutcome> &outcomes, const QJsonArray &syncs)
{
    QJsonArray results;
    int counts[deploy::DeployStatusCount] = {};
    for (const deploy::DeployOutcome &o : outcomes) {
        results.append(outcomeToJson(o));
        ++counts[int(o.status)];
    }
    if (out().isJson()) {
        const api::RateInForce rate = session()->client()->rateInForce();
        QJsonObject json{{"results"_L1, results},
                         {"rate"_L1, QJsonObject{{"perMinute"_L1, rate.perMinute},
                                                 {"burst"_L1, rate.burst},
                                                 {"source"_L1, api::rateSourceKey(rate.source)}}}};
        if (!syncs.isEmpty())
            json.insert("syncs"_L1, syncs);
        out().json(json);
    } else {
        QStringList parts;
        for (deploy::DeployStatus s : {deploy::DeployStatus::Deployed, deploy::DeployStatus::Unchanged,
                                       deploy::DeployStatus::Blocked, deploy::DeployStatus::Conflict,
                                       deploy::DeployStatus::Failed, deploy::DeployStatus::Uncertain,
                                       deploy::DeployStatus::Cancelled})
            if (counts[int(s)] > 0)
                parts.append(u"%1 %2"_s.arg(counts[int(s)]).arg(deploy::deployStatusName(s)));
        out().text(tr("%n queue(s): ", nullptr, int(outcomes.size())) + parts.join(u", "_s) + u'.');
    }
    finish(exitCodeFor(outcomes));
}

} // namespace holdline::cli
