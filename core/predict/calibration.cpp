#include "predict/calibration.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline::predict {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)
};

constexpr qint64 slotSeconds = 1800;
constexpr qint64 daySeconds = 86400;

// Sums that rebuild a window's metrics from records of any length.
struct Totals
{
    double seconds = 0, staffedSeconds = 0;
    double offered = 0, answered = 0, abandoned = 0, exits = 0;
    double callbacksCompleted = 0;
    double answeredLive = 0, liveWaitSum = 0, handleSum = 0, agentSeconds = 0;

    void add(const Calibrator::Values &v, qint64 windowSeconds, bool callbacksEnabled)
    {
        const auto get = [&v](const QString &name) { return v.value(name).value_or(0.0); };
        seconds += double(windowSeconds);
        offered += get(u"queue.offered"_s);
        const double answeredHere = get(u"queue.answered"_s);
        answered += answeredHere;
        abandoned += get(u"queue.abandonCount"_s);
        const double exitsHere = get(u"queue.maxHoldExits"_s);
        exits += exitsHere;
        const double completed = get(u"queue.callbacksCompleted"_s);
        callbacksCompleted += completed;
        // Answered live: the answered minus completed callbacks, and minus the
        // max-hold exits that became callbacks (not in callbacksCompleted).
        const double live = std::max(0.0, answeredHere - completed - (callbacksEnabled ? exitsHere : 0.0));
        answeredLive += live;
        liveWaitSum += live * get(u"queue.averageWaitTime"_s);
        handleSum += answeredHere * get(u"queue.averageHandleTime"_s);
        if (const auto agents = v.value(u"queue.agentsStaffed"_s)) {
            agentSeconds += *agents * double(windowSeconds);
            staffedSeconds += double(windowSeconds);
        }
    }
};

Calibration fromTotals(const Totals &t, qint64 windowSeconds, const WaitStrategy &strategy, int serviceLevelSeconds)
{
    Calibration c;
    c.windowSeconds = windowSeconds;
    c.serviceLevelSeconds = serviceLevelSeconds;
    c.offered = int(std::lround(t.offered));
    c.abandoned = int(std::lround(t.abandoned));
    const double hours = double(windowSeconds) / 3600.0;
    c.arrivalsPerHour = hours > 0 ? t.offered / hours : 0;
    c.agents = t.staffedSeconds > 0 ? t.agentSeconds / t.staffedSeconds : 0;
    if (t.answered > 0 && t.handleSum > 0) {
        c.handleSeconds = t.handleSum / t.answered;
    } else {
        c.handleSeconds = Calibrator::fallbackHandleSeconds;
        c.notes << Text::tr("No answered contacts: handle time assumed %1 s.").arg(Calibrator::fallbackHandleSeconds);
    }

    if (c.offered == 0) {
        c.confidence = Calibration::Confidence::None;
        c.patienceSeconds = Calibrator::fallbackPatienceSeconds;
        c.notes << Text::tr("No contacts in the window: nothing to calibrate from.");
        return c;
    }
    c.confidence = Calibration::Confidence::Good;
    if (c.offered < Calibrator::minOffered) {
        c.confidence = Calibration::Confidence::Thin;
        c.notes << Text::tr("Only %1 contacts in the window: rates are rough; widen the window.").arg(c.offered);
    }

    // Time spent in line by everybody; abandoners are taken to have waited as
    // long as the answered did on average (their own waits are not reported).
    const double meanLiveWait = t.answeredLive > 0 ? t.liveWaitSum / t.answeredLive : 0;
    const double maxHold = strategy.maxHoldTime > 0 ? double(strategy.maxHoldTime) : 0;
    const double inLine = t.liveWaitSum + t.exits * maxHold + t.abandoned * meanLiveWait;
    if (c.abandoned == 0) {
        // No abandonment says patience is long, not how long: as if one had.
        c.patienceSeconds = std::max(Calibrator::fallbackPatienceSeconds, inLine);
        c.confidence = Calibration::Confidence::Thin;
        c.notes << Text::tr("No abandonments in the window: mean patience assumed %1 s.")
                       .arg(std::lround(c.patienceSeconds));
    } else if (inLine <= 0) {
        c.patienceSeconds = Calibrator::fallbackPatienceSeconds;
        c.confidence = Calibration::Confidence::Thin;
        c.notes << Text::tr("Callers abandoned but no waiting was reported: mean patience assumed %1 s.")
                       .arg(Calibrator::fallbackPatienceSeconds);
    } else {
        c.patienceSeconds = inLine / t.abandoned;
        if (c.abandoned < Calibrator::minAbandoned) {
            c.confidence = Calibration::Confidence::Thin;
            c.notes << Text::tr("Only %1 abandonments: mean patience (%2 s) is rough.")
                           .arg(c.abandoned)
                           .arg(std::lround(c.patienceSeconds));
        }
    }
    return c;
}

} // namespace

QString confidenceName(Calibration::Confidence confidence)
{
    switch (confidence) {
    case Calibration::Confidence::Good: return u"good"_s;
    case Calibration::Confidence::Thin: return u"thin"_s;
    case Calibration::Confidence::None: return u"none"_s;
    }
    return {};
}

