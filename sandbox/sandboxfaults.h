#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace holdline::sandbox {

// One step of a scripted fault sequence (SandboxFaults::script).
enum class ScriptStep { Ok, TooManyRequests, InternalError, Unavailable, DropBeforeWrite, DropAfterWrite, Malformed };
// "ok", "429", "500", "503", "dropBeforeWrite", "dropAfterWrite", "malformed".
QString scriptStepName(ScriptStep step);
std::optional<ScriptStep> scriptStepFromName(const QString &name);

// What the tenant does wrong on purpose, so clients can be tested against it.
// Probabilities are 0..1 and drawn from the tenant's own PRNG (seeded with
// --seed), so a given seed and request sequence always fail the same way.
// Faults apply to /api/v2/* only; the /sandbox/* admin endpoints are exempt
// (except the webhook receiver's own failure count).
struct SandboxFaults
{
    int latencyMs = 0;                       // added to every answer
    int jitterMs = 0;                        // plus uniform 0..jitterMs
    double probability429 = 0;               // 429 with Retry-After
    double probability500 = 0;
    double probability503 = 0;
    double dropBeforeWriteProbability = 0;   // PUT: connection dropped, nothing applied
    double dropAfterWriteProbability = 0;    // PUT: applied, then the connection dropped
    double malformedJsonProbability = 0;     // a 2xx answer's body is cut short
    int tokenLifetimeSeconds = 0;            // >0: tokens die after this long although expires_in says more
    double concurrentWriterProbability = 0;  // after a GET of a queue, another writer changes it before the next PUT
    QString concurrentWriterField;           // "" (version only), "description", "waitStrategy.positionThreshold", ...
    int webhookFailures = 0;                 // the next N POST /sandbox/webhook fail ...
    int webhookFailureStatus = 503;          // ... with this status
    // Exact sequences per queue: each call to /api/v2/routing/queues/{id}
    // takes the next step of that queue's list instead of any drawn fault,
    // e.g. {"q-a": ["dropAfterWrite", "429", "429"]}: the next call to q-a (a
    // PUT) is applied and its connection dropped, the next two answer 429.
    QMap<QString, QList<ScriptStep>> script;

    QJsonObject toJson() const;
    // Reads the fields present in json over base; on an error returns nothing
    // and fills errors with "field: message" entries.
    static std::optional<SandboxFaults> fromJson(const QJsonObject &json, const SandboxFaults &base,
                                                 QList<std::pair<QString, QString>> *errors);

    friend bool operator==(const SandboxFaults &, const SandboxFaults &) = default;
};

} // namespace holdline::sandbox
