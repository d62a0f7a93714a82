#include "cli/predictqueuecommand.h"

#include "api/routingclient.h"
#include "common/commandline.h"
#include "deploy/queuechange.h"
#include "model/queuemapping.h"
#include "cli/standaloneprediction.h"
#include "predict/queueprediction.h"
#include "session/tenantsession.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

void PredictQueueCommand::run()
{
    const QString queueId = invocation().arguments.constFirst();
    api::QueueReply *read = session()->routing()->getQueue(queueId);
    read->setParent(this);
    connect(read, &api::ApiJob::finished, this, [this, read, queueId] {
        if (read->error().isError()) {
            failWith(tr("Could not read queue %1").arg(queueId), read->error());
            return;
        }
        const Queue current = read->queue();
        if (!current.strategy) {
            out().error(tr("Queue %1 has a malformed wait strategy: %2").arg(queueId, current.readError));
            finish(ExitFailure);
            return;
        }
        deploy::DeployRequest request;
        request.assignments = invocation().assignments;
        QString error;
        const auto edited = deploy::targetStrategy(request, *current.strategy, &error);
        if (!edited) {
            out().error(error);
            finish(ExitUsage);
            return;
        }

        predict::QueuePrediction::Input input;
        input.queueId = queueId;
        input.facts.strategy = *current.strategy;
        input.facts.serviceLevelSeconds = current.serviceLevelSeconds;
        input.edited = *edited;
        input.editedFindings = session()->validator().validate(*edited, session()->tenantNow().date());
        if (!invocation().interval.isEmpty())
            input.interval = invocation().interval;

        auto *prediction = new predict::QueuePrediction(session()->analytics(), input, this);
        connect(prediction, &predict::QueuePrediction::finished, this, [this, prediction] {
            if (!prediction->succeeded()) {
                out().error(prediction->errorMessage());
                finish(ExitFailure);
                return;
            }
            const predict::PredictionResult &result = *prediction->result();
            if (out().isJson())
                out().json(StandalonePrediction::comparisonJson(result.calibration, result.comparison, result.verdicts));
            else
                out().text(StandalonePrediction::comparisonText(result.calibration, result.comparison, result.verdicts));
            finish(ExitOk);
        });
        prediction->start();
    });
}

} // namespace holdline::cli
