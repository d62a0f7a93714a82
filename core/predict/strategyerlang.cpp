#include "predict/strategyerlang.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace holdline::predict {

namespace {

constexpr int maxLine = 5000;      // waiting states kept; beyond: "unstable"
constexpr double logCutoff = 40;   // e^-40 of the peak cannot move a double sum
constexpr int fixedPointRounds = 5;
constexpr double negligible = 1e-13; // a state this rare cannot move a figure shown to 0.1

// One queue at one staffing level, per second.
struct Queue
{
    double lambda = 0;
    int n = 0;
    double mu = 0;
    double theta = 0;       // own patience rate
    double handleSeconds = 0;
    Calibration calibration; // for the callback acceptance
};

// What happens to one offered caller, as probabilities (and a wait sum).
struct Outcome
{
    bool stable = true;
    double answeredLive = 0, abandoned = 0, exits = 0;
    double positionOffered = 0, positionAccepted = 0, timeOffered = 0, timeAccepted = 0;
    double liveWaitSum = 0; // E[wait; answered live]
    std::vector<double> within; // answered live within each checkpoint second

    void add(const Outcome &o, double w)
    {
        stable = stable && o.stable;
        answeredLive += w * o.answeredLive;
        abandoned += w * o.abandoned;
        exits += w * o.exits;
        positionOffered += w * o.positionOffered;
        positionAccepted += w * o.positionAccepted;
        timeOffered += w * o.timeOffered;
        timeAccepted += w * o.timeAccepted;
        liveWaitSum += w * o.liveWaitSum;
        within.resize(o.within.size());
        for (std::size_t i = 0; i < o.within.size(); ++i)
            within[i] += w * o.within[i];
    }
};

// The sandbox's acceptance: the wait announced at `position` (CONTRACT.md §2.4).
double acceptAt(const Queue &q, int position)
{
    const Calibration &c = q.calibration;
    const double announced = position * q.handleSeconds / std::max(1, q.n);
    return std::clamp(c.callbackAcceptBase + c.callbackAcceptPerMinute * announced / 60.0, 0.0,
                      std::max(0.0, c.callbackAcceptMax));
}

bool positionOffer(const WaitStrategy &s, int position)
{
    return s.callbackEnabled && position > s.positionThreshold && position > s.callbackPositionThreshold;
}

// Stationary law of the line: waiting[j] = P(an arrival finds every agent busy and j waiting).
struct Chain
{
    std::vector<double> waiting;
    double pNoWait = 0;
    bool stable = true;
};

Chain solveChain(const Queue &q, const WaitStrategy &s, double callbackRate, double extraRate)
{
    std::vector<double> logs{0.0};
    double peak = 0;
    Chain chain;
    for (int k = 0;; ++k) {
        const int j = k - q.n; // waiting when k are in the system (< 0: agents free)
        double birth = q.lambda + callbackRate; // callbacks fill idle agents
        if (j >= 0) {
            birth = q.lambda;
            if (positionOffer(s, j + 1))
                birth *= 1 - acceptAt(q, j + 1);
        }
        const int k1 = k + 1;
        const double death = std::min(k1, q.n) * q.mu + std::max(0, k1 - q.n) * (q.theta + extraRate);
        if (birth <= 0 || death <= 0)
            break;
        const double next = logs.back() + std::log(birth) - std::log(death);
        peak = std::max(peak, next);
        logs.push_back(next);
        if (k1 > q.n && birth < death && next < peak - logCutoff)
            break;
        if (k1 - q.n >= maxLine) {
            chain.stable = false;
            break;
        }
    }
    double sum = 0;
    for (double l : logs)
        sum += std::exp(l - peak);
    for (std::size_t k = 0; k < logs.size(); ++k) {
        const double p = std::exp(logs[k] - peak) / sum;
        if (int(k) < q.n)
            chain.pNoWait += p;
        else
            chain.waiting.push_back(p);
    }
    // The walk costs lines x jumps: drop the far tail nobody meets.
    while (chain.waiting.size() > 1 && chain.waiting.back() < negligible)
        chain.waiting.pop_back();
    return chain;
}

// A tagged caller's way down the line: v[i] = P(in line with i ahead),
// served and abandoned so far; moved on by uniformisation.
struct Tagged
{
    std::vector<double> v;
    double served = 0, abandoned = 0;
};

class Walk
{
public:
    Walk(const Queue &q, double extraRate, std::size_t lines)
        : m_serve(q.n * q.mu)
        , m_ahead(q.theta + extraRate)
        , m_theta(q.theta)
        , m_uniform(q.n * q.mu + double(lines > 0 ? lines - 1 : 0) * (q.theta + extraRate) + q.theta)
    {
    }

