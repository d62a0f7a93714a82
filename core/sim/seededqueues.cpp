#include "sim/seededqueues.h"

#include "sim/simrandom.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline::sim {

namespace {

enum class Traffic {
    Healthy,    // staffed for about 70-85 % occupancy
    Overloaded, // chronically short: more work than agents all day
    LunchPeak,  // a demand peak at lunch while agents take their break
    Quiet,      // a small, lightly loaded line
};

struct QueueTemplate
{
    QString name;
    QString stem;       // id: q-<stem>-NN
    QString division;
    QStringList skills;
    Traffic traffic;
    int agentsLow, agentsHigh; // peak staffing range
    double handleSeconds;
    bool roundTheClock = false;
    bool weekdaysOnly = false;
};

const QList<QueueTemplate> &catalogue()
{
    using T = Traffic;
    static const QList<QueueTemplate> list = {
        {u"Billing — Tier 1"_s, u"billing"_s, u"Customer Care"_s, {u"billing"_s}, T::Healthy, 25, 45, 300},
        {u"Technical Support — Tier 1"_s, u"techsupport"_s, u"Technical Support"_s, {u"technical"_s}, T::LunchPeak, 40, 70, 480},
        {u"Claims Intake"_s, u"claims-intake"_s, u"Claims"_s, {u"claims"_s}, T::LunchPeak, 30, 50, 480},
        {u"VIP Concierge"_s, u"vip-concierge"_s, u"Premium Services"_s, {u"vip"_s}, T::Quiet, 2, 5, 420},
        {u"Technical Support — Spanish"_s, u"techsupport-es"_s, u"Technical Support"_s, {u"technical"_s, u"spanish"_s}, T::Overloaded, 6, 12, 540},
        {u"Billing — Tier 2"_s, u"billing-t2"_s, u"Customer Care"_s, {u"billing"_s}, T::Healthy, 8, 15, 420},
        {u"Billing — Spanish"_s, u"billing-es"_s, u"Customer Care"_s, {u"billing"_s, u"spanish"_s}, T::Overloaded, 4, 8, 330},
        {u"Technical Support — Tier 2"_s, u"techsupport-t2"_s, u"Technical Support"_s, {u"technical"_s}, T::Healthy, 10, 20, 720},
        {u"Technical Support — French"_s, u"techsupport-fr"_s, u"Technical Support"_s, {u"technical"_s, u"french"_s}, T::Quiet, 3, 6, 540},
        {u"Claims Status"_s, u"claims-status"_s, u"Claims"_s, {u"claims"_s}, T::Healthy, 12, 20, 240},
        {u"Claims — Catastrophe Line"_s, u"claims-cat"_s, u"Claims"_s, {u"claims"_s, u"catastrophe"_s}, T::Overloaded, 15, 30, 600, true},
        {u"Platinum Cardholders"_s, u"platinum"_s, u"Premium Services"_s, {u"vip"_s, u"cards"_s}, T::Healthy, 6, 10, 360, true},
        {u"Sales — New Accounts"_s, u"sales-new"_s, u"Sales"_s, {u"sales"_s}, T::LunchPeak, 15, 30, 420},
        {u"Sales — Upgrades"_s, u"sales-upgrades"_s, u"Sales"_s, {u"sales"_s}, T::Healthy, 8, 14, 360},
        {u"Retention — Cancellations"_s, u"retention"_s, u"Sales"_s, {u"retention"_s}, T::Overloaded, 10, 18, 540},
        {u"Collections — Early Stage"_s, u"collections-early"_s, u"Collections"_s, {u"collections"_s}, T::Healthy, 10, 20, 300},
        {u"Collections — Late Stage"_s, u"collections-late"_s, u"Collections"_s, {u"collections"_s}, T::Quiet, 3, 6, 480, false, true},
        {u"Fraud & Security"_s, u"fraud"_s, u"Risk"_s, {u"fraud"_s}, T::Healthy, 8, 15, 420, true},
        {u"Password Reset"_s, u"password-reset"_s, u"IT Service Desk"_s, {u"it"_s}, T::Healthy, 4, 8, 150, true},
        {u"IT Service Desk"_s, u"it-servicedesk"_s, u"IT Service Desk"_s, {u"it"_s}, T::LunchPeak, 12, 25, 480},
        {u"Order Status"_s, u"order-status"_s, u"Orders"_s, {u"orders"_s}, T::Healthy, 20, 35, 180},
        {u"Returns & Exchanges"_s, u"returns"_s, u"Orders"_s, {u"orders"_s, u"returns"_s}, T::Overloaded, 12, 20, 300},
        {u"Wholesale Orders"_s, u"wholesale"_s, u"Orders"_s, {u"orders"_s, u"b2b"_s}, T::Quiet, 3, 6, 600, false, true},
        {u"Delivery Issues"_s, u"delivery"_s, u"Logistics"_s, {u"logistics"_s}, T::LunchPeak, 15, 25, 270},
        {u"Appointments — Scheduling"_s, u"appointments"_s, u"Healthcare"_s, {u"scheduling"_s}, T::LunchPeak, 20, 35, 240},
        {u"Pharmacy Refills"_s, u"pharmacy"_s, u"Healthcare"_s, {u"pharmacy"_s}, T::Healthy, 10, 18, 210},
        {u"Nurse Advice Line"_s, u"nurse-line"_s, u"Healthcare"_s, {u"clinical"_s}, T::Healthy, 6, 12, 720, true},
        {u"Patient Billing"_s, u"patient-billing"_s, u"Healthcare"_s, {u"billing"_s}, T::Overloaded, 8, 14, 420},
        {u"Mortgage Servicing"_s, u"mortgage"_s, u"Lending"_s, {u"lending"_s}, T::Healthy, 10, 18, 540, false, true},
        {u"Loan Applications"_s, u"loan-apps"_s, u"Lending"_s, {u"lending"_s, u"sales"_s}, T::LunchPeak, 8, 15, 600},
        {u"Card Activation"_s, u"card-activation"_s, u"Cards"_s, {u"cards"_s}, T::Healthy, 5, 10, 120, true},
        {u"Lost & Stolen Cards"_s, u"lost-cards"_s, u"Cards"_s, {u"cards"_s, u"fraud"_s}, T::Overloaded, 10, 18, 300, true},
        {u"Travel Bookings"_s, u"travel-bookings"_s, u"Travel"_s, {u"travel"_s}, T::Healthy, 30, 55, 540},
        {u"Travel — Disruptions"_s, u"travel-disruptions"_s, u"Travel"_s, {u"travel"_s}, T::Overloaded, 50, 80, 420, true},
        {u"Loyalty Program"_s, u"loyalty"_s, u"Marketing"_s, {u"loyalty"_s}, T::Quiet, 2, 4, 300},
        {u"Business Accounts"_s, u"business-accounts"_s, u"Commercial"_s, {u"b2b"_s}, T::Healthy, 6, 12, 480, false, true},
        {u"Utilities — Outages"_s, u"outages"_s, u"Utilities"_s, {u"outages"_s}, T::LunchPeak, 20, 40, 180, true},
        {u"Utilities — Move In/Out"_s, u"move-in-out"_s, u"Utilities"_s, {u"moves"_s}, T::Healthy, 10, 20, 360},
        {u"Government Benefits Enquiries"_s, u"benefits"_s, u"Public Sector"_s, {u"benefits"_s}, T::Overloaded, 40, 80, 540, false, true},
        {u"Student Helpdesk"_s, u"student-help"_s, u"Education"_s, {u"education"_s}, T::Quiet, 2, 4, 360},
    };
    return list;
}

// The sites queues are spread over, in turn (so q-billing-01, the first, and
// q-vip-01, the fourth, are in Europe). Whole half hours, and fixed: the
// sandbox's sites keep no daylight-saving time.
constexpr int siteOffsetsMinutes[] = {0, -300, 480, 60, -480, 330, -180, 600};

// Relative weekday demand per half-hour (local): opens 07:00, peaks mid-morning
// and mid-afternoon, closes 20:00; round-the-clock lines keep a night trickle.
double demandShape(int slot, bool roundTheClock, bool lunchPeak)
{
    const double hour = slot / 2.0;
    double v = 0;
    if (hour >= 7 && hour < 20) {
        const double morning = std::exp(-0.5 * std::pow((hour - 10.5) / 1.8, 2));
        const double afternoon = 0.85 * std::exp(-0.5 * std::pow((hour - 15) / 2.0, 2));
        v = 0.25 + 0.75 * std::max(morning, afternoon);
        if (lunchPeak && hour >= 11.5 && hour < 14)
            v *= 1.6;
    }
    if (roundTheClock)
        v = std::max(v, 0.15);
    return v;
}

// Agents follow forecast demand, except that lunch breaks thin them out.
double staffShape(int slot, bool roundTheClock)
{
    const double hour = slot / 2.0;
    double v = demandShape(slot, roundTheClock, false);
    if (hour >= 12 && hour < 13.5)
        v *= 0.85;
    return v;
}

QString describe(const QueueTemplate &t, int utcOffsetMinutes)
{
    QString s;
    switch (t.traffic) {
    case Traffic::Healthy: s = u"Comfortably staffed"_s; break;
    case Traffic::Overloaded: s = u"Chronically understaffed"_s; break;
    case Traffic::LunchPeak: s = u"Busy at lunchtime, when agents take their break"_s; break;
    case Traffic::Quiet: s = u"A small, quiet line"_s; break;
    }
    s += t.roundTheClock ? u", open around the clock"_s
                         : u", open 07:00–20:00 local time (%1)"_s.arg(utcOffsetName(utcOffsetMinutes));
    if (t.weekdaysOnly)
        s += u", closed at weekends"_s;
    return s + u'.';
}

SimStrategy initialStrategy(SimRandom &rng, int peakAgents)
{
    // Most queues within the baseline 300 s mandate, a third not: a tenant
    // with something to fix, not one where nearly everything is blocked.
    static const int abandonment[] = {0, 60, 90, 120, 180, 240, 300};
    static const int maxHold[] = {180, 240, 300, 600, 900};
    SimStrategy s;
    s.positionThreshold = std::clamp(int(std::lround(peakAgents * (0.15 + 0.35 * rng.uniform()))), 2, 30);
    s.callbackEnabled = rng.uniform() < 0.8;
    s.callbackPositionThreshold = std::clamp(int(std::lround(s.positionThreshold * (0.4 + 0.6 * rng.uniform()))), 1,
                                             s.positionThreshold);
    s.abandonmentThreshold = abandonment[rng.between(0, 6)];
    s.maxHoldTime = maxHold[rng.between(0, 4)];
    if (s.maxHoldTime <= s.abandonmentThreshold)
        s.abandonmentThreshold = s.maxHoldTime / 2; // keep the time offer reachable
    return s;
}

SeededQueue makeQueue(const QueueTemplate &t, int index, int round, SimRandom &rng)
{
    SeededQueue q;
    QueueProfile &p = q.profile;
    p.id = u"q-"_s + t.stem + u'-' + QString::number(round + 1).rightJustified(2, u'0');
    p.name = round == 0 ? t.name : t.name + u" ("_s + QString::number(round + 1) + u')';
    p.utcOffsetMinutes = siteOffsetsMinutes[index % std::size(siteOffsetsMinutes)];
    q.hours.roundTheClock = t.roundTheClock;
    q.hours.weekends = !t.weekdaysOnly;
    q.divisionName = t.division;
    q.skills = t.skills;
    q.description = describe(t, p.utcOffsetMinutes);

    const int peakAgents = std::clamp(rng.between(t.agentsLow, t.agentsHigh), 2, 80);
    p.handleTimeMeanSeconds = std::round(t.handleSeconds * (0.85 + 0.3 * rng.uniform()));
    p.handleTimeSigma = 0.45 + 0.3 * rng.uniform();
    p.patienceMeanSeconds = std::round(150 + 300 * rng.uniform());
    static const int serviceLevels[] = {20, 20, 30, 60};
    p.serviceLevelSeconds = serviceLevels[rng.between(0, 3)];
    p.callbackAcceptBase = 0.1 + 0.1 * rng.uniform();
    p.callbackAcceptPerMinute = 0.05 + 0.06 * rng.uniform();
    p.callbackAcceptMax = 0.8 + 0.15 * rng.uniform();

    double occupancy = 0; // offered load / agents at the forecast peak
    switch (t.traffic) {
    case Traffic::Healthy: occupancy = 0.70 + 0.15 * rng.uniform(); break;
    case Traffic::Overloaded: occupancy = 1.02 + 0.2 * rng.uniform(); break;
    case Traffic::LunchPeak: occupancy = 0.72 + 0.1 * rng.uniform(); break;
    case Traffic::Quiet: occupancy = 0.45 + 0.2 * rng.uniform(); break;
    }
    const double peakPerHour = occupancy * peakAgents * 3600.0 / p.handleTimeMeanSeconds;
    const double weekendDemand = t.weekdaysOnly ? 0.0 : 0.25 + 0.3 * rng.uniform();
    const bool lunch = t.traffic == Traffic::LunchPeak;
    for (int slot = 0; slot < 48; ++slot) {
        const double demand = demandShape(slot, t.roundTheClock, lunch);
        const double staff = staffShape(slot, t.roundTheClock);
        p.weekdayArrivalsPerHour[slot] = std::round(peakPerHour * demand * 10) / 10;
        p.weekendArrivalsPerHour[slot] = std::round(peakPerHour * demand * weekendDemand * 10) / 10;
        const int agents = staff > 0 ? std::max(1, int(std::lround(peakAgents * staff))) : 0;
        p.weekdayAgents[slot] = agents;
        p.weekendAgents[slot] = weekendDemand > 0 && staff > 0
            ? std::max(1, int(std::lround(peakAgents * staff * weekendDemand)))
            : 0;
    }
    q.initialStrategy = initialStrategy(rng, peakAgents);
    return q;
}

} // namespace

QString utcOffsetName(int minutes)
{
    const QChar sign = minutes < 0 ? u'-' : u'+';
    const int m = std::abs(minutes);
    return u"UTC%1%2:%3"_s.arg(sign).arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QList<SeededQueue> makeSeededQueues(int count, quint64 seed)
{
    QList<SeededQueue> queues;
    const QList<QueueTemplate> &list = catalogue();
    SimRandom rng(seed, 0x5EEDED);
    for (int i = 0; i < count; ++i)
        queues.append(makeQueue(list[i % list.size()], i, i / int(list.size()), rng));
    return queues;
}

} // namespace holdline::sim
