#include "deploy/thresholdadvisor.h"

#include <QCoreApplication>

#include <algorithm>

namespace holdline::deploy {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdAdvisor)
};

constexpr int DecreaseStep = 3;
constexpr int IncreaseStep = 2;
constexpr int Floor = 1;
constexpr int Cap = 50;
} // namespace

WaitStrategy adjustForAnswerRate(const WaitStrategy &current, double answerRate)
{
    WaitStrategy next = current;
    if (answerRate < 0.3)
        next.positionThreshold = std::max(Floor, current.positionThreshold - DecreaseStep);
    else if (answerRate > 0.7)
        next.positionThreshold = std::min(Cap, current.positionThreshold + IncreaseStep);
    next.callbackPositionThreshold = std::min(next.callbackPositionThreshold, next.positionThreshold);
    return next;
}

QString AnswerRateAdvisor::name() const
{
    return Text::tr("Answer-rate rule");
}

Advice AnswerRateAdvisor::advise(const AdvisorInput &input)
{
    Advice advice;
    advice.suggested = input.current;
    if (!input.answerRate) {
        advice.reason = Text::tr("No contacts in the window: no answer rate to act on.");
        return advice;
    }
    const double rate = *input.answerRate;
    const QString rateText = QString::number(rate * 100, 'f', 1) + QLatin1Char('%');
    if (m_lastChange.isValid() && input.tenantTime.isValid()
        && m_lastChange.secsTo(input.tenantTime) < m_settings.cooldownSeconds) {
        advice.reason = Text::tr("Answer rate %1; waiting for the last change to settle (cooldown %2 min).")
                            .arg(rateText).arg(m_settings.cooldownSeconds / 60);
        return advice;
    }
    // Reversing the last move needs a clear margin beyond the bound.
    const double low = m_lastDirection > 0 ? m_settings.low - m_settings.hysteresis : m_settings.low;
    const double high = m_lastDirection < 0 ? m_settings.high + m_settings.hysteresis : m_settings.high;
    if (rate >= low && rate <= high) {
        advice.reason = Text::tr("Answer rate %1 is within %2–%3%: keep the threshold.")
                            .arg(rateText).arg(low * 100, 0, 'f', 0).arg(high * 100, 0, 'f', 0);
        return advice;
    }
    // Within the hysteresis band the plain rule would move; this one holds.
    const double ruleRate = rate < low ? std::min(rate, m_settings.low - 1e-9) : std::max(rate, m_settings.high + 1e-9);
    advice.suggested = adjustForAnswerRate(input.current, ruleRate);
    advice.change = !(advice.suggested == input.current);
    advice.direction = advice.suggested.positionThreshold < input.current.positionThreshold ? -1
        : advice.suggested.positionThreshold > input.current.positionThreshold              ? 1
                                                                                             : 0;
    if (!advice.change)
        advice.reason = Text::tr("Answer rate %1, but the threshold is already at its limit.").arg(rateText);
    else if (rate < low)
        advice.reason = Text::tr("Answer rate %1 is low (agents are busy): offer callbacks sooner, threshold %2 → %3.")
                            .arg(rateText).arg(input.current.positionThreshold).arg(advice.suggested.positionThreshold);
    else
        advice.reason = Text::tr("Answer rate %1 is high (capacity is free): offer callbacks later, threshold %2 → %3.")
                            .arg(rateText).arg(input.current.positionThreshold).arg(advice.suggested.positionThreshold);
    return advice;
}

void AnswerRateAdvisor::noteApplied(const Advice &advice, const QDateTime &tenantTime)
{
    if (!advice.change)
        return;
    m_lastChange = tenantTime;
    m_lastDirection = advice.direction;
}

} // namespace holdline::deploy
