#include "sim/erlang.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace holdline::sim {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
// Terms below e^-40 (4e-18) of the peak cannot move a double sum.
constexpr double logCutoff = 40;
constexpr int maxLineStates = 2'000'000;

bool abandons(const ErlangInput &in)
{
    return in.patienceSeconds > 0 && std::isfinite(in.patienceSeconds);
}

// The stationary law of M/M/n+M restricted to the states with everybody busy:
// waiting[j] = P(n + j in the system), for an arrival (PASTA).
struct ErlangAChain
{
    double lambda = 0, mu = 0, theta = 0;
    int n = 0;
    std::vector<double> waiting;

    ErlangAChain(const ErlangInput &in)
        : lambda(in.arrivalsPerHour / 3600.0)
        , mu(1.0 / in.handleSeconds)
        , theta(1.0 / in.patienceSeconds)
        , n(in.agents)
    {
        // Below n: log pi_k = k log a - log k!; above: ratios lambda / (n mu + j theta).
        const double logA = std::log(lambda / mu);
        std::vector<double> logBelow(std::size_t(n) + 1);
        for (int k = 0; k <= n; ++k)
            logBelow[std::size_t(k)] = k * logA - std::lgamma(k + 1.0);
        std::vector<double> logLine{logBelow.back()};
        double peak = *std::max_element(logBelow.begin(), logBelow.end());
        const double logLambda = std::log(lambda);
        for (int j = 1; j < maxLineStates; ++j) {
            const double death = n * mu + j * theta;
            const double next = logLine.back() + logLambda - std::log(death);
            peak = std::max(peak, next);
            logLine.push_back(next);
            if (lambda < death && next < peak - logCutoff)
                break; // decreasing from here on, and already negligible
        }
        double sum = 0;
        for (double l : logBelow)
            sum += std::exp(l - peak);
        for (std::size_t j = 1; j < logLine.size(); ++j) // logLine[0] is logBelow[n], counted once
            sum += std::exp(logLine[j] - peak);
        waiting.resize(logLine.size());
        for (std::size_t j = 0; j < logLine.size(); ++j)
            waiting[j] = std::exp(logLine[j] - peak) / sum;
    }

    // P(served | j callers ahead): the tagged caller moves up at n mu + i theta
    // and leaves at theta, which telescopes.
    double pServed(std::size_t j) const { return n * mu / (n * mu + double(j + 1) * theta); }

    // P(answered after waiting, within t): follows every waiting arrival at
    // once down the line by uniformisation (all terms non-negative: stable).
    double servedAfterWaitWithin(double t) const
    {
        if (t <= 0)
            return 0;
        const std::size_t lines = waiting.size();
        const double uniform = n * mu + double(lines) * theta; // the fastest exit rate
        const double m = uniform * t;
        std::vector<double> v = waiting;
        double cdf = 0, acc = 0;
        const double logM = std::log(m);
        for (long k = 0;; ++k) {
            cdf += std::exp(-m + double(k) * logM - std::lgamma(double(k) + 1.0));
            const double tail = std::max(0.0, 1.0 - cdf); // P(more than k jumps by t)
            acc += v[0] * tail;
            // Past m + 12·sqrt(m) jumps the Poisson tail is below 1e-30: stop
            // there too, since rounding can keep 1 - cdf from reaching 1e-16.
            if ((double(k) > m && tail < 1e-16) || double(k) > m + 12 * std::sqrt(m) + 30)
                break;
            double mass = 0;
            for (std::size_t i = 0; i < lines; ++i) {
                const double stay = 1.0 - (n * mu + double(i + 1) * theta) / uniform;
                const double fromBehind = i + 1 < lines ? v[i + 1] * (n * mu + double(i + 1) * theta) / uniform : 0.0;
                v[i] = v[i] * stay + fromBehind;
                mass += v[i];
            }
            if (mass < 1e-18)
                break; // everybody answered or gone
        }
        return n * mu / uniform * acc;
    }
};

} // namespace

