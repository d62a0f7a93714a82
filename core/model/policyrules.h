#pragma once

#include "model/finding.h"
#include "model/policypack.h"
#include "model/waitstrategy.h"

#include <QDate>
#include <QList>

namespace holdline {

// Checks a strategy against one pack's rules for the chosen variant (empty or
// unknown: the pack's default). Hard caps are checked now; service-level
// targets always give a NeedsPrediction finding. When the pack is not in
// effect on `asOf`, breaches are reported as warnings that say from when the
// pack applies, so a supervisor can prepare without being blocked.
QList<Finding> checkPolicyPack(const WaitStrategy &strategy, const PolicyPack &pack, const QString &variant,
                               QDate asOf);

} // namespace holdline
