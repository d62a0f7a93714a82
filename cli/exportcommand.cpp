#include "cli/exportcommand.h"

#include "api/routingclient.h"
#include "cli/clijson.h"
#include "common/commandline.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace holdline::cli {

using namespace Qt::StringLiterals;

QJsonObject ExportCommand::exportDocument(const QList<QJsonObject> &queues, QStringList *errors)
{
    QMap<QString, QJsonObject> byId; // sorted by id
    for (const QJsonObject &queue : queues) {
        const QString id = queue.value("id"_L1).toString();
        const QueueReadResult read = readWaitStrategy(queue);
        if (!read.isOk()) {
            errors->append(u"%1: %2"_s.arg(id, read.errorString()));
            continue;
        }
        byId.insert(id, QJsonObject{{"queueId"_L1, id}, {"strategy"_L1, strategyToFlatJson(*read.strategy)}});
    }
    QJsonArray array;
    for (const QJsonObject &item : std::as_const(byId))
        array.append(item);
    return {{"queues"_L1, array}};
}

void ExportCommand::run()
{
    const QStringList ids = invocation().arguments;
    if (ids.isEmpty()) {
        api::QueueListReply *reply = session()->routing()->listQueues();
        reply->setParent(this);
        connect(reply, &api::ApiJob::finished, this, [this, reply] {
            if (reply->error().isError())
                failWith(tr("cannot list the queues"), reply->error());
            else
                write(reply->queueObjects());
        });
        return;
    }
    // Read the named queues concurrently; the ApiClient paces them.
    auto results = std::make_shared<QList<QJsonObject>>();
    auto pending = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        api::QueueReply *reply = session()->routing()->getQueue(id);
        reply->setParent(this);
        connect(reply, &api::ApiJob::finished, this, [this, reply, id, results, pending] {
            if (isFinished())
                return;
            if (reply->error().isError()) {
                failWith(tr("cannot read queue %1").arg(id), reply->error());
                return;
            }
            results->append(reply->queueObject());
            if (--*pending == 0)
                write(*results);
        });
    }
}

void ExportCommand::write(const QList<QJsonObject> &queues)
{
    QStringList errors;
    const QJsonObject document = exportDocument(queues, &errors);
    for (const QString &error : std::as_const(errors))
        out().error(tr("not exported, malformed wait strategy: %1").arg(error));
    if (out().isJson())
        out().json(document);
    else
        std::fputs(QJsonDocument(document).toJson(QJsonDocument::Indented).constData(), stdout);
    finish(errors.isEmpty() ? ExitOk : ExitFailure);
}

} // namespace holdline::cli
