#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace holdline {

// When a queue takes calls: a weekly schedule on its site's local clock, read
// from the queue object's optional `hoursOfOperation` (tenant data, the shape
// of a CXone hours-of-operation profile; the sandbox sends it). Lets the list
// say "closed — opens 07:00 local" instead of an unexplained "—".
class OpeningHours
{
public:
    // Local minutes of the day, [open, close); close may be 24:00.
    struct Span
    {
        int openMinute = 0;
        int closeMinute = 0;
    };

    // The member `hoursOfOperation` of a queue object. Nothing when the
    // queue has none; an error (and nothing) when it is malformed, so that a
    // tenant's odd data never shows a wrong "closed".
    static std::optional<OpeningHours> fromQueue(const QJsonObject &queue, QString *error = nullptr);

    int utcOffsetMinutes() const { return m_utcOffsetMinutes; }
    QString timeZoneName() const { return m_timeZoneName; }
    bool isRoundTheClock() const;

    bool isOpenAt(const QDateTime &utc) const;
    // The next opening strictly after `utc` (within a week), as local time
    // with the site's offset; invalid when the schedule never opens.
    QDateTime nextOpening(const QDateTime &utc) const;
    QDateTime toLocal(const QDateTime &utc) const;

private:
    int m_utcOffsetMinutes = 0;
    QString m_timeZoneName;
    std::array<std::optional<Span>, 7> m_days; // Monday first
};

} // namespace holdline
