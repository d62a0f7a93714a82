#include "sandbox/queuestore.h"

#include "sandbox/tenantclock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {
// Big enough to never trigger, small enough for any int arithmetic in the simulation.
constexpr int Never = 1000000000;

int intAt(const QJsonObject &o, const QString &key, int fallback)
{
    const auto v = jsonInteger(o.value(key));
    return v ? static_cast<int>(*v) : fallback;
}

QStringList skillsFor(const QString &name)
{
    // A couple of plausible skills from the queue's name ("Billing — Tier 1" → billing).
    QStringList skills;
    const QStringList words = name.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        QString clean;
        for (QChar ch : w) {
            if (ch.isLetter())
                clean.append(ch);
        }
        if (clean.size() >= 4 && skills.size() < 2)
            skills.append(clean);
    }
    if (skills.isEmpty())
        skills.append(u"general"_s);
    return skills;
}

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The site's opening hours as tenant data (a CXone hours-of-operation
// profile): the weekly schedule on the site's local clock.
QJsonObject hoursOfOperation(const sim::SeededQueue &seed)
{
    static const QStringList days{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                  u"friday"_s, u"saturday"_s, u"sunday"_s};
    const sim::SeededHours &h = seed.hours;
    const int offset = seed.profile.utcOffsetMinutes;
    QJsonArray schedule;
    for (int d = 0; d < days.size(); ++d) {
        if (d >= 5 && !h.weekends && !h.roundTheClock)
            continue;
        schedule.append(QJsonObject{{u"day"_s, days.at(d)},
                                    {u"open"_s, h.roundTheClock ? u"00:00"_s : hhmm(h.openMinute)},
                                    {u"close"_s, h.roundTheClock ? u"24:00"_s : hhmm(h.closeMinute)}});
    }
    return {{u"timeZone"_s, sim::utcOffsetName(offset)},
            {u"utcOffsetMinutes"_s, offset},
            {u"weekly"_s, schedule}};
}
} // namespace

void QueueStore::addSeeded(const sim::SeededQueue &seed, qint64 modifiedSecs)
{
    static const QStringList divisions{u"Customer Care"_s, u"Sales"_s, u"Technical Support"_s, u"Back Office"_s};
    const qsizetype index = m_order.size();
    const sim::SimStrategy &s = seed.initialStrategy;
    const QString division = divisions.at(index % divisions.size());
    QJsonArray skills;
    for (const QString &skill : skillsFor(seed.profile.name))
        skills.append(skill);
    const QJsonObject queue{
        {u"id"_s, seed.profile.id},
        {u"name"_s, seed.profile.name},
        {u"version"_s, 1},
        {u"waitStrategy"_s, QJsonObject{{u"type"_s, u"position"_s},
                                        {u"positionThreshold"_s, s.positionThreshold},
                                        {u"abandonmentThreshold"_s, s.abandonmentThreshold}}},
        {u"callback"_s, QJsonObject{{u"enabled"_s, s.callbackEnabled},
                                    {u"positionThreshold"_s, s.callbackPositionThreshold}}},
        {u"maxHoldTime"_s, s.maxHoldTime},
        {u"description"_s, u"Inbound voice queue: %1."_s.arg(seed.profile.name)},
        {u"division"_s, QJsonObject{{u"id"_s, u"div-%1"_s.arg(index % divisions.size() + 1)}, {u"name"_s, division}}},
        {u"skills"_s, skills},
        {u"hoursOfOperation"_s, hoursOfOperation(seed)},
        {u"mediaSettings"_s,
         QJsonObject{{u"call"_s,
                      QJsonObject{{u"alertingTimeoutSeconds"_s, 8},
                                  {u"serviceLevel"_s, QJsonObject{{u"percentage"_s, 0.8},
                                                                  {u"durationMs"_s, seed.profile.serviceLevelSeconds * 1000}}}}}}},
        {u"dateModified"_s, isoUtc(modifiedSecs)},
        {u"modifiedBy"_s, u"user:tenant-admin"_s},
    };
    m_order.append(seed.profile.id);
    m_queues.insert(seed.profile.id, queue);
}

std::optional<QJsonObject> QueueStore::find(const QString &id) const
{
    const auto it = m_queues.constFind(id);
    if (it == m_queues.cend())
        return std::nullopt;
    return *it;
}