    // The state after `seconds` more; *servedIntegral += integral of served over them.
    Tagged advance(const Tagged &from, double seconds, double *servedIntegral) const
    {
        if (seconds <= 0 || m_uniform <= 0)
            return from;
        const double m = m_uniform * seconds;
        const double logM = std::log(m);
        // Beyond 12 standard deviations the Poisson tail is below 1e-30; the
        // summed pmf may never get within 1e-13 of 1 for a large m (rounding).
        const double lastJump = m + 12.0 * std::sqrt(m) + 30.0;
        Tagged x = from, out;
        out.v.assign(x.v.size(), 0.0);
        double cdf = 0;
        for (long k = 0;; ++k) {
            const double p = std::exp(-m + double(k) * logM - std::lgamma(double(k) + 1.0));
            cdf += p;
            const double tail = std::max(0.0, 1.0 - cdf); // P(more than k jumps)
            for (std::size_t i = 0; i < x.v.size(); ++i)
                out.v[i] += p * x.v[i];
            out.served += p * x.served;
            out.abandoned += p * x.abandoned;
            *servedIntegral += x.served * tail / m_uniform;
            if ((double(k) > m && tail < 1e-13) || double(k) > lastJump)
                break;
            step(x);
        }
        return out;
    }

private:
    void step(Tagged &x) const
    {
        const std::size_t lines = x.v.size();
        double gone = 0;
        for (std::size_t i = 0; i < lines; ++i) {
            const double up = i == 0 ? m_serve : m_serve + double(i) * m_ahead;
            const double stay = 1.0 - (up + m_theta) / m_uniform;
            const double fromBehind = i + 1 < lines ? x.v[i + 1] * (m_serve + double(i + 1) * m_ahead) / m_uniform : 0.0;
            if (i == 0)
                x.served += x.v[0] * m_serve / m_uniform;
            gone += x.v[i] * m_theta / m_uniform;
            x.v[i] = x.v[i] * stay + fromBehind;
        }
        x.abandoned += gone;
    }

