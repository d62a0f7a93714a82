#include "model/policypack.h"

using namespace Qt::StringLiterals;

namespace holdline {

namespace {
struct KindName
{
    PolicyRule::Kind kind;
    QLatin1StringView name;
};
constexpr KindName kindNames[] = {
    {PolicyRule::Kind::MaxValue, "maxValue"_L1},
    {PolicyRule::Kind::CallbackRequired, "callbackRequired"_L1},
    {PolicyRule::Kind::ServiceLevel, "serviceLevel"_L1},
    {PolicyRule::Kind::AbandonmentRate, "abandonmentRate"_L1},
};
} // namespace

QString ruleKindName(PolicyRule::Kind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PolicyRule::Kind> ruleKindFromName(QStringView name)
{
    for (const auto &entry : kindNames) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

bool PolicyRule::appliesToVariant(const QString &variant) const
{
    return variants.isEmpty() || variants.contains(variant);
}

ServiceTarget PolicyRule::serviceTarget() const
{
    Q_ASSERT(needsPrediction());
    if (kind == Kind::AbandonmentRate)
        return {ServiceTarget::Kind::MaxAbandonment, percent, 0};
    return {ServiceTarget::Kind::AnsweredWithin, percent, withinSeconds};
}

bool PolicyPack::hasVariant(const QString &variantId) const
{
    return variant(variantId) != nullptr;
}

const PolicyVariant *PolicyPack::variant(const QString &variantId) const
{
    for (const PolicyVariant &candidate : variants) {
        if (candidate.id == variantId)
            return &candidate;
    }
    return nullptr;
}

QList<PolicyRule> PolicyPack::rulesFor(const QString &variantId) const
{
    const QString chosen = hasVariant(variantId) ? variantId : defaultVariant;
    QList<PolicyRule> result;
    for (const PolicyRule &rule : rules) {
        if (rule.appliesToVariant(chosen))
            result.append(rule);
    }
    return result;
}

} // namespace holdline
