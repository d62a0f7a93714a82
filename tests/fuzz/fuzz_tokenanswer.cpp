// The token endpoint's answer: a token is taken only with a lifetime within
// the bounds, whatever number (or not) expires_in holds.
#include "fuzzing.h"

#include "api/tokenmanager.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace holdline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzzInput(data, size));
    if (!document.isObject())
        return 0;
    api::ApiError error;
    const auto answer = api::TokenManager::parseAnswer(document.object(), &error);
    HOLDLINE_FUZZ_CHECK(answer.has_value() != error.isError());
    if (answer) {
        HOLDLINE_FUZZ_CHECK(!answer->token.isEmpty());
        HOLDLINE_FUZZ_CHECK(answer->lifetimeMs >= qint64(api::TokenManager::MinLifetimeSeconds * 1000));
        HOLDLINE_FUZZ_CHECK(answer->lifetimeMs <= qint64(api::TokenManager::MaxLifetimeSeconds * 1000));
    }
    return 0;
}
