#pragma once

namespace holdline::sim {

// An M/M/n(+M) queue: Poisson arrivals, exponential handle times, n agents
// and, for Erlang A, exponential patience. Times in seconds.
struct ErlangInput
{
    double arrivalsPerHour = 0;
    double handleSeconds = 180;
    int agents = 1;
    double patienceSeconds = 0;    // mean; <= 0 or infinity: nobody abandons (Erlang C)
    double serviceLevelSeconds = 20;
};

struct ErlangResult
{
    bool stable = true;        // false: Erlang C with load >= agents (waits grow without bound)
    double pWait = 0;          // P(an arrival finds every agent busy)
    double pAbandon = 0;       // P(an arrival hangs up before an agent answers)
    double asaSeconds = 0;     // mean time in line over all arrivals = E[Lq] / lambda
    double meanWaitAnsweredSeconds = 0; // mean wait of those answered
    double serviceLevel = 0;   // P(answered within serviceLevelSeconds), over all arrivals
    double occupancy = 0;      // carried load / agents
    double answerRate() const { return 1 - pAbandon; }
};

// Erlang A, exactly: the stationary law of the birth–death chain (deaths
// min(k,n)·mu + max(k-n,0)·theta) built in logs and normalised against its
// largest term, so 500 agents or heavy overload neither overflow nor
// underflow; the tail is cut where it falls below 1e-17 of the peak. The
// service level follows a tagged arrival down the line (uniformisation).
// Patience <= 0 or infinite gives erlangC(). Microseconds for ordinary queues.
ErlangResult erlangA(const ErlangInput &input);

// Erlang C (nobody abandons) in closed form via the Erlang B recursion.
ErlangResult erlangC(const ErlangInput &input);

// P(answered within t seconds), over all arrivals, for the same queue.
double erlangAnsweredWithin(const ErlangInput &input, double seconds);

// Fractional staffing (a window's mean of agents logged in): interpolates
// linearly between floor(agents) and ceil(agents).
ErlangResult erlangAFractional(ErlangInput input, double agents);

} // namespace holdline::sim
