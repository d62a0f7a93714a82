#include "ui/queues/queueavailability.h"

#include <QCoreApplication>
#include <QLocale>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("QueueAvailability", text);
}
} // namespace

QueueAvailability availabilityOf(const std::optional<OpeningHours> &hours, const QDateTime &tenantNow)
{
    QueueAvailability a;
    if (!hours || !tenantNow.isValid() || hours->isOpenAt(tenantNow))
        return a;
    a.closed = true;
    const QDateTime local = hours->toLocal(tenantNow);
    const QDateTime opens = hours->nextOpening(tenantNow);
    const QLocale locale;
    if (!opens.isValid()) {
        a.label = a.shortLabel = tr("closed");
        a.detail = tr("Closed: its hours of operation have no opening time.");
        return a;
    }
    // 24-hour, as hours of operation are published.
    const QString time = opens.time().toString(u"HH:mm"_s);
    const qint64 days = local.date().daysTo(opens.date());
    const QString weekday = locale.dayName(opens.date().dayOfWeek(), QLocale::ShortFormat);
    const QString when = days == 0 ? time : days == 1 ? tr("tomorrow %1").arg(time) : u"%1 %2"_s.arg(weekday, time);
    a.label = tr("closed — opens %1 local").arg(when);
    a.shortLabel = tr("closed until %1").arg(days <= 1 ? time : u"%1 %2"_s.arg(weekday, time));
    a.detail = tr("Closed now (%1 local time, %2): no calls until it opens %3 local time. "
                  "The metrics stay empty while it is closed.")
                   .arg(local.time().toString(u"HH:mm"_s), hours->timeZoneName(), when);
    return a;
}

} // namespace holdline::ui
