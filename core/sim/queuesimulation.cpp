#include "sim/queuesimulation.h"

#include "sim/callbackqueue.h"
#include "sim/callerline.h"
#include "sim/eventheap.h"
#include "sim/simcalendar.h"
#include "sim/simrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace holdline::sim {

namespace {
constexpr double never = std::numeric_limits<double>::infinity();

// One stream per kind of draw: arrivals never depend on what happened to
// earlier callers, and every caller makes the same draws whatever the strategy.
enum Stream : quint64 { ArrivalStream = 1, PatienceStream, HandleStream, AcceptStream };
} // namespace

struct QueueSimulation::Impl
{
    QueueProfile profile;
    SimStrategy strategy;
    qint64 origin = 0;          // startSecs; event times are relative to it
    qint64 firstBucketStart = 0;
    qint64 now = 0;             // absolute, whole seconds

    SimRandom arrivals, patience, handles, accept;
    double maxRate = 0;         // arrivals per second, for thinning
    double nextArrival = never;
    double nextSlot = 0;        // relative time of the next staffing step

    CallerLine line;
    CallbackQueue callbacks;
    EventHeap events;
    int staffed = 0;
    int busy = 0;
    quint64 serials = 0;

    std::vector<BucketMetrics> buckets;
    SimTraceFunction trace;

    void seedStreams(quint64 seed)
    {
        arrivals = SimRandom(seed, ArrivalStream);
        patience = SimRandom(seed, PatienceStream);
        handles = SimRandom(seed, HandleStream);
        accept = SimRandom(seed, AcceptStream);
    }

    double absolute(double t) const { return double(origin) + t; }
    int bucketOf(double t) const { return int((absolute(t) - double(firstBucketStart)) / bucketSeconds); }

    // Lewis–Shedler thinning against the profile's highest rate.
    double arrivalAfter(double t)
    {
        if (maxRate <= 0)
            return never;
        for (;;) {
            t += arrivals.exponential(1.0 / maxRate);
            if (arrivals.uniform() * maxRate < SimCalendar::arrivalsPerSecondAt(profile, absolute(t)))
                return t;
        }
    }

    double drawHandle()
    {
        const double mean = std::max(1.0, profile.handleTimeMeanSeconds);
        if (profile.exponentialHandleTimes)
            return handles.exponential(mean);
        if (profile.handleTimeSigma <= 0) {
            handles.normal(); // keep the stream aligned across profiles
            return mean;
        }
        return handles.lognormalWithMean(mean, profile.handleTimeSigma);
    }

    double acceptProbability(int position) const
    {
        const double announced = position * profile.handleTimeMeanSeconds / std::max(1, staffed);
        const double p = profile.callbackAcceptBase + profile.callbackAcceptPerMinute * announced / 60.0;
        return std::clamp(p, 0.0, std::max(0.0, profile.callbackAcceptMax));
    }

    bool active(int waitingCount) const { return waitingCount > strategy.positionThreshold; }
    bool timeOffersOn() const { return strategy.callbackEnabled && strategy.abandonmentThreshold > 0; }

    void note(SimTraceEvent::Kind kind, double t, quint64 serial, int position, double waited, double p = 0)
    {
        if (!trace)
            return;
        SimTraceEvent e;
        e.kind = kind;
        e.timeSecs = absolute(t);
        e.contact = serial;
        e.position = position;
        e.waiting = line.waiting();
        e.waitedSeconds = waited;
        e.strategyActive = active(line.waiting());
        e.acceptProbability = p;
        trace(e);
    }

    void startService(double t, double handle, int bucket)
    {
        ++busy;
        buckets[bucket].answered++;
        buckets[bucket].handleSecondsSum += handle;
        events.push({t + handle, 0});
    }