    double m_serve, m_ahead, m_theta, m_uniform;
};

Outcome walkLine(const Queue &q, const WaitStrategy &s, const Chain &chain, double extraRate,
                 const std::vector<int> &checkpoints)
{
    Outcome o;
    o.stable = chain.stable;
    Tagged x;
    x.v.resize(chain.waiting.size());
    for (std::size_t j = 0; j < chain.waiting.size(); ++j) {
        const int position = int(j) + 1;
        double join = chain.waiting[j];
        if (positionOffer(s, position)) {
            const double accepted = join * acceptAt(q, position);
            o.positionOffered += join;
            o.positionAccepted += accepted;
            join -= accepted;
        }
        x.v[j] = join;
    }
    // P(more than T waiting | at least i + 1), for the time offer's activation.
    std::vector<double> tailWaiting(chain.waiting.size() + 1, 0.0);
    for (std::size_t j = chain.waiting.size(); j-- > 0;)
        tailWaiting[j] = tailWaiting[j + 1] + chain.waiting[j];

    const double maxHold = s.maxHoldTime > 0 ? double(s.maxHoldTime) : 3600.0;
    const bool timeOffer = s.callbackEnabled && s.abandonmentThreshold > 0 && s.abandonmentThreshold < maxHold;
    // Checkpoints in time: the "within" seconds, the time offer, the hard limit.
    struct Point { double t; int within; }; // within < 0: -1 time offer, -2 hard limit
    std::vector<Point> points;
    for (std::size_t i = 0; i < checkpoints.size(); ++i)
        points.push_back({std::min(double(checkpoints[i]), maxHold), int(i)});
    if (timeOffer)
        points.push_back({double(s.abandonmentThreshold), -1});
    points.push_back({maxHold, -2});
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.t < b.t; });

    const Walk walk(q, extraRate, x.v.size());
    o.within.assign(checkpoints.size(), 0.0);
    double now = 0, servedIntegral = 0;
    for (const Point &p : points) {
        x = walk.advance(x, p.t - now, &servedIntegral);
        now = p.t;
        if (p.within >= 0) {
            o.within[std::size_t(p.within)] = chain.pNoWait + x.served;
        } else if (p.within == -1) {
            const std::size_t threshold = std::size_t(std::max(0, s.positionThreshold));
            for (std::size_t i = 0; i < x.v.size(); ++i) {
                // Position i + 1: the line holds at least i + 1; active above the threshold.
                const std::size_t above = std::min(threshold + 1, tailWaiting.size() - 1);
                const double active = i + 1 > threshold ? 1.0
                    : tailWaiting[i + 1] > 0           ? tailWaiting[above] / tailWaiting[i + 1]
                                                       : 0.0;
                const double offered = x.v[i] * active;
                const double accepted = offered * acceptAt(q, int(i) + 1);
                o.timeOffered += offered;
                o.timeAccepted += accepted;
                x.v[i] -= accepted;
            }
        } else {
            for (double v : x.v)
                o.exits += v;
        }
    }
    o.answeredLive = chain.pNoWait + x.served;
    o.abandoned = x.abandoned;
    o.liveWaitSum = maxHold * x.served - servedIntegral;
    return o;
}

// The chain and the walk until the callers they take out of the line agree.
Outcome solveQueue(const Queue &q, const WaitStrategy &s, const std::vector<int> &checkpoints)
{
    if (q.lambda <= 0)
        return {};
    const double maxHold = s.maxHoldTime > 0 ? double(s.maxHoldTime) : 3600.0;
    double extra = 0, callbacks = 0;
    if (q.n * q.mu <= q.lambda && q.theta <= 0)
        extra = 1.0 / maxHold; // overloaded without patience: waits are cut at the hard limit
    Outcome o;
    for (int round = 0; round < fixedPointRounds; ++round) {
        const Chain chain = solveChain(q, s, callbacks, extra);
        o = walkLine(q, s, chain, extra, checkpoints);
        double inLine = 0;
        for (std::size_t j = 0; j < chain.waiting.size(); ++j)
            inLine += double(j) * chain.waiting[j];
        const double removed = q.lambda * (o.timeAccepted + o.exits);
        const double nextExtra = inLine > 1e-12 ? std::max(extra * 0.25, removed / inLine) : extra;
        const double nextCallbacks = q.lambda * (o.positionAccepted + o.timeAccepted + (s.callbackEnabled ? o.exits : 0));
        const bool settled = std::abs(nextExtra - extra) <= 5e-3 * (extra + q.theta + 1e-9)
            && std::abs(nextCallbacks - callbacks) <= 5e-3 * q.lambda;
        extra = nextExtra;
        callbacks = nextCallbacks;
        if (settled)
            break;
    }
    return o;
}

// Fractional staffing (a window's mean) between its two whole neighbours.
Outcome solveStaffing(Queue q, double agents, const WaitStrategy &s, const std::vector<int> &checkpoints)
{
    const double lo = std::floor(std::max(0.0, agents));
    const double w = std::max(0.0, agents) - lo;
    q.n = int(lo);
    Outcome out = solveQueue(q, s, checkpoints);
    if (w < 1e-9)
        return out;
    q.n = int(lo) + 1;
    Outcome mixed;
    mixed.add(out, 1 - w);
    mixed.add(solveQueue(q, s, checkpoints), w);
    return mixed;
}

} // namespace