QueueStore::ReplaceResult QueueStore::replace(const QString &id, const QJsonObject &body,
                                              const QList<std::optional<qint64>> &ifMatch,
                                              const QString &modifiedBy, qint64 nowSecs)
{
    ReplaceResult result;
    const auto it = m_queues.find(id);
    if (it == m_queues.end()) {
        result.kind = ReplaceResult::Kind::NotFound;
        return result;
    }
    const qint64 current = jsonInteger(it->value(u"version"_s)).value_or(0);

    // A malformed version is a 400, not a conflict.
    result.errors = validateQueueBody(body, id, m_limits);
    const auto bodyVersion = jsonInteger(body.value(u"version"_s));
    const bool bodyVersionBad = body.contains(u"version"_s) && (!bodyVersion || *bodyVersion < 0);
    if (!bodyVersionBad) {
        bool conflict = bodyVersion && *bodyVersion != current;
        if (!ifMatch.isEmpty()) {
            bool any = false;
            for (const auto &v : ifMatch)
                any = any || !v || *v == current;
            conflict = conflict || !any;
        }
        if (conflict) {
            result.kind = ReplaceResult::Kind::Conflict;
            result.currentVersion = current;
            result.errors.clear();
            return result;
        }
    }
    if (!result.errors.isEmpty()) {
        result.kind = ReplaceResult::Kind::Invalid;
        return result;
    }

    QJsonObject stored = body; // full replace: what the body omits is gone
    stored.insert(u"id"_s, id);
    stored.insert(u"version"_s, current + 1);
    stored.insert(u"dateModified"_s, isoUtc(nowSecs));
    stored.insert(u"modifiedBy"_s, modifiedBy);
    *it = stored;
    result.stored = stored;
    return result;
}

std::optional<QJsonObject> QueueStore::writeByOther(const QString &id, const QString &field, qint64 nowSecs)
{
    const auto it = m_queues.find(id);
    if (it == m_queues.end())
        return std::nullopt;
    QJsonObject q = *it;
    auto nudge = [&](const QString &objectKey, const QString &key, int min, int max, int step) {
        QJsonObject holder = objectKey.isEmpty() ? q : q.value(objectKey).toObject();
        const int v = intAt(holder, key, min);
        holder.insert(key, v - step >= min ? v - step : std::min(max, v + step));
        if (objectKey.isEmpty())
            q = holder;
        else
            q.insert(objectKey, holder);
    };
    if (field == u"description"_s || field == u"name"_s) {
        q.insert(field, QString(q.value(field).toString() + u" (edited by another supervisor)"_s));
    } else if (field == u"waitStrategy.positionThreshold"_s) {
        // Raise it so callback.positionThreshold stays <= it.
        QJsonObject ws = q.value(u"waitStrategy"_s).toObject();
        const int v = intAt(ws, u"positionThreshold"_s, 10);
        ws.insert(u"positionThreshold"_s, v < m_limits.maxPositionThreshold && v < 100 ? v + 1 : v);
        q.insert(u"waitStrategy"_s, ws);
    } else if (field == u"waitStrategy.abandonmentThreshold"_s) {
        nudge(u"waitStrategy"_s, u"abandonmentThreshold"_s, 0, 3600, 30);
    } else if (field == u"callback.positionThreshold"_s) {
        nudge(u"callback"_s, u"positionThreshold"_s, 1, 100, 1);
    } else if (field == u"maxHoldTime"_s) {
        nudge(QString(), u"maxHoldTime"_s, 1, std::min(3600, m_limits.maxHoldTimeSeconds), 30);
    }
    q.insert(u"version"_s, jsonInteger(q.value(u"version"_s)).value_or(0) + 1);
    q.insert(u"dateModified"_s, isoUtc(nowSecs));
    q.insert(u"modifiedBy"_s, u"client:sandbox-other-writer"_s);
    *it = q;
    return q;
}

bool QueueStore::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar ch : id) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
                        || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

sim::SimStrategy QueueStore::strategyOf(const QJsonObject &queue)
{
    const QJsonObject ws = queue.value(u"waitStrategy"_s).toObject();
    const QJsonObject cb = queue.value(u"callback"_s).toObject();
    sim::SimStrategy s;
    s.positionThreshold = intAt(ws, u"positionThreshold"_s, Never);
    s.abandonmentThreshold = intAt(ws, u"abandonmentThreshold"_s, 0);
    s.callbackEnabled = cb.value(u"enabled"_s).toBool(false);
    s.callbackPositionThreshold = intAt(cb, u"positionThreshold"_s, Never);
    s.maxHoldTime = intAt(queue, u"maxHoldTime"_s, Never);
    return s;
}

} // namespace holdline::sandbox
