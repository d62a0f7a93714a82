#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>

namespace holdline::sim {

// splitmix64: expands one seed into well-mixed, independent stream seeds.
inline quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna) with exact distributions of our own, so a
// seed gives the same numbers with every standard library (the <random>
// distributions are implementation-defined); only libm's last-bit rounding
// of log/exp/sin/cos could tell platforms apart.
class SimRandom
{
public:
    SimRandom() : SimRandom(0) {}
    // streamId separates the streams drawn from one seed (arrivals, patience…).
    explicit SimRandom(quint64 seed, quint64 streamId = 0)
    {
        quint64 sm = seed ^ (streamId * 0xD1B54A32D192ED03ULL);
        for (quint64 &w : m_s)
            w = splitMix64(sm);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform on [0, 1), 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform on (0, 1]: safe under log().
    double uniformPositive() { return double((next() >> 11) + 1) * 0x1.0p-53; }

    // Exponential with the given mean (inversion).
    double exponential(double mean) { return -mean * std::log(uniformPositive()); }

    // Standard normal by Box–Muller; the second value is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double r = std::sqrt(-2.0 * std::log(uniformPositive()));
        const double a = 2.0 * std::numbers::pi * uniform();
        m_spare = r * std::sin(a);
        m_hasSpare = true;
        return r * std::cos(a);
    }

    // Lognormal with the given arithmetic mean and sigma of log(x).
    double lognormalWithMean(double mean, double sigma)
    {
        const double mu = std::log(mean) - 0.5 * sigma * sigma;
        return std::exp(mu + sigma * normal());
    }

    // Integer in [lo, hi] (small ranges; the modulo bias is below 2^-40).
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_s[4] {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace holdline::sim
