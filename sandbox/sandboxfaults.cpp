#include "sandbox/sandboxfaults.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {
const QStringList &writerFields()
{
    static const QStringList fields{u""_s, u"description"_s, u"name"_s,
                                    u"waitStrategy.positionThreshold"_s,
                                    u"waitStrategy.abandonmentThreshold"_s,
                                    u"callback.positionThreshold"_s, u"maxHoldTime"_s};
    return fields;
}
} // namespace

namespace {
constexpr std::pair<ScriptStep, const char16_t *> StepNames[] = {
    {ScriptStep::Ok, u"ok"},
    {ScriptStep::TooManyRequests, u"429"},
    {ScriptStep::InternalError, u"500"},
    {ScriptStep::Unavailable, u"503"},
    {ScriptStep::DropBeforeWrite, u"dropBeforeWrite"},
    {ScriptStep::DropAfterWrite, u"dropAfterWrite"},
    {ScriptStep::Malformed, u"malformed"},
};
constexpr int MaxScriptSteps = 10'000;
} // namespace

QString scriptStepName(ScriptStep step)
{
    for (const auto &[value, name] : StepNames)
        if (value == step)
            return QString::fromUtf16(name);
    return {};
}

std::optional<ScriptStep> scriptStepFromName(const QString &name)
{
    for (const auto &[value, text] : StepNames)
        if (name == QStringView(text))
            return value;
    return std::nullopt;
}

QJsonObject SandboxFaults::toJson() const
{
    QJsonObject scripted;
    for (auto it = script.cbegin(); it != script.cend(); ++it) {
        QJsonArray steps;
        for (ScriptStep step : it.value())
            steps.append(scriptStepName(step));
        scripted.insert(it.key(), steps);
    }
    return {
        {u"script"_s, scripted},
        {u"latencyMs"_s, latencyMs},
        {u"jitterMs"_s, jitterMs},
        {u"probability429"_s, probability429},
        {u"probability500"_s, probability500},
        {u"probability503"_s, probability503},
        {u"dropBeforeWriteProbability"_s, dropBeforeWriteProbability},
        {u"dropAfterWriteProbability"_s, dropAfterWriteProbability},
        {u"malformedJsonProbability"_s, malformedJsonProbability},
        {u"tokenLifetimeSeconds"_s, tokenLifetimeSeconds},
        {u"concurrentWriterProbability"_s, concurrentWriterProbability},
        {u"concurrentWriterField"_s, concurrentWriterField},
        {u"webhookFailures"_s, webhookFailures},
        {u"webhookFailureStatus"_s, webhookFailureStatus},
    };
}

std::optional<SandboxFaults> SandboxFaults::fromJson(const QJsonObject &json, const SandboxFaults &base,
                                                     QList<std::pair<QString, QString>> *errors)
{
    SandboxFaults f = base;
    QList<std::pair<QString, QString>> found;
    auto readInt = [&](const QString &key, int &out, int min, int max) {
        if (!json.contains(key))
            return;
        const QJsonValue v = json.value(key);
        const double x = v.toDouble(-1e300);
        if (!v.isDouble() || x != static_cast<double>(static_cast<qint64>(x)) || x < min || x > max)
            found.append({key, u"must be an integer %1..%2"_s.arg(min).arg(max)});
        else
            out = static_cast<int>(x);
    };
    auto readProbability = [&](const QString &key, double &out) {
        if (!json.contains(key))
            return;
        const QJsonValue v = json.value(key);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            found.append({key, u"must be a number 0..1"_s});
        else
            out = v.toDouble();
    };
    readInt(u"latencyMs"_s, f.latencyMs, 0, 60000);
    readInt(u"jitterMs"_s, f.jitterMs, 0, 60000);
    readProbability(u"probability429"_s, f.probability429);
    readProbability(u"probability500"_s, f.probability500);
    readProbability(u"probability503"_s, f.probability503);
    readProbability(u"dropBeforeWriteProbability"_s, f.dropBeforeWriteProbability);
    readProbability(u"dropAfterWriteProbability"_s, f.dropAfterWriteProbability);
    readProbability(u"malformedJsonProbability"_s, f.malformedJsonProbability);
    readInt(u"tokenLifetimeSeconds"_s, f.tokenLifetimeSeconds, 0, 86400);
    readProbability(u"concurrentWriterProbability"_s, f.concurrentWriterProbability);
    if (json.contains(u"concurrentWriterField"_s)) {
        const QJsonValue v = json.value(u"concurrentWriterField"_s);
        if (!v.isString() || !writerFields().contains(v.toString()))
            found.append({u"concurrentWriterField"_s, u"must be one of: "_s + writerFields().join(u", "_s)});
        else
            f.concurrentWriterField = v.toString();
    }
    if (json.contains(u"script"_s)) {
        const QJsonValue v = json.value(u"script"_s);
        QMap<QString, QList<ScriptStep>> script;
        bool valid = v.isObject();
        const QJsonObject byQueue = v.toObject();
        for (auto it = byQueue.begin(); valid && it != byQueue.end(); ++it) {
            const QJsonArray names = it.value().toArray();
            valid = !it.key().isEmpty() && it.value().isArray() && names.size() <= MaxScriptSteps;
            for (qsizetype i = 0; valid && i < names.size(); ++i) {
                const auto step = scriptStepFromName(names.at(i).toString());
                valid = step.has_value();
                if (step)
                    script[it.key()].append(*step);
            }
        }
        if (!valid) {
            QStringList known;
            for (const auto &[value, name] : StepNames)
                known.append(QString::fromUtf16(name));
            found.append({u"script"_s, u"must map queue ids to lists (at most %1) of: %2"_s.arg(MaxScriptSteps).arg(known.join(u", "_s))});
        } else {
            f.script = script;
        }
    }
    readInt(u"webhookFailures"_s, f.webhookFailures, 0, 1000000);
    readInt(u"webhookFailureStatus"_s, f.webhookFailureStatus, 400, 599);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!base.toJson().contains(it.key()))
            found.append({it.key(), u"unknown fault"_s});
    }
    if (!found.isEmpty()) {
        if (errors)
            *errors = found;
        return std::nullopt;
    }
    return f;
}

} // namespace holdline::sandbox
