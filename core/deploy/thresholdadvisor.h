#pragma once

#include "model/waitstrategy.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace holdline::deploy {

// A queue's last applied change, as its history tells it: whoever made it,
// the advisor lets it settle before moving again.
struct LastChange
{
    QDateTime at;       // the tenant's clock (the queue's dateModified)
    int direction = 0;  // -1 threshold lowered, +1 raised, 0 neither
};

struct AdvisorInput
{
    WaitStrategy current;
    std::optional<double> answerRate;  // over the recent window; nullopt: no contacts
    std::optional<double> contacts;    // offered in that window: the evidence behind the rate
    QDateTime tenantTime;
    std::optional<LastChange> lastChange;
};

struct Advice
{
    WaitStrategy suggested;
    bool change = false;
    int direction = 0;  // -1 threshold lowered, +1 raised
    QString reason;   // for people, whether or not it changes anything
    // The best it can do, yet short of the targets: shown to a person, never
    // applied unattended (tune, watch).
    bool shortOfTargets = false;
};

// Suggests a strategy from live metrics. Pluggable: the what-if predictor can
// offer a better one behind the same interface. Stateless: what it must
// remember (the last change) comes in its input, from the history.
class ThresholdAdvisor
{
public:
    virtual ~ThresholdAdvisor() = default;
    virtual QString name() const = 0;
    virtual Advice advise(const AdvisorInput &input) const = 0;
};

// -1 the threshold went down, +1 up, 0 it stayed.
int thresholdDirection(const WaitStrategy &from, const WaitStrategy &to);

// The band of the product specification's rule.
struct AnswerRateBand
{
    double low = 0.3;
    double high = 0.7;
};

// The product specification's rule: answer rate < low → threshold − 3 (floor
// 1); > high → + 2 (cap 50); the callback position never exceeds the threshold.
WaitStrategy adjustForAnswerRate(const WaitStrategy &current, double answerRate, AnswerRateBand band = {});

// The same rule behind an evidence gate (enough contacts, or no advice), with
// a cooldown and hysteresis, so that it cannot oscillate:
// after a change nothing moves for `cooldownSeconds`, and reversing direction
// needs the rate to clear the opposite bound by `hysteresis`.
class AnswerRateAdvisor final : public ThresholdAdvisor
{
public:
    struct Settings
    {
        AnswerRateBand band;
        double hysteresis = 0.05;
        qint64 cooldownSeconds = 1800;
        // No advice from fewer contacts than this: a rate of a handful of
        // callers is noise (1 of 1 answered is not "100 %").
        int minContacts = 20;
    };

    AnswerRateAdvisor() : m_settings() {}
    explicit AnswerRateAdvisor(Settings settings) : m_settings(settings) {}

    const Settings &settings() const { return m_settings; }
    QString name() const override;
    Advice advise(const AdvisorInput &input) const override;

private:
    Settings m_settings;
};

} // namespace holdline::deploy
