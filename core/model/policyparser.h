#pragma once

#include "model/policypack.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace holdline {

struct PolicyParseResult
{
    std::optional<PolicyPack> pack;
    QString error; // "<file>: <problem>", e.g. "us-x.json: rules[2].max must be an integer"
};

// Parses one policy pack (schema: resources/policies/README.md). Strict:
// unknown keys are errors, because a misspelt cap would otherwise pass silently.
// fileName is only used in messages and PolicyPack::source.
PolicyParseResult parsePolicyPack(const QByteArray &json, const QString &fileName);

} // namespace holdline
