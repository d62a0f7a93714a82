#pragma once

#include <QString>

#include <array>

namespace holdline::sim {

// What drives one simulated queue: demand, staffing and caller behaviour.
// Half-hour slots are indexed 0..47 from local midnight of the queue's site,
// whose clock is UTC plus utcOffsetMinutes; weekends are local too.
struct QueueProfile
{
    QString id;
    QString name;
    // A whole number of half hours, so local slots start on UTC half hours.
    int utcOffsetMinutes = 0;

    std::array<double, 48> weekdayArrivalsPerHour{};
    std::array<double, 48> weekendArrivalsPerHour{};
    std::array<int, 48> weekdayAgents{};
    std::array<int, 48> weekendAgents{};

    double handleTimeMeanSeconds = 240;   // lognormal
    double handleTimeSigma = 0.5;          // sigma of log(handle time); <= 0: every call lasts the mean
    bool exponentialHandleTimes = false;   // exponential with the mean instead (validation: M/M/n+M)
    double patienceMeanSeconds = 300;      // exponential; <= 0 means infinitely patient
    int serviceLevelSeconds = 20;          // mediaSettings.call.serviceLevel.durationMs / 1000

    // P(accept callback | announced wait w) = clamp(base + perMinute * w/60, 0, max)
    double callbackAcceptBase = 0.15;
    double callbackAcceptPerMinute = 0.08;
    double callbackAcceptMax = 0.9;

    // Behaviour the predictor does not assume (off unless asked for: see
    // withUnmodelledTraffic), so that a benchmark does not grade the model
    // against its own assumptions.
    double patienceLogSigma = 0;  // > 0: log-normal patience with the mean above, not exponential
    double breakShare = 0;        // this share of the agents is away for the middle ten minutes of each half hour

    // Accepted callbacks still waiting when the simulation starts (a busy
    // queue carries them from one day into the next); served before the
    // callbacks of the simulated day, counted in no bucket of it.
    int pendingCallbacksAtStart = 0;
};

// The profile with traffic the predictor does not assume: log-normal
// patience (sigma 1), a quarter of the agents on a break in the middle of
// every half hour, and callback acceptance that leans harder on the
// announced wait (5 % + 20 % a minute, up to 95 %). Same means, so the
// analytics still describe the same demand.
QueueProfile withUnmodelledTraffic(QueueProfile profile);

} // namespace holdline::sim
