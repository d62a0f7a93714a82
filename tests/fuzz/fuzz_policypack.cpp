// A policy pack file: parsed strictly, never crashing; an accepted pack has
// an id and says where it came from.
#include "fuzzing.h"

#include "model/policyparser.h"

using namespace holdline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PolicyParseResult result = parsePolicyPack(fuzzInput(data, size), QStringLiteral("fuzz.json"));
    HOLDLINE_FUZZ_CHECK(result.pack.has_value() == result.error.isEmpty());
    if (result.pack)
        HOLDLINE_FUZZ_CHECK(!result.pack->id.isEmpty());
    else
        HOLDLINE_FUZZ_CHECK(result.error.startsWith(QLatin1String("fuzz.json")));
    return 0;
}
