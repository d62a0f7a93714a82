#include "deploy/thresholdadvisor.h"

#include "deploy/evidence.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

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

WaitStrategy adjustForAnswerRate(const WaitStrategy &current, double answerRate, AnswerRateBand band)
{
    WaitStrategy next = current;
    if (answerRate < band.low)
        next.positionThreshold = std::max(Floor, current.positionThreshold - DecreaseStep);
    else if (answerRate > band.high)
        next.positionThreshold = std::min(Cap, current.positionThreshold + IncreaseStep);
    next.callbackPositionThreshold = std::min(next.callbackPositionThreshold, next.positionThreshold);
    return next;
}

int thresholdDirection(const WaitStrategy &from, const WaitStrategy &to)
{
    return to.positionThreshold < from.positionThreshold ? -1 : to.positionThreshold > from.positionThreshold ? 1 : 0;
}

QString AnswerRateAdvisor::name() const
{
    return Text::tr("Answer-rate rule");
}

Advice AnswerRateAdvisor::advise(const AdvisorInput &input) const
{
    Advice advice;
    advice.suggested = input.current;
    if (!input.answerRate) {
        advice.reason = Text::tr("No contacts in the window: no answer rate to act on.");
        return advice;
    }
    const std::optional<RateEvidence> evidence = rateEvidence(input.answerRate, input.contacts);
    if (!evidence) {
        advice.reason = Text::tr("The number of contacts behind the answer rate is not known: not enough to judge.");
        return advice;
    }
    if (evidence->contacts < m_settings.minContacts) {
        //: %n contacts in the window, %1 the answer rate, %2-%3 its 95 % interval, %4 the minimum
        advice.reason = Text::tr("Not enough traffic to judge: %n contact(s) in the window (answer rate %1, "
                                 "somewhere between %2 and %3 %); the advisor needs %4.", nullptr,
                                 int(std::llround(evidence->contacts)))
                            .arg(QString::number(evidence->rate * 100, 'f', 1) + QLatin1Char('%'))
                            .arg(evidence->low * 100, 0, 'f', 0)
                            .arg(evidence->high * 100, 0, 'f', 0)
                            .arg(m_settings.minContacts);
        return advice;
    }
    const double rate = *input.answerRate;
    //: an answer rate with its 95 % interval and sample: "72.0% (63–80 %, 96 contacts)"
    const QString rateText = Text::tr("%1% (%2–%3 %, %n contact(s))", nullptr, int(std::llround(evidence->contacts)))
                                 .arg(rate * 100, 0, 'f', 1)
                                 .arg(evidence->low * 100, 0, 'f', 0)
                                 .arg(evidence->high * 100, 0, 'f', 0);
    const QDateTime lastChangeAt = input.lastChange ? input.lastChange->at : QDateTime();
    const int lastDirection = input.lastChange ? input.lastChange->direction : 0;
    if (lastChangeAt.isValid() && input.tenantTime.isValid()
        && lastChangeAt.secsTo(input.tenantTime) < m_settings.cooldownSeconds) {
        advice.reason = Text::tr("Answer rate %1; waiting for the last change to settle (cooldown %2 min).")
                            .arg(rateText).arg(m_settings.cooldownSeconds / 60);
        return advice;
    }
    // Reversing the last move needs a clear margin beyond the bound.
    const AnswerRateBand &band = m_settings.band;
    const double low = lastDirection > 0 ? band.low - m_settings.hysteresis : band.low;
    const double high = lastDirection < 0 ? band.high + m_settings.hysteresis : band.high;
    if (rate >= low && rate <= high) {
        advice.reason = Text::tr("Answer rate %1 is within %2–%3%: keep the threshold.")
                            .arg(rateText).arg(low * 100, 0, 'f', 0).arg(high * 100, 0, 'f', 0);
        return advice;
    }
    // Within the hysteresis band the plain rule would move; this one holds.
    const double ruleRate = rate < low ? std::min(rate, band.low - 1e-9) : std::max(rate, band.high + 1e-9);
    advice.suggested = adjustForAnswerRate(input.current, ruleRate, band);
    advice.change = !(advice.suggested == input.current);
    advice.direction = thresholdDirection(input.current, advice.suggested);
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

} // namespace holdline::deploy
