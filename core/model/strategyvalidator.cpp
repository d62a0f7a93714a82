#include "model/strategyvalidator.h"

#include "model/policyregistry.h"
#include "model/policyrules.h"
#include "model/structuralrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdline {

StrategyValidator::StrategyValidator(const PolicyRegistry &registry, PolicySelection selection, TenantLimits limits)
    : m_registry(&registry), m_selection(std::move(selection)), m_limits(limits)
{
}

QList<Finding> StrategyValidator::validate(const WaitStrategy &strategy, QDate asOf) const
{
    Q_ASSERT(asOf.isValid());
    QList<Finding> findings = checkContract(strategy, m_limits);
    findings += checkConsistency(strategy);

    for (const PolicySelection::Entry &entry : m_selection.entries()) {
        const PolicyPack *pack = m_registry->pack(entry.packId);
        if (!pack) {
            Finding missing;
            missing.severity = FindingSeverity::Warning;
            missing.ruleId = u"policy.unknown-pack"_s;
            missing.policyId = entry.packId;
            missing.message = QCoreApplication::translate("StrategyValidator",
                                                          "Policy pack \"%1\" is selected but not installed; its "
                                                          "rules were not checked.")
                                  .arg(entry.packId);
            findings.append(missing);
            continue;
        }
        if (!entry.variant.isEmpty() && !pack->hasVariant(entry.variant)) {
            Finding unknownVariant;
            unknownVariant.severity = FindingSeverity::Warning;
            unknownVariant.ruleId = u"policy.unknown-variant"_s;
            unknownVariant.policyId = pack->id;
            unknownVariant.citation = pack->citation;
            unknownVariant.message =
                pack->variants.isEmpty()
                    ? QCoreApplication::translate("StrategyValidator",
                                                  "%1 has no variants; the variant \"%2\" was ignored.")
                          .arg(pack->name, entry.variant)
                    : QCoreApplication::translate("StrategyValidator",
                                                  "%1 has no variant \"%2\"; its default variant \"%3\" was "
                                                  "checked instead.")
                          .arg(pack->name, entry.variant, pack->defaultVariant);
            findings.append(unknownVariant);
        }
        findings += checkPolicyPack(strategy, *pack, entry.variant, asOf);
    }
    return findings;
}

} // namespace holdline
