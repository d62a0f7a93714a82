#pragma once

#include "model/waitstrategy.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace holdline::deploy {

struct AdvisorInput
{
    WaitStrategy current;
    std::optional<double> answerRate;  // over the recent window; nullopt: no contacts
    QDateTime tenantTime;
};

struct Advice
{
    WaitStrategy suggested;
    bool change = false;
    int direction = 0;  // -1 threshold lowered, +1 raised
    QString reason;   // for people, whether or not it changes anything
};

// Suggests a strategy from live metrics. Pluggable: the what-if predictor can
// offer a better one behind the same interface.
class ThresholdAdvisor
{
public:
    virtual ~ThresholdAdvisor() = default;
    virtual QString name() const = 0;
    virtual Advice advise(const AdvisorInput &input) = 0;
    // The advice was applied at this tenant time (cooldown starts).
    virtual void noteApplied(const Advice &advice, const QDateTime &tenantTime) = 0;
};

// The product specification's rule: answer rate < 0.3 → threshold − 3 (floor
// 1); > 0.7 → + 2 (cap 50); the callback position never exceeds the threshold.
WaitStrategy adjustForAnswerRate(const WaitStrategy &current, double answerRate);

// The same rule with a cooldown and hysteresis, so that it cannot oscillate:
// after a change nothing moves for `cooldownSeconds`, and reversing direction
// needs the rate to clear the opposite bound by `hysteresis`.
class AnswerRateAdvisor final : public ThresholdAdvisor
{
public:
    struct Settings
    {
        double low = 0.3;
        double high = 0.7;
        double hysteresis = 0.05;
        qint64 cooldownSeconds = 1800;
    };

    AnswerRateAdvisor() : m_settings() {}
    explicit AnswerRateAdvisor(Settings settings) : m_settings(settings) {}

    QString name() const override;
    Advice advise(const AdvisorInput &input) override;
    void noteApplied(const Advice &advice, const QDateTime &tenantTime) override;

private:
    Settings m_settings;
    QDateTime m_lastChange;
    int m_lastDirection = 0; // -1 lowered, +1 raised
};

} // namespace holdline::deploy
