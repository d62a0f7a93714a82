#include "sandbox/queuevalidator.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double x = value.toDouble();
    if (!std::isfinite(x) || std::floor(x) != x || std::fabs(x) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(x);
}

namespace {

class Checker
{
public:
    explicit Checker(FieldErrors &errors) : m_errors(errors) {}

    void fail(const QString &field, const QString &message) { m_errors.append({field, message}); }

    // The object at key, when present and an object; records a type error otherwise.
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &key, const QString &field)
    {
        if (!parent.contains(key))
            return std::nullopt;
        if (!parent.value(key).isObject()) {
            fail(field, u"must be an object"_s);
            return std::nullopt;
        }
        return parent.value(key).toObject();
    }

    // The integer at key, when present and within min..max.
    std::optional<qint64> integer(const QJsonObject &parent, const QString &key, const QString &field, qint64 min,
                                  qint64 max)
    {
        if (!parent.contains(key))
            return std::nullopt;
        const auto value = jsonInteger(parent.value(key));
        if (!value) {
            fail(field, u"must be an integer"_s);
            return std::nullopt;
        }
        if (*value < min || *value > max) {
            fail(field, u"must be between %1 and %2"_s.arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }

    void string(const QJsonObject &parent, const QString &key, const QString &field, bool nonEmpty = false)
    {
        if (!parent.contains(key))
            return;
        if (!parent.value(key).isString())
            fail(field, u"must be a string"_s);
        else if (nonEmpty && parent.value(key).toString().trimmed().isEmpty())
            fail(field, u"must not be empty"_s);
    }

    void boolean(const QJsonObject &parent, const QString &key, const QString &field)
    {
        if (parent.contains(key) && !parent.value(key).isBool())
            fail(field, u"must be true or false"_s);
    }

    void tenantLimit(const std::optional<qint64> &value, int limit, const QString &field)
    {
        if (value && *value > limit)
            fail(field, u"exceeds this tenant's limit of %1"_s.arg(limit));
    }

private:
    FieldErrors &m_errors;
};

} // namespace

FieldErrors validateQueueBody(const QJsonObject &body, const QString &pathId, const TenantLimits &limits)
{
    FieldErrors errors;
    Checker c(errors);

    if (body.contains(u"id"_s) && body.value(u"id"_s).toString() != pathId)
        c.fail(u"id"_s, u"must be the queue id of the path (%1)"_s.arg(pathId));
    if (body.contains(u"version"_s)) {
        const auto v = jsonInteger(body.value(u"version"_s));
        if (!v || *v < 0)
            c.fail(u"version"_s, u"must be a non-negative integer"_s);
    }
    c.string(body, u"name"_s, u"name"_s, true);
    c.string(body, u"description"_s, u"description"_s);

    std::optional<qint64> waitThreshold;
    if (const auto ws = c.object(body, u"waitStrategy"_s, u"waitStrategy"_s)) {
        if (ws->contains(u"type"_s) && ws->value(u"type"_s).toString() != u"position"_s)
            c.fail(u"waitStrategy.type"_s, u"must be \"position\""_s);
        waitThreshold = c.integer(*ws, u"positionThreshold"_s, u"waitStrategy.positionThreshold"_s, 1, 100);
        c.tenantLimit(waitThreshold, limits.maxPositionThreshold, u"waitStrategy.positionThreshold"_s);
        c.integer(*ws, u"abandonmentThreshold"_s, u"waitStrategy.abandonmentThreshold"_s, 0, 3600);
    }
    if (const auto cb = c.object(body, u"callback"_s, u"callback"_s)) {
        c.boolean(*cb, u"enabled"_s, u"callback.enabled"_s);
        const auto cbThreshold = c.integer(*cb, u"positionThreshold"_s, u"callback.positionThreshold"_s, 1, 100);
        c.tenantLimit(cbThreshold, limits.maxPositionThreshold, u"callback.positionThreshold"_s);
        if (cbThreshold && waitThreshold && *cbThreshold > *waitThreshold) {
            c.fail(u"callback.positionThreshold"_s,
                   u"must not be greater than waitStrategy.positionThreshold (%1)"_s.arg(*waitThreshold));
        }
    }
    const auto maxHold = c.integer(body, u"maxHoldTime"_s, u"maxHoldTime"_s, 1, 3600);
    c.tenantLimit(maxHold, limits.maxHoldTimeSeconds, u"maxHoldTime"_s);

    if (const auto division = c.object(body, u"division"_s, u"division"_s)) {
        c.string(*division, u"id"_s, u"division.id"_s);
        c.string(*division, u"name"_s, u"division.name"_s);
    }
    if (body.contains(u"skills"_s)) {
        const QJsonValue skills = body.value(u"skills"_s);
        bool ok = skills.isArray();
        const QJsonArray array = skills.toArray();
        for (const QJsonValue &skill : array)
            ok = ok && skill.isString();
        if (!ok)
            c.fail(u"skills"_s, u"must be an array of strings"_s);
    }
    if (const auto media = c.object(body, u"mediaSettings"_s, u"mediaSettings"_s)) {
        if (const auto call = c.object(*media, u"call"_s, u"mediaSettings.call"_s)) {
            c.integer(*call, u"alertingTimeoutSeconds"_s, u"mediaSettings.call.alertingTimeoutSeconds"_s, 1, 600);
            if (const auto sl = c.object(*call, u"serviceLevel"_s, u"mediaSettings.call.serviceLevel"_s)) {
                if (sl->contains(u"percentage"_s)) {
                    const QJsonValue p = sl->value(u"percentage"_s);
                    if (!p.isDouble() || p.toDouble() < 0 || p.toDouble() > 1)
                        c.fail(u"mediaSettings.call.serviceLevel.percentage"_s, u"must be a number 0..1"_s);
                }
                c.integer(*sl, u"durationMs"_s, u"mediaSettings.call.serviceLevel.durationMs"_s, 1, 3600000);
            }
        }
    }
    return errors;
}

} // namespace holdline::sandbox
