#include "cli/predictqueuecommand.h"

#include "api/routingclient.h"
#include "common/commandline.h"
#include "deploy/queuechange.h"
#include "model/queuemapping.h"
#include "predict/predictcommand.h"
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
        const QueueReadResult current = readWaitStrategy(read->queue());
        if (!current.isOk()) {
            out().error(tr("Queue %1 has a malformed wait strategy: %2").arg(queueId, current.errorString()));
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
        const double slMs = read->queue()
                                .value("mediaSettings"_L1).toObject()
                                .value("call"_L1).toObject()
                                .value("serviceLevel"_L1).toObject()
                                .value("durationMs"_L1).toDouble(20'000);
        input.facts.serviceLevelSeconds = std::max(1, int(slMs / 1000));
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
                out().json(predict::PredictCommand::comparisonJson(result.calibration, result.comparison, result.verdicts));
            else
                out().text(predict::PredictCommand::comparisonText(result.calibration, result.comparison, result.verdicts));
            finish(ExitOk);
        });
        prediction->start();
    });
}

} // namespace holdline::cli