    void answerLive(double t, double arrival, double handle, int bucket, quint64 serial)
    {
        BucketMetrics &b = buckets[bucket];
        const double wait = t - arrival;
        b.answeredLive++;
        b.liveWaitSecondsSum += wait;
        b.lineWaitSecondsSum += wait;
        if (wait <= profile.serviceLevelSeconds)
            b.answeredLiveWithinServiceLevel++;
        startService(t, handle, bucket);
        note(SimTraceEvent::Kind::AnsweredLive, t, serial, 1, wait);
    }

    // Free agents take the line first, then pending callbacks.
    void dispatch(double t)
    {
        while (busy < staffed) {
            if (const LineCaller *c = line.head()) {
                const quint64 seq = line.headSeq();
                answerLive(t, c->arrival, c->handle, c->bucket, c->serial); // traced while still in line
                line.leave(seq);
            } else if (!callbacks.empty()) {
                const PendingCallback cb = callbacks.pop();
                if (cb.accepted)
                    buckets[cb.bucket].callbacksCompleted++;
                startService(t, cb.handle, cb.bucket);
                note(SimTraceEvent::Kind::CallbackAnswered, t, cb.serial, 0, 0);
            } else {
                break;
            }
        }
    }

    void arrive(double t)
    {
        const quint64 serial = ++serials;
        // Every caller makes the same draws, whatever then happens to them.
        const double patienceDraw = profile.patienceLogSigma > 0 ? patience.lognormalWithMean(1.0, profile.patienceLogSigma)
                                                                 : patience.exponential(1.0);
        const double patienceSecs = profile.patienceMeanSeconds > 0 ? patienceDraw * profile.patienceMeanSeconds : never;
        const double handle = drawHandle();
        const double uPosition = accept.uniform();
        const double uTime = accept.uniform();

        const int bucket = bucketOf(t);
        buckets[bucket].offered++;
        note(SimTraceEvent::Kind::Arrived, t, serial, 0, 0);

        if (busy < staffed) { // an agent is free, so nobody waits
            Q_ASSERT(line.waiting() == 0);
            answerLive(t, t, handle, bucket, serial);
            return;
        }
        const int position = line.waiting() + 1;
        if (active(position) && strategy.callbackEnabled && position > strategy.callbackPositionThreshold) {
            const double p = acceptProbability(position);
            buckets[bucket].callbacksOffered++;
            noteJoining(SimTraceEvent::Kind::PositionOffer, t, serial, position, p);
            if (uPosition < p) {
                buckets[bucket].callbacksAccepted++;
                callbacks.push({handle, bucket, serial, true});
                noteJoining(SimTraceEvent::Kind::CallbackAccepted, t, serial, position, p);
                return;
            }
        }
        const quint64 seq = line.push({t, handle, uTime, serial, bucket, true});
        if (patienceSecs < never)
            events.push({t + patienceSecs, seq + 1});
    }

    // The joining caller is counted as waiting in the trace.
    void noteJoining(SimTraceEvent::Kind kind, double t, quint64 serial, int position, double p)
    {
        if (!trace)
            return;
        SimTraceEvent e;
        e.kind = kind;
        e.timeSecs = absolute(t);
        e.contact = serial;
        e.position = position;
        e.waiting = position;
        e.strategyActive = active(position);
        e.acceptProbability = p;
        trace(e);
    }

    void abandon(double t, quint64 seq)
    {
        LineCaller *c = line.find(seq);
        if (!c || !c->waiting)
            return; // answered or gone already
        BucketMetrics &b = buckets[c->bucket];
        const double waited = t - c->arrival;
        b.abandoned++;
        b.abandonedWaitSecondsSum += waited;
        b.lineWaitSecondsSum += waited;
        note(SimTraceEvent::Kind::Abandoned, t, c->serial, 0, waited);
        line.leave(seq);
    }

    void maxHoldExit(double t)
    {
        const quint64 seq = line.headSeq();
        const LineCaller c = *line.head();
        const double waited = t - c.arrival;
        BucketMetrics &b = buckets[c.bucket];
        b.maxHoldExits++;
        b.lineWaitSecondsSum += waited;
        note(strategy.callbackEnabled ? SimTraceEvent::Kind::MaxHoldToCallback : SimTraceEvent::Kind::MaxHoldToVoicemail,
             t, c.serial, 1, waited);
        line.leave(seq);
        if (strategy.callbackEnabled)
            callbacks.push({c.handle, c.bucket, c.serial, false});
    }

