#include "queueavailability.h"

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
        a.label = tr("closed");
        a.detail = tr("Closed: its hours of operation have no opening time.");
        return a;
    }
    const QString time = locale.toString(opens.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(opens.date());
    const QString when = days == 0 ? time
        : days == 1               ? tr("tomorrow %1").arg(time)
                                  : u"%1 %2"_s.arg(locale.dayName(opens.date().dayOfWeek(), QLocale::ShortFormat), time);
    a.label = tr("closed — opens %1 local").arg(when);
    a.detail = tr("Closed now (%1 local time, %2): no calls until it opens %3 local time. "
                  "The metrics stay empty while it is closed.")
                   .arg(locale.toString(local.time(), QLocale::ShortFormat), hours->timeZoneName(), when);
    return a;
}

} // namespace holdline::ui
