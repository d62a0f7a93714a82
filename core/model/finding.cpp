#include "model/finding.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdline {

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return u"error"_s;
    case FindingSeverity::Warning: return u"warning"_s;
    case FindingSeverity::NeedsPrediction: return u"needs-prediction"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString severityLabel(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return QCoreApplication::translate("Finding", "Error");
    case FindingSeverity::Warning: return QCoreApplication::translate("Finding", "Warning");
    case FindingSeverity::NeedsPrediction: return QCoreApplication::translate("Finding", "Needs a prediction");
    }
    Q_UNREACHABLE();
    return {};
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.severity == FindingSeverity::Error; });
}

QList<Finding> findingsFor(const QList<Finding> &findings, WaitStrategyField field)
{
    QList<Finding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [field](const Finding &finding) { return finding.field == field; });
    return result;
}

QList<Finding> findingsWithSeverity(const QList<Finding> &findings, FindingSeverity severity)
{
    QList<Finding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [severity](const Finding &finding) { return finding.severity == severity; });
    return result;
}

QJsonObject findingToJson(const Finding &finding)
{
    QJsonObject object{
        {u"severity"_s, severityName(finding.severity)},
        {u"ruleId"_s, finding.ruleId},
        {u"message"_s, finding.message},
        {u"citation"_s, finding.citation},
    };
    if (finding.field)
        object.insert(u"field"_s, fieldName(*finding.field));
    if (!finding.policyId.isEmpty())
        object.insert(u"policyId"_s, finding.policyId);
    if (finding.effectiveFrom.isValid())
        object.insert(u"effectiveFrom"_s, finding.effectiveFrom.toString(Qt::ISODate));
    if (finding.target) {
        const bool answered = finding.target->kind == ServiceTarget::Kind::AnsweredWithin;
        QJsonObject target{{u"kind"_s, answered ? u"answeredWithin"_s : u"maxAbandonment"_s},
                           {u"percent"_s, finding.target->percent}};
        if (answered)
            target.insert(u"withinSeconds"_s, finding.target->withinSeconds);
        object.insert(u"target"_s, target);
    }
    return object;
}

} // namespace holdline
