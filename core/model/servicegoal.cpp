#include "model/servicegoal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceGoal)
};

const QString answeredRule = u"goal/answered-within"_s;
const QString abandonRule = u"goal/abandonment"_s;

QString number(double v)
{
    return QString::number(v, 'g', 4);
}
} // namespace

QList<Finding> ServiceGoal::findings() const
{
    Finding answered;
    answered.field = WaitStrategyField::PositionThreshold;
    answered.severity = FindingSeverity::NeedsPrediction;
    answered.ruleId = answeredRule;
    answered.message = Text::tr("Your service goal: %1 % answered within %2 s.").arg(number(answeredPercent)).arg(withinSeconds);
    answered.citation = Text::tr("Your service goal (Preferences, or --goal)");
    answered.target = ServiceTarget{ServiceTarget::Kind::AnsweredWithin, answeredPercent, withinSeconds};

    Finding abandoned = answered;
    abandoned.ruleId = abandonRule;
    abandoned.message = Text::tr("Your service goal: at most %1 % abandoned.").arg(number(maxAbandonPercent));
    abandoned.target = ServiceTarget{ServiceTarget::Kind::MaxAbandonment, maxAbandonPercent, 0};
    return {answered, abandoned};
}

QString ServiceGoal::describe() const
{
    return Text::tr("%1 % answered within %2 s, ≤ %3 % abandoned")
        .arg(number(answeredPercent)).arg(withinSeconds).arg(number(maxAbandonPercent));
}

QString ServiceGoal::toText() const
{
    return u"%1/%2/%3"_s.arg(number(answeredPercent)).arg(withinSeconds).arg(number(maxAbandonPercent));
}

std::optional<ServiceGoal> ServiceGoal::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ServiceGoal> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() < 2 || parts.size() > 3)
        return fail(Text::tr("a goal reads ANSWERED%/WITHIN_S[/MAX_ABANDONED%], e.g. 80/20/5"));
    ServiceGoal goal;
    bool ok = false;
    goal.answeredPercent = parts[0].toDouble(&ok);
    if (!ok || goal.answeredPercent <= 0 || goal.answeredPercent > 100)
        return fail(Text::tr("the answered share must be a percentage above 0 and at most 100"));
    goal.withinSeconds = parts[1].toInt(&ok);
    if (!ok || goal.withinSeconds < 1 || goal.withinSeconds > 3600)
        return fail(Text::tr("the answer time must be 1 to 3600 seconds"));
    if (parts.size() == 3) {
        goal.maxAbandonPercent = parts[2].toDouble(&ok);
        if (!ok || goal.maxAbandonPercent < 0 || goal.maxAbandonPercent > 100)
            return fail(Text::tr("the abandoned share must be a percentage from 0 to 100"));
    }
    return goal;
}

bool isGoalFinding(const Finding &finding)
{
    return finding.ruleId == answeredRule || finding.ruleId == abandonRule;
}

} // namespace holdline
