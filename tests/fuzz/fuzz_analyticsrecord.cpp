// One analytics record as a tenant sends it, for a query of every metric:
// accepted only with every metric there, rates within [0, 1] or absent.
#include "fuzzing.h"

#include "api/analyticsclient.h"

#include <QJsonDocument>

using namespace holdline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzzInput(data, size));
    if (!document.isObject())
        return 0;
    static const api::AnalyticsQuery query = [] {
        api::AnalyticsQuery q;
        q.interval = QStringLiteral("PT1H");
        q.queueIds = {QStringLiteral("q-a")};
        q.metrics = {QStringLiteral("queue.offered"), QStringLiteral("queue.answerRate"),
                     QStringLiteral("queue.averageWaitTime"), QStringLiteral("queue.serviceLevel")};
        return q;
    }();
    QString problem;
    const auto record = api::AnalyticsClient::parseRecord(document.object(), query, &problem);
    HOLDLINE_FUZZ_CHECK(record.has_value() == problem.isEmpty());
    if (!record)
        return 0;
    for (auto it = record->values.cbegin(); it != record->values.cend(); ++it) {
        if (!it.value())
            continue;
        HOLDLINE_FUZZ_CHECK(*it.value() >= 0);
        if (it.key().endsWith(QLatin1String("Rate")) || it.key() == QLatin1String("queue.serviceLevel"))
            HOLDLINE_FUZZ_CHECK(*it.value() <= 1);
    }
    return 0;
}