    void timeOffer(double t)
    {
        LineCaller *c = line.cursor();
        const quint64 seq = line.cursorSeq();
        const int position = line.cursorPosition();
        line.passCursor();
        if (!active(line.waiting()))
            return; // checked once, at the threshold: no offer while inactive
        const double p = acceptProbability(position);
        const double waited = t - c->arrival;
        BucketMetrics &b = buckets[c->bucket];
        b.callbacksOffered++;
        note(SimTraceEvent::Kind::TimeOffer, t, c->serial, position, waited, p);
        if (c->uTime < p) {
            b.callbacksAccepted++;
            b.lineWaitSecondsSum += waited;
            note(SimTraceEvent::Kind::CallbackAccepted, t, c->serial, position, waited, p);
            callbacks.push({c->handle, c->bucket, c->serial, true});
            line.leave(seq);
        }
    }

    void run(double end);
    void accumulateStaffing(qint64 from, qint64 to);
    void ensureBuckets(qint64 until);
};

void QueueSimulation::Impl::run(double end)
{
    enum Next { Slot, Heap, MaxHold, TimeOffer, Arrival };
    for (;;) {
        // The line's two deadlines follow arrival order, so they need no heap entries.
        double t = nextSlot;
        Next next = Slot;
        if (!events.empty() && events.top().time < t)
            t = events.top().time, next = Heap;
        if (strategy.maxHoldTime > 0) {
            if (const LineCaller *h = line.head(); h && h->arrival + strategy.maxHoldTime < t)
                t = h->arrival + strategy.maxHoldTime, next = MaxHold;
        }
        if (timeOffersOn()) {
            if (const LineCaller *c = line.cursor(); c && c->arrival + strategy.abandonmentThreshold < t)
                t = c->arrival + strategy.abandonmentThreshold, next = TimeOffer;
        }
        if (nextArrival < t)
            t = nextArrival, next = Arrival;
        // A strategy change can make a deadline past: it falls due now.
        const double nowRel = double(now - origin);
        t = std::max(t, std::min(nowRel, end));
        // An arrival exactly at `end` waits for the next call: its bucket starts there.
        if (t > end || (next == Arrival && t == end))
            return;
        switch (next) {
        case Slot:
            staffed = SimCalendar::agentsAt(profile, origin + qint64(std::llround(t)));
            nextSlot = t + SimCalendar::staffingStepSeconds;
            dispatch(t);
            break;
        case Heap: {
            const SimEvent e = events.pop();
            if (e.ref == 0) {
                --busy;
                dispatch(t);
            } else {
                abandon(t, e.ref - 1);
            }
            break;
        }
        case MaxHold:
            maxHoldExit(t);
            break;
        case TimeOffer:
            timeOffer(t);
            break;
        case Arrival:
            arrive(t);
            nextArrival = arrivalAfter(t);
            break;
        }
    }
}

void QueueSimulation::Impl::ensureBuckets(qint64 until)
{
    while (firstBucketStart + qint64(buckets.size()) * bucketSeconds < until) {
        BucketMetrics b;
        b.startSecs = firstBucketStart + qint64(buckets.size()) * bucketSeconds;
        buckets.push_back(b);
    }
}

// Staffing is constant within a bucket (its steps of ten minutes are whole buckets).
void QueueSimulation::Impl::accumulateStaffing(qint64 from, qint64 to)
{
    while (from < to) {
        const std::size_t i = std::size_t((from - firstBucketStart) / bucketSeconds);
        const qint64 pieceEnd = std::min(to, buckets[i].startSecs + bucketSeconds);
        buckets[i].agentSecondsStaffed += double(SimCalendar::agentsAt(profile, from)) * double(pieceEnd - from);
        from = pieceEnd;
    }
}