QStringList calibrationMetrics()
{
    return {u"queue.offered"_s,         u"queue.answered"_s,           u"queue.abandonCount"_s,
            u"queue.averageWaitTime"_s, u"queue.averageHandleTime"_s,  u"queue.agentsStaffed"_s,
            u"queue.maxHoldExits"_s,    u"queue.callbacksCompleted"_s, u"queue.answerRate"_s,
            u"queue.serviceLevel"_s};
}

sim::ErlangInput Calibration::erlangInput() const
{
    sim::ErlangInput in;
    in.arrivalsPerHour = arrivalsPerHour;
    in.handleSeconds = handleSeconds;
    in.agents = int(std::lround(agents));
    in.patienceSeconds = patienceSeconds;
    in.serviceLevelSeconds = serviceLevelSeconds;
    return in;
}

sim::ErlangResult Calibration::erlang() const
{
    return sim::erlangAFractional(erlangInput(), agents);
}

sim::QueueProfile Calibration::profile() const
{
    sim::QueueProfile p;
    p.id = u"q-predicted"_s;
    p.name = u"Predicted"_s;
    if (hasTimeOfDay()) {
        for (std::size_t i = 0; i < 48; ++i) {
            p.weekdayArrivalsPerHour[i] = p.weekendArrivalsPerHour[i] = slotArrivalsPerHour[i];
            p.weekdayAgents[i] = p.weekendAgents[i] = slotAgents[i];
        }
    } else {
        p.weekdayArrivalsPerHour.fill(arrivalsPerHour);
        p.weekendArrivalsPerHour.fill(arrivalsPerHour);
        const int n = agents > 0 ? std::max(1, int(std::lround(agents))) : 0;
        p.weekdayAgents.fill(n);
        p.weekendAgents.fill(n);
    }
    p.handleTimeMeanSeconds = handleSeconds;
    p.handleTimeSigma = handleTimeSigma;
    p.patienceMeanSeconds = patienceSeconds;
    p.serviceLevelSeconds = serviceLevelSeconds;
    p.callbackAcceptBase = callbackAcceptBase;
    p.callbackAcceptPerMinute = callbackAcceptPerMinute;
    p.callbackAcceptMax = callbackAcceptMax;
    p.pendingCallbacksAtStart = pendingCallbacks;
    return p;
}

Calibration Calibrator::fromSummary(const Values &values, qint64 windowSeconds, const WaitStrategy &strategy,
                                    int serviceLevelSeconds)
{
    Totals t;
    t.add(values, windowSeconds, strategy.callbackEnabled);
    return fromTotals(t, windowSeconds, strategy, serviceLevelSeconds);
}

Calibration Calibrator::fromSeries(const QList<Bucket> &buckets, qint64 bucketSeconds, const WaitStrategy &strategy,
                                   int serviceLevelSeconds)
{
    Totals all;
    std::array<double, 48> slotOffered{}, slotCovered{}, slotAgentSeconds{};
    for (const Bucket &b : buckets) {
        all.add(b.values, bucketSeconds, strategy.callbackEnabled);
        if (!b.start.isValid())
            continue;
        // A bucket may span several slots (PT1H) or a part of one (PT5M).
        const qint64 start = b.start.toSecsSinceEpoch();
        const double offered = b.values.value(u"queue.offered"_s).value_or(0.0);
        const std::optional<double> agents = b.values.value(u"queue.agentsStaffed"_s);
        for (qint64 s = start; s < start + bucketSeconds;) {
            const qint64 slotStart = s - ((s % slotSeconds) + slotSeconds) % slotSeconds;
            const qint64 piece = std::min(start + bucketSeconds, slotStart + slotSeconds) - s;
            const auto slot = std::size_t((((slotStart % daySeconds) + daySeconds) % daySeconds) / slotSeconds);
            const double share = double(piece) / double(bucketSeconds);
            slotOffered[slot] += offered * share;
            slotCovered[slot] += double(piece);
            slotAgentSeconds[slot] += agents.value_or(0.0) * double(piece); // null: nobody staffed
            s += piece;
        }
    }
    Calibration c = fromTotals(all, qint64(buckets.size()) * bucketSeconds, strategy, serviceLevelSeconds);
    const bool wholeDay = std::all_of(slotCovered.begin(), slotCovered.end(), [](double s) { return s > 0; });
    if (wholeDay && c.confidence != Calibration::Confidence::None) {
        c.slotArrivalsPerHour.resize(48);
        c.slotAgents.resize(48);
        for (std::size_t i = 0; i < 48; ++i) {
            c.slotArrivalsPerHour[i] = slotOffered[i] / slotCovered[i] * 3600.0;
            c.slotAgents[i] = int(std::lround(slotAgentSeconds[i] / slotCovered[i]));
        }
    } else if (!buckets.isEmpty()) {
        c.notes << Text::tr("The window does not cover a whole day: no time-of-day profile, means used around the clock.");
    }
    return c;
}

} // namespace holdline::predict
