#pragma once

#include "model/waitstrategy.h"
#include "sim/erlang.h"
#include "sim/queueprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace holdline::predict {

// What a queue's recent metrics say about its demand, staffing and callers:
// the inputs of Erlang A and of the simulation.
struct Calibration
{
    enum class Confidence {
        Good, // enough contacts and abandonments to estimate every input
        Thin, // few contacts or abandonments: some inputs are rough or assumed
        None, // no contacts in the window: nothing was measured
    };

    double arrivalsPerHour = 0;
    double handleSeconds = 300;     // AHT
    double agents = 0;              // mean staffed over the window (decimal)
    double patienceSeconds = 300;   // mean; <= 0: nobody abandons
    int serviceLevelSeconds = 20;   // the queue's service-level duration
    qint64 windowSeconds = 0;
    int offered = 0;
    int abandoned = 0;
    Confidence confidence = Confidence::None;
    QStringList notes;              // for people: what was assumed, and why
    // Accepted callbacks not yet completed at the window's end (from a
    // look-back over several days): a busy queue starts the next day with them.
    int pendingCallbacks = 0;

    // Time of day, when calibrated from a series: per half-hour slot 0..47 of
    // the UTC day, the measured arrivals per hour and agents. Empty otherwise.
    std::vector<double> slotArrivalsPerHour;
    std::vector<int> slotAgents;

    // Not observable in aggregate metrics; typical values (the sandbox's centre).
    double handleTimeSigma = 0.6;   // lognormal handle times
    double callbackAcceptBase = 0.15;
    double callbackAcceptPerMinute = 0.08;
    double callbackAcceptMax = 0.9;

    bool hasTimeOfDay() const { return slotArrivalsPerHour.size() == 48 && slotAgents.size() == 48; }
    // Erlang A with the window's means (fractional agents: erlangAFractional).
    sim::ErlangInput erlangInput() const;
    sim::ErlangResult erlang() const;
    // A simulation profile: the time-of-day shape when known (every day
    // alike), else the means flat around the clock; it starts with the
    // pending callbacks.
    sim::QueueProfile profile() const;
};

QString confidenceName(Calibration::Confidence confidence); // "good", "thin", "none"

// The metrics a calibration reads (CONTRACT.md §3), for an analytics query.
QStringList calibrationMetrics();

// Estimates a Calibration from metrics. Patience comes from the identity of
// exponential patience, abandonments = theta x time spent in line
// (P(abandon) ~ E[wait] / mean patience), with the time in line rebuilt from
// the answered-live waits, the max-hold exits (each waited maxHoldTime) and
// the abandoners (assumed to have waited as long as the answered on average).
class Calibrator
{
public:
    using Values = QHash<QString, std::optional<double>>;

    // Below these the estimate is flagged Thin and patience may be assumed.
    static constexpr int minOffered = 100;
    static constexpr int minAbandoned = 10;
    static constexpr double fallbackPatienceSeconds = 300;
    static constexpr double fallbackHandleSeconds = 300;

    // One summary record over a window of windowSeconds.
    static Calibration fromSummary(const Values &values, qint64 windowSeconds, const WaitStrategy &strategy,
                                   int serviceLevelSeconds = 20);

    // Records of one series (granularity bucketSeconds, each with its start):
    // the totals as above, plus the time-of-day profile.
    struct Bucket
    {
        QDateTime start;
        Values values;
    };
    static Calibration fromSeries(const QList<Bucket> &buckets, qint64 bucketSeconds, const WaitStrategy &strategy,
                                  int serviceLevelSeconds = 20);
};

} // namespace holdline::predict
