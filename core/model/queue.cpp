#include "model/queue.h"

#include "model/queuemapping.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

// Whole seconds, one to a day; a missing or non-numeric duration keeps the default.
int serviceLevelSecondsOf(const QJsonObject &queue)
{
    const QJsonValue ms = queue.value("mediaSettings"_L1).toObject()
                              .value("call"_L1).toObject()
                              .value("serviceLevel"_L1).toObject()
                              .value("durationMs"_L1);
    if (!ms.isDouble() || !std::isfinite(ms.toDouble()))
        return Queue::DefaultServiceLevelSeconds;
    return int(std::clamp(ms.toDouble() / 1000, 1.0, 86'400.0));
}

} // namespace

Queue Queue::fromJson(const QJsonObject &object)
{
    Queue queue;
    queue.id = object.value("id"_L1).toString();
    queue.name = object.value("name"_L1).toString();
    queue.version = object.value("version"_L1).toInt();
    queue.hours = OpeningHours::fromQueue(object);
    queue.serviceLevelSeconds = serviceLevelSecondsOf(object);
    const QueueReadResult read = readWaitStrategy(object);
    if (read.isOk())
        queue.strategy = read.strategy;
    else
        queue.readError = read.errorString();
    queue.object = object;
    return queue;
}

} // namespace holdline
