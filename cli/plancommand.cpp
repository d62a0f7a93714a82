#include "cli/plancommand.h"

#include "cli/clijson.h"
#include "cli/strategyfile.h"
#include "common/commandline.h"
#include "deploy/deploymentengine.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

void PlanCommand::run()
{
    const QString queueId = invocation().arguments.constFirst();
    QList<FieldAssignment> assignments = invocation().assignments;
    if (!invocation().file.isEmpty()) {
        QString error;
        const auto file = StrategyFile::read(invocation().file, &error);
        const auto fromFile = file ? file->assignmentsFor(queueId) : std::nullopt;
        if (!fromFile) {
            out().error(file ? tr("%1 has no strategy for queue %2.").arg(invocation().file, queueId) : error);
            finish(ExitUsage);
            return;
        }
        assignments = *fromFile;
    }
    deploy::DeployJob *job = session()->engine()->plan(queueId, assignments);
    job->setParent(this);
    connect(job, &deploy::DeployJob::finished, this, [this, job] {
        const deploy::DeployOutcome &o = job->outcome();
        const bool blocked = o.status == deploy::DeployStatus::Blocked;
        if (out().isJson()) {
            QJsonObject json = outcomeToJson(o);
            json.insert("findings"_L1, findingsToJson(o.findings));
            if (o.before)
                json.insert("before"_L1, strategyToFlatJson(*o.before));
            out().json(json);
        } else if (o.status == deploy::DeployStatus::Planned || blocked) {
            out().text(tr("Plan for %1 (nothing is written):").arg(o.queueId));
            if (o.changes.isEmpty())
                out().text(tr("  No changes: the queue is already at this strategy."));
            for (const FieldChange &change : o.changes)
                out().text(u"  "_s + describeChange(change));
            for (const Finding &f : o.findings)
                out().text(u"  [%1] %2"_s.arg(severityName(f.severity), f.message));
            out().text(blocked ? tr("Blocked: this change would be refused.") : tr("Allowed."));
        }
        if (!o.succeeded() && !blocked)
            out().error(o.error);
        else if (blocked)
            out().error(tr("%1: blocked: %2").arg(o.queueId, o.error));
        finish(blocked ? int(ExitUsage) : exitCodeFor({o}));
    });
}

} // namespace holdline::cli
