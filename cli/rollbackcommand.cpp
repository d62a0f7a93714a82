#include "cli/rollbackcommand.h"

#include "cli/clijson.h"
#include "common/commandline.h"
#include "deploy/deploymentengine.h"
#include "history/historystore.h"
#include "session/tenantsession.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

void RollbackCommand::run()
{
    const QString queueId = invocation().arguments.constFirst();
    if (invocation().toEntry > 0) {
        rollback(invocation().toEntry, invocation().before);
        return;
    }
    history::HistoryFilter filter;
    filter.tenant = session()->tenantKey();
    filter.queueId = queueId;
    filter.limit = 1000;
    session()->history()->entries(filter, this, [this, queueId](QList<history::HistoryEntry> entries, QString error) {
        if (!error.isEmpty()) {
            out().error(tr("cannot read the history: %1").arg(error));
            finish(ExitFailure);
            return;
        }
        for (const history::HistoryEntry &e : std::as_const(entries)) { // newest first
            if (e.isAppliedChange()) {
                if (!out().isJson())
                    out().text(tr("Undoing entry #%1 (%2 %3: %4).").arg(e.id).arg(e.action, e.time.toString(Qt::ISODate), e.message));
                rollback(e.id, true);
                return;
            }
        }
        out().error(tr("the history holds no completed change of %1 on this tenant to undo.").arg(queueId));
        finish(ExitFailure);
    });
}

void RollbackCommand::rollback(qint64 entryId, bool toBefore)
{
    const QString queueId = invocation().arguments.constFirst();
    deploy::DeployJob *job = session()->engine()->rollback(queueId, entryId, toBefore, invocation().force);
    job->setParent(this);
    connect(job, &deploy::DeployJob::finished, this, [this, job, entryId, toBefore] {
        const deploy::DeployOutcome &o = job->outcome();
        if (out().isJson()) {
            QJsonObject json = outcomeToJson(o);
            json.insert("targetEntryId"_L1, entryId);
            json.insert("restored"_L1, toBefore ? u"before"_s : u"after"_s);
            out().json(json);
        } else if (o.status == deploy::DeployStatus::Deployed) {
            out().text(tr("Rolled back %1 to the strategy %2 entry #%3: %4 (entry #%5).")
                           .arg(o.queueId, toBefore ? tr("before") : tr("after"))
                           .arg(entryId).arg(summarizeChanges(o.changes)).arg(o.entryId));
        } else if (o.status == deploy::DeployStatus::Unchanged) {
            out().text(tr("%1 already has the strategy %2 entry #%3; nothing was written.")
                           .arg(o.queueId, toBefore ? tr("before") : tr("after")).arg(entryId));
        }
        if (!o.succeeded())
            out().error(tr("rollback of %1 %2: %3").arg(o.queueId, deploy::deployStatusName(o.status), o.error));
        finish(exitCodeFor({o}));
    });
}

} // namespace holdline::cli