ErlangResult erlangC(const ErlangInput &in)
{
    ErlangResult r;
    const double lambda = in.arrivalsPerHour / 3600.0;
    const double mu = 1.0 / in.handleSeconds;
    const int n = in.agents;
    if (lambda <= 0) {
        r.serviceLevel = 1;
        return r;
    }
    const double a = lambda / mu;
    if (n <= 0 || a >= n) {
        r.stable = false;
        r.pWait = 1;
        r.asaSeconds = r.meanWaitAnsweredSeconds = infinity;
        r.occupancy = n > 0 ? 1 : 0;
        return r;
    }
    double b = 1; // Erlang B by its recursion: every step is a ratio of at most 1
    for (int k = 1; k <= n; ++k)
        b = a * b / (k + a * b);
    r.pWait = n * b / (n - a * (1 - b));
    r.asaSeconds = r.meanWaitAnsweredSeconds = r.pWait / (n * mu - lambda);
    r.serviceLevel = 1 - r.pWait * std::exp(-(n * mu - lambda) * in.serviceLevelSeconds);
    r.occupancy = a / n;
    return r;
}

ErlangResult erlangA(const ErlangInput &in)
{
    if (!abandons(in))
        return erlangC(in);
    ErlangResult r;
    const double lambda = in.arrivalsPerHour / 3600.0;
    if (lambda <= 0) {
        r.serviceLevel = 1;
        return r;
    }
    if (in.agents <= 0) { // nobody answers: everybody waits out their patience
        r.pWait = r.pAbandon = 1;
        r.asaSeconds = in.patienceSeconds;
        return r;
    }
    const ErlangAChain chain(in);
    double lq = 0, servedWaitSum = 0, toHead = 0;
    for (std::size_t j = 0; j < chain.waiting.size(); ++j) {
        const double pi = chain.waiting[j];
        r.pWait += pi;
        lq += double(j) * pi;
        toHead += 1.0 / (chain.n * chain.mu + double(j + 1) * chain.theta); // stage times, whoever wins the race
        servedWaitSum += pi * chain.pServed(j) * toHead;
    }
    r.pAbandon = chain.theta * lq / lambda;
    r.asaSeconds = lq / lambda;
    r.meanWaitAnsweredSeconds = r.pAbandon < 1 ? servedWaitSum / (1 - r.pAbandon) : 0;
    r.serviceLevel = (1 - r.pWait) + chain.servedAfterWaitWithin(in.serviceLevelSeconds);
    r.occupancy = std::min(1.0, lambda * (1 - r.pAbandon) * in.handleSeconds / in.agents);
    return r;
}

double erlangAnsweredWithin(const ErlangInput &input, double seconds)
{
    ErlangInput in = input;
    in.serviceLevelSeconds = seconds;
    if (!abandons(in))
        return erlangC(in).serviceLevel;
    if (in.arrivalsPerHour <= 0)
        return 1;
    if (in.agents <= 0)
        return 0;
    const ErlangAChain chain(in);
    double pWait = 0;
    for (double pi : chain.waiting)
        pWait += pi;
    return (1 - pWait) + chain.servedAfterWaitWithin(seconds);
}

ErlangResult erlangAFractional(ErlangInput input, double agents)
{
    const double lo = std::floor(std::max(0.0, agents));
    const double w = std::max(0.0, agents) - lo;
    input.agents = int(lo);
    const ErlangResult a = erlangA(input);
    if (w < 1e-9)
        return a;
    input.agents = int(lo) + 1;
    const ErlangResult b = erlangA(input);
    const auto mix = [w](double x, double y) { return std::isfinite(x) ? x + w * (y - x) : x; };
    ErlangResult r;
    r.stable = a.stable && b.stable;
    r.pWait = mix(a.pWait, b.pWait);
    r.pAbandon = mix(a.pAbandon, b.pAbandon);
    r.asaSeconds = mix(a.asaSeconds, b.asaSeconds);
    r.meanWaitAnsweredSeconds = mix(a.meanWaitAnsweredSeconds, b.meanWaitAnsweredSeconds);
    r.serviceLevel = mix(a.serviceLevel, b.serviceLevel);
    r.occupancy = mix(a.occupancy, b.occupancy);
    return r;
}

} // namespace holdline::sim