QueueSimulation::QueueSimulation() = default;

QueueSimulation::QueueSimulation(QueueProfile profile, SimStrategy strategy, quint64 seed, qint64 startSecs)
    : d(std::make_unique<Impl>())
{
    d->profile = std::move(profile);
    d->strategy = strategy;
    d->origin = d->now = startSecs;
    d->firstBucketStart = SimCalendar::floorDiv(startSecs, bucketSeconds) * bucketSeconds;
    d->seedStreams(seed);
    d->maxRate = SimCalendar::maxArrivalsPerSecond(d->profile);
    d->staffed = SimCalendar::agentsAt(d->profile, startSecs);
    const qint64 step = SimCalendar::staffingStepSeconds;
    d->nextSlot = double(SimCalendar::floorDiv(startSecs, step) * step + step - startSecs);
    d->nextArrival = d->arrivalAfter(0);
    if (d->profile.pendingCallbacksAtStart > 0) {
        // Credited to the first bucket, which a prediction's warm-up keeps out of its window.
        d->ensureBuckets(d->firstBucketStart + bucketSeconds);
        for (int i = 0; i < d->profile.pendingCallbacksAtStart; ++i)
            d->callbacks.push({d->profile.handleTimeMeanSeconds, 0, ++d->serials, false});
        d->dispatch(0);
    }
}

QueueSimulation::~QueueSimulation() = default;

const QueueProfile &QueueSimulation::profile() const { return d->profile; }
SimStrategy QueueSimulation::strategy() const { return d->strategy; }
void QueueSimulation::setStrategy(const SimStrategy &strategy) { d->strategy = strategy; }
void QueueSimulation::setServiceLevelSeconds(int seconds) { d->profile.serviceLevelSeconds = seconds; }

void QueueSimulation::runUntil(qint64 secs)
{
    if (secs <= d->now)
        return;
    d->ensureBuckets(secs);
    d->accumulateStaffing(d->now, secs);
    d->run(double(secs - d->origin));
    d->now = secs;
}

qint64 QueueSimulation::now() const { return d->now; }
qint64 QueueSimulation::startSecs() const { return d->origin; }
const std::vector<BucketMetrics> &QueueSimulation::buckets() const { return d->buckets; }

std::span<const BucketMetrics> QueueSimulation::bucketsBetween(qint64 fromSecs, qint64 toSecs) const
{
    const auto index = [this](qint64 secs) {
        const qint64 i = SimCalendar::floorDiv(secs - d->firstBucketStart + bucketSeconds - 1, bucketSeconds);
        return std::size_t(std::clamp<qint64>(i, 0, qint64(d->buckets.size())));
    };
    const std::size_t from = index(fromSecs);
    const std::size_t to = std::max(from, index(toSecs));
    return std::span<const BucketMetrics>(d->buckets).subspan(from, to - from);
}

int QueueSimulation::waitingNow() const { return d->line.waiting(); }
int QueueSimulation::callbacksPendingNow() const { return d->callbacks.size(); }
int QueueSimulation::agentsBusyNow() const { return d->busy; }
int QueueSimulation::agentsStaffedNow() const { return d->staffed; }
bool QueueSimulation::strategyActiveNow() const { return d->active(d->line.waiting()); }
quint64 QueueSimulation::contactsArrived() const { return d->serials; }

std::unique_ptr<QueueSimulation> QueueSimulation::clone() const
{
    std::unique_ptr<QueueSimulation> copy(new QueueSimulation);
    copy->d = std::make_unique<Impl>(*d);
    copy->d->trace = nullptr;
    return copy;
}

void QueueSimulation::reseedFuture(quint64 seed)
{
    d->seedStreams(seed);
    d->nextArrival = d->arrivalAfter(double(d->now - d->origin)); // memoryless: exact
}

void QueueSimulation::setTrace(SimTraceFunction trace) { d->trace = std::move(trace); }

} // namespace holdline::sim
