// A queue object as a tenant sends it: read the owned fields, and when they
// read, writing them back keeps every other member and reads back the same.
#include "fuzzing.h"

#include "model/queuemapping.h"

#include <QJsonDocument>

using namespace holdline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzzInput(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject queue = document.object();
    const QueueReadResult read = readWaitStrategy(queue);
    HOLDLINE_FUZZ_CHECK(read.isOk() == read.errors.isEmpty());
    if (!read.isOk()) {
        HOLDLINE_FUZZ_CHECK(!read.errorString().isEmpty());
        return 0;
    }
    const QJsonObject written = writeWaitStrategy(queue, *read.strategy);
    const QueueReadResult again = readWaitStrategy(written);
    HOLDLINE_FUZZ_CHECK(again.isOk() && *again.strategy == *read.strategy);
    for (auto it = queue.constBegin(); it != queue.constEnd(); ++it)
        if (it.key() != QLatin1String("waitStrategy") && it.key() != QLatin1String("callback")
            && it.key() != QLatin1String("maxHoldTime"))
            HOLDLINE_FUZZ_CHECK(written.value(it.key()) == it.value());
    const QueueReadResult flat = strategyFromFlatJson(strategyToFlatJson(*read.strategy));
    HOLDLINE_FUZZ_CHECK(flat.isOk() && *flat.strategy == *read.strategy);
    return 0;
}
