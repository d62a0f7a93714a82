#include "cli/metricscommand.h"

#include "cli/clijson.h"
#include "cli/texttable.h"
#include "session/tenantsession.h"

#include <QJsonArray>

namespace holdline::cli {

using namespace Qt::StringLiterals;

void MetricsCommand::run()
{
    const QString queueId = invocation().arguments.constFirst();
    api::AnalyticsQuery query;
    query.queueIds = {queueId};
    query.interval = invocation().interval.isEmpty() ? u"PT1H"_s : invocation().interval;
    query.granularity = invocation().granularity;
    query.metrics = contractMetricNames();
    api::AnalyticsReply *reply = session()->analytics()->query(query);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, query, queueId] {
        if (reply->error().isError()) {
            failWith(tr("cannot read the metrics of %1").arg(queueId), reply->error());
            return;
        }
        const QList<api::MetricsRecord> records = reply->records();
        if (out().isJson()) {
            QJsonArray array;
            for (const api::MetricsRecord &r : records)
                array.append(metricsRecordToJson(r, query.metrics));
            out().json({{"queueId"_L1, queueId},
                        {"interval"_L1, query.interval},
                        {"granularity"_L1, query.granularity.isEmpty() ? QJsonValue() : QJsonValue(query.granularity)},
                        {"records"_L1, array}});
        } else {
            out().text(tr("Metrics of %1 over %2%3:").arg(queueId, query.interval,
                                                         query.granularity.isEmpty() ? QString() : tr(" by %1").arg(query.granularity)));
            QStringList header{tr("METRIC")};
            for (const api::MetricsRecord &r : records)
                header.append(r.intervalStart.isValid() ? r.intervalStart.toUTC().toString(u"MM-dd HH:mm"_s) : tr("VALUE"));
            TextTable table(header);
            for (const QString &metric : std::as_const(query.metrics)) {
                QStringList row{metric};
                for (const api::MetricsRecord &r : records) {
                    const auto v = r.value(metric);
                    row.append(!v ? u"n/a"_s
                               : metric.endsWith("Rate"_L1) || metric == "queue.serviceLevel"_L1 ? formatRate(v)
                                                                                              : QString::number(*v, 'f', metric.contains("average"_L1) || metric.contains("Staffed"_L1) ? 1 : 0));
                }
                table.addRow(row);
            }
            out().text(records.isEmpty() ? tr("  (no records)") : table.render());
        }
        finish(0);
    });
}

} // namespace holdline::cli
