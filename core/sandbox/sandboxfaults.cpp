#include "sandbox/sandboxfaults.h"

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

QJsonObject SandboxFaults::toJson() const
{
    return {
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