StrategyErlangResult strategyErlang(const Calibration &c, const WaitStrategy &s, const QList<int> &withinSeconds)
{
    std::vector<int> checkpoints{c.serviceLevelSeconds, 180};
    for (int t : withinSeconds)
        checkpoints.push_back(t);

    Queue q;
    q.mu = 1.0 / std::max(1.0, c.handleSeconds);
    q.theta = c.patienceSeconds > 0 && std::isfinite(c.patienceSeconds) ? 1.0 / c.patienceSeconds : 0.0;
    q.handleSeconds = c.handleSeconds;
    q.calibration = c;

    // Weighted by arrivals per hour: `total` per offered caller, then per hour over the day.
    Outcome total;
    double arrivals = 0, hours = 0;
    if (c.hasTimeOfDay()) {
        for (std::size_t slot = 0; slot < 48; ++slot) {
            hours += 0.5;
            const double perHour = c.slotArrivalsPerHour[slot];
            if (perHour <= 0)
                continue;
            q.lambda = perHour / 3600.0;
            q.n = c.slotAgents[slot];
            total.add(solveQueue(q, s, checkpoints), perHour * 0.5);
            arrivals += perHour * 0.5;
        }
    } else {
        q.lambda = c.arrivalsPerHour / 3600.0;
        if (q.lambda > 0)
            total.add(solveStaffing(q, c.agents, s, checkpoints), c.arrivalsPerHour);
        arrivals = c.arrivalsPerHour;
        hours = 1;
    }

    StrategyErlangResult r;
    r.stable = total.stable;
    if (arrivals <= 0) {
        r.values[std::size_t(Metric::ServiceLevel)] = r.values[std::size_t(Metric::AnsweredWithin180)] = 1;
        for (int t : checkpoints)
            r.answeredWithin.insert(t, 1);
        r.values[std::size_t(Metric::AnswerRate)] = 1;
        return r;
    }
    const auto share = [arrivals](double v) { return v / arrivals; };
    const auto perHour = [hours](double v) { return hours > 0 ? v / hours : 0; };
    const double callbacks = total.positionAccepted + total.timeAccepted + (s.callbackEnabled ? total.exits : 0);
    r.values[std::size_t(Metric::AnswerRate)] = share(total.answeredLive + callbacks);
    r.values[std::size_t(Metric::AbandonRate)] = share(total.abandoned);
    r.values[std::size_t(Metric::AsaSeconds)] = total.answeredLive > 0 ? total.liveWaitSum / total.answeredLive : 0;
    r.values[std::size_t(Metric::ServiceLevel)] = share(total.within[0]);
    r.values[std::size_t(Metric::AnsweredWithin180)] = share(total.within[1]);
    r.values[std::size_t(Metric::CallbacksOfferedPerHour)] = perHour(total.positionOffered + total.timeOffered);
    r.values[std::size_t(Metric::CallbacksAcceptedPerHour)] = perHour(total.positionAccepted + total.timeAccepted);
    r.values[std::size_t(Metric::MaxHoldExitsPerHour)] = perHour(total.exits);
    for (std::size_t i = 0; i < checkpoints.size(); ++i)
        r.answeredWithin.insert(checkpoints[i], share(total.within[i]));
    return r;
}

TargetPredictor strategyErlangTargets(const StrategyErlangResult &result)
{
    return [result](const ServiceTarget &t) {
        if (t.kind == ServiceTarget::Kind::AnsweredWithin)
            return Estimate{result.answeredWithin.value(t.withinSeconds), 0};
        return Estimate{result.value(Metric::AbandonRate), 0};
    };
}

QList<int> targetSeconds(const QList<Finding> &findings)
{
    QList<int> seconds;
    for (const Finding &f : findings)
        if (f.target && f.target->kind == ServiceTarget::Kind::AnsweredWithin && !seconds.contains(f.target->withinSeconds))
            seconds.append(f.target->withinSeconds);
    return seconds;
}

} // namespace holdline::predict
