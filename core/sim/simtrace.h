#pragma once

#include <QtGlobal>

#include <functional>

namespace holdline::sim {

// One observable step of a caller's journey, for tests and diagnostics: the
// rules of CONTRACT.md §2.4 become checkable from outside the simulation.
struct SimTraceEvent
{
    enum class Kind {
        Arrived,              // entered the queue (offered)
        AnsweredLive,         // reached an agent from the line (waitedSeconds = wait)
        Abandoned,            // hung up while waiting
        PositionOffer,        // offered a callback on joining the line
        TimeOffer,            // offered a callback after abandonmentThreshold
        CallbackAccepted,     // accepted the offer just made: left the line
        MaxHoldToCallback,    // reached maxHoldTime, left the line to a callback
        MaxHoldToVoicemail,   // reached maxHoldTime with callbacks disabled
        CallbackAnswered,     // a pending callback reached an agent
    };

    Kind kind = Kind::Arrived;
    double timeSecs = 0;       // UTC seconds since the epoch (fractional)
    quint64 contact = 0;       // 1-based serial in arrival order
    int position = 0;          // 1-based place in line, when in line
    int waiting = 0;           // callers in line at that moment (after joining, before leaving)
    double waitedSeconds = 0;  // time in line so far
    bool strategyActive = false;
    double acceptProbability = 0; // offers only
};

using SimTraceFunction = std::function<void(const SimTraceEvent &)>;

} // namespace holdline::sim
