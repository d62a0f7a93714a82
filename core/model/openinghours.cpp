#include "model/openinghours.h"

#include "model/jsonobjectreader.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {
constexpr int MinutesPerDay = 24 * 60;
constexpr int MaxOffsetMinutes = 14 * 60; // UTC-12:00 .. UTC+14:00 is every zone there is

// "HH:MM", 00:00..24:00.
std::optional<int> parseMinute(const QString &text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = text.left(2).toInt(&okH);
    const int m = text.mid(3).toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("OpeningHours", text);
}
} // namespace

std::optional<OpeningHours> OpeningHours::fromQueue(const QJsonObject &queue, QString *error)
{
    static const QStringList dayNames{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
    QString problem;
    const auto done = [&](std::optional<OpeningHours> result) {
        if (error)
            *error = problem;
        return result;
    };
    const QJsonValue member = queue.value("hoursOfOperation"_L1);
    if (member.isUndefined() || member.isNull())
        return done(std::nullopt);
    if (!member.isObject()) {
        problem = tr("hoursOfOperation is not an object");
        return done(std::nullopt);
    }
    JsonObjectReader read(member.toObject(), u"hoursOfOperation"_s, &problem);
    OpeningHours hours;
    hours.m_utcOffsetMinutes = read.integer(u"utcOffsetMinutes"_s, -MaxOffsetMinutes, MaxOffsetMinutes).value_or(0);
    hours.m_timeZoneName = read.string(u"timeZone"_s, false).value_or(QString()).left(64);
    const QJsonArray weekly = read.array(u"weekly"_s).value_or(QJsonArray());
    if (weekly.size() > 7)
        read.fail(tr("%1 has %2 entries; a week has 7 days").arg(read.where(u"weekly"_s)).arg(weekly.size()));
    for (qsizetype i = 0; !read.failed() && i < weekly.size(); ++i) {
        const auto entry = read.element(weekly, u"weekly"_s, i);
        if (!entry)
            break;
        JsonObjectReader day(*entry, read.elementPath(u"weekly"_s, i), &problem);
        const QString name = day.string(u"day"_s).value_or(QString());
        const auto open = parseMinute(day.string(u"open"_s).value_or(QString()));
        const auto close = parseMinute(day.string(u"close"_s).value_or(QString()));
        if (day.failed())
            break;
        const qsizetype d = dayNames.indexOf(name);
        if (d < 0 || hours.m_days[d])
            day.fail(tr("%1 is not a day of the week named once").arg(day.where(u"day"_s)));
        else if (!open || !close || *close <= *open)
            day.fail(tr("%1 needs open and close as HH:MM, open before close").arg(day.where(u"open"_s)));
        else
            hours.m_days[d] = Span{*open, *close};
    }
    if (read.failed())
        return done(std::nullopt);
    if (hours.m_timeZoneName.isEmpty())
        hours.m_timeZoneName = QDateTime::fromSecsSinceEpoch(0, Qt::OffsetFromUTC, hours.m_utcOffsetMinutes * 60)
                                   .timeZoneAbbreviation();
    return done(hours);
}

bool OpeningHours::isRoundTheClock() const
{
    for (const auto &d : m_days)
        if (!d || d->openMinute != 0 || d->closeMinute != MinutesPerDay)
            return false;
    return true;
}

QDateTime OpeningHours::toLocal(const QDateTime &utc) const
{
    return utc.toOffsetFromUtc(m_utcOffsetMinutes * 60);
}

bool OpeningHours::isOpenAt(const QDateTime &utc) const
{
    const QDateTime local = toLocal(utc);
    const auto &span = m_days[local.date().dayOfWeek() - 1];
    const int minute = local.time().hour() * 60 + local.time().minute();
    return span && minute >= span->openMinute && minute < span->closeMinute;
}

QDateTime OpeningHours::nextOpening(const QDateTime &utc) const
{
    const QDateTime local = toLocal(utc);
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (int ahead = 0; ahead <= 7; ++ahead) {
        const QDate date = local.date().addDays(ahead);
        const auto &span = m_days[date.dayOfWeek() - 1];
        if (!span || (ahead == 0 && span->openMinute <= minute))
            continue;
        return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, m_utcOffsetMinutes * 60).addSecs(span->openMinute * 60);
    }
    return {};
}

} // namespace holdline
