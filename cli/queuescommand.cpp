#include "cli/queuescommand.h"

#include "api/routingclient.h"
#include "cli/texttable.h"
#include "model/queuemapping.h"
#include "session/tenantsession.h"

#include <QJsonArray>

#include <algorithm>

namespace holdline::cli {

using namespace Qt::StringLiterals;

void QueuesCommand::run()
{
    api::QueueListReply *reply = session()->routing()->listQueues();
    reply->setParent(this);
    auto progress = std::make_shared<ProgressBar>(tr("Reading queues"));
    connect(reply, &api::QueueListReply::progress, this,
            [progress](int done, int total) { progress->update(done, total, tr("pages")); });
    connect(reply, &api::ApiJob::finished, this, [this, reply, progress] {
        progress->clear();
        if (reply->error().isError()) {
            failWith(tr("cannot list the queues"), reply->error());
            return;
        }
        QList<QJsonObject> queues = reply->queueObjects();
        std::sort(queues.begin(), queues.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("id"_L1).toString() < b.value("id"_L1).toString();
        });
        QJsonArray json;
        TextTable table({tr("ID"), tr("NAME"), tr("THRESHOLD"), tr("CALLBACK"), tr("ABANDON"), tr("MAX HOLD")});
        for (const QJsonObject &queue : std::as_const(queues)) {
            const QString id = queue.value("id"_L1).toString();
            const QString name = queue.value("name"_L1).toString();
            const QueueReadResult read = readWaitStrategy(queue);
            QJsonObject item{{"id"_L1, id}, {"name"_L1, name}, {"version"_L1, queue.value("version"_L1)}};
            if (read.isOk()) {
                const WaitStrategy &s = *read.strategy;
                item.insert("strategy"_L1, strategyToFlatJson(s));
                table.addRow({id, name, QString::number(s.positionThreshold),
                              s.callbackEnabled ? tr("on, position > %1").arg(s.callbackPositionThreshold) : tr("off"),
                              s.abandonmentThreshold ? tr("%1 s").arg(s.abandonmentThreshold) : tr("off"),
                              tr("%1 s").arg(s.maxHoldTime)});
            } else {
                item.insert("strategy"_L1, QJsonValue());
                item.insert("error"_L1, read.errorString());
                table.addRow({id, name, tr("(malformed: %1)").arg(read.errors.constFirst().message)});
            }
            json.append(item);
        }
        if (out().isJson())
            out().json({{"queues"_L1, json}});
        else {
            out().text(table.render());
            out().text(tr("%n queue(s).", nullptr, int(queues.size())));
        }
        finish(0);
    });
}

} // namespace holdline::cli
