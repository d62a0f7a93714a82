#pragma once

#include "sim/queueprofile.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace holdline::sim {

// The profile's half-hour schedule on its site's local calendar: weekdays use
// the weekday arrays, Saturday and Sunday the weekend ones. Times are UTC
// seconds; the profile's offset makes them local.
struct SimCalendar
{
    static constexpr qint64 slotSeconds = 1800;
    // Staffing may change within a half hour (breaks): read it this often.
    static constexpr qint64 staffingStepSeconds = 600;
    static constexpr qint64 daySeconds = 86400;

    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
    static bool isWeekend(qint64 secs)
    {
        const qint64 day = floorDiv(secs, daySeconds);
        const qint64 dow = ((day + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; 0 = Monday
        return dow >= 5;
    }
    static int slotOf(qint64 secs) { return int((secs - floorDiv(secs, daySeconds) * daySeconds) / slotSeconds); }

    static qint64 localSecs(const QueueProfile &p, qint64 utcSecs) { return utcSecs + qint64(p.utcOffsetMinutes) * 60; }

    static int agentsAt(const QueueProfile &p, qint64 utcSecs)
    {
        const qint64 secs = localSecs(p, utcSecs);
        const int slot = slotOf(secs);
        const int scheduled = std::max(0, isWeekend(secs) ? p.weekendAgents[slot] : p.weekdayAgents[slot]);
        if (p.breakShare <= 0)
            return scheduled;
        const qint64 intoSlot = secs - floorDiv(secs, slotSeconds) * slotSeconds;
        const bool onBreak = intoSlot >= staffingStepSeconds && intoSlot < 2 * staffingStepSeconds;
        return onBreak ? scheduled - int(std::lround(scheduled * p.breakShare)) : scheduled;
    }
    static double arrivalsPerSecondAt(const QueueProfile &p, double utcSecs)
    {
        const qint64 s = localSecs(p, qint64(std::floor(utcSecs)));
        const int slot = slotOf(s);
        return std::max(0.0, isWeekend(s) ? p.weekendArrivalsPerHour[slot] : p.weekdayArrivalsPerHour[slot]) / 3600.0;
    }
    static double maxArrivalsPerSecond(const QueueProfile &p)
    {
        double m = 0;
        for (int i = 0; i < 48; ++i)
            m = std::max({m, p.weekdayArrivalsPerHour[i], p.weekendArrivalsPerHour[i]});
        return m / 3600.0;
    }
};

} // namespace holdline::sim
