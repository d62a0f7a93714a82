#include "cli/showcommand.h"

#include "api/routingclient.h"
#include "cli/clijson.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

void ShowCommand::run()
{
    const QString queueId = invocation().arguments.constFirst();
    api::QueueReply *reply = session()->routing()->getQueue(queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, queueId] {
        if (reply->error().isError()) {
            failWith(tr("cannot read queue %1").arg(queueId), reply->error());
            return;
        }
        const QJsonObject queue = reply->queueObject();
        const QueueReadResult read = readWaitStrategy(queue);
        QList<Finding> findings;
        if (read.isOk())
            findings = session()->validator().validate(*read.strategy, session()->tenantNow().date());
        if (out().isJson()) {
            out().json({{"queueId"_L1, queueId},
                        {"version"_L1, reply->version()},
                        {"strategy"_L1, read.isOk() ? QJsonValue(strategyToFlatJson(*read.strategy)) : QJsonValue()},
                        {"errors"_L1, read.isOk() ? QJsonValue() : QJsonValue(read.errorString())},
                        {"findings"_L1, findingsToJson(findings)},
                        {"queue"_L1, queue}});
        } else {
            out().text(tr("%1 — %2 (version %3)").arg(queueId, queue.value("name"_L1).toString()).arg(reply->version()));
            if (!read.isOk()) {
                out().text(tr("  The wait strategy is malformed:\n  %1").arg(read.errorString()));
            } else {
                for (WaitStrategyField field : allWaitStrategyFields())
                    out().text(u"  %1 %2"_s.arg(QString(fieldLabel(field) + u':').leftJustified(30),
                                                formatFieldValue(field, fieldValue(*read.strategy, field))));
                out().text(findings.isEmpty() ? tr("No findings.") : tr("Findings:"));
                for (const Finding &f : std::as_const(findings))
                    out().text(u"  [%1] %2"_s.arg(severityName(f.severity), f.message));
            }
        }
        finish(read.isOk() ? 0 : 1);
    });
}

} // namespace holdline::cli
