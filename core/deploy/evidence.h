#pragma once

#include <optional>
#include <utility>

namespace holdline::deploy {

// A rate measured on a sample of contacts, with how far it can be trusted:
// the Wilson score interval, which stays inside 0..1 and honest on small
// samples (one answered contact of one is not "100 %").
struct RateEvidence
{
    double rate = 0;     // 0..1
    double contacts = 0; // the sample behind it
    double low = 0;      // 95 % interval
    double high = 1;
};

// Null without a rate or a sample size.
std::optional<RateEvidence> rateEvidence(std::optional<double> rate, std::optional<double> contacts);

// The 95 % Wilson interval of `rate` observed over `n` trials.
std::pair<double, double> wilsonInterval(double rate, double n);

} // namespace holdline::deploy
