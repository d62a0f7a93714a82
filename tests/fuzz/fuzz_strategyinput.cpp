// What a user types: a --set assignment (the first line) and a --file
// document (the rest). Either parses or says why, never both, never a crash.
#include "fuzzing.h"

#include "cli/strategyfile.h"
#include "model/waitstrategy.h"

#include <QJsonDocument>

using namespace holdline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzInput(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString assignment = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    QString error;
    const auto parsed = parseFieldAssignment(assignment, &error);
    HOLDLINE_FUZZ_CHECK(parsed.has_value() == error.isEmpty());
    if (parsed)
        HOLDLINE_FUZZ_CHECK(parsed->value.isValid());

    if (newline < 0)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(input.mid(newline + 1));
    if (!document.isObject())
        return 0;
    error.clear();
    const auto file = cli::StrategyFile::fromJson(document.object(), &error);
    HOLDLINE_FUZZ_CHECK(file.has_value() == error.isEmpty());
    if (file)
        HOLDLINE_FUZZ_CHECK(file->perQueue ? !file->queueIds.isEmpty() : !file->common.isEmpty());
    return 0;
}
