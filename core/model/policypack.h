#pragma once

#include "model/finding.h"
#include "model/waitstrategy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdline {

// One rule of a regulatory policy pack (resources/policies/README.md).
struct PolicyRule
{
    enum class Kind {
        MaxValue,         // hard cap: field <= max, checked now
        CallbackRequired, // callbacks must be on (maxHoldTime always applies)
        ServiceLevel,     // >= percent % answered within withinSeconds: needs a prediction
        AbandonmentRate,  // <= percent % abandoned: needs a prediction
    };

    QString id;
    QString name;     // short, shown in messages: "Baseline hold-time mandate"
    Kind kind = Kind::MaxValue;
    QString citation;
    QString description;
    FindingSeverity severity = FindingSeverity::Error; // hard caps: error or warning
    QStringList variants; // the pack variants it belongs to; empty = all

    std::optional<WaitStrategyField> field; // MaxValue
    int max = 0;                            // MaxValue
    double percent = 0;                     // ServiceLevel (min), AbandonmentRate (max)
    int withinSeconds = 0;                  // ServiceLevel

    bool needsPrediction() const { return kind == Kind::ServiceLevel || kind == Kind::AbandonmentRate; }
    bool appliesToVariant(const QString &variant) const;
    ServiceTarget serviceTarget() const; // ServiceLevel and AbandonmentRate only
};

QString ruleKindName(PolicyRule::Kind kind); // as in the files: "maxValue", ...
std::optional<PolicyRule::Kind> ruleKindFromName(QStringView name);

struct PolicyVariant
{
    QString id;
    QString name;
    QString description;
};

struct PolicyPack
{
    QString id;
    QString name;
    QString jurisdiction; // ISO 3166 code, with subdivision: "ES", "US-MD"
    QString citation;
    QDate effectiveDate;
    QString scope;        // who it binds, e.g. "Electric utilities"; may be empty
    QString description;
    QList<PolicyVariant> variants; // empty: a single set of rules
    QString defaultVariant;        // set when variants is not empty
    QList<PolicyRule> rules;
    QString source;                // file it came from, for messages

    bool hasVariant(const QString &variantId) const;
    const PolicyVariant *variant(const QString &variantId) const;
    // The rules in force for a variant; an empty or unknown id means the default.
    QList<PolicyRule> rulesFor(const QString &variantId) const;
    bool isInEffect(QDate asOf) const { return !effectiveDate.isValid() || asOf >= effectiveDate; }
    // A pack of no jurisdiction ("global") is Holdline's own rule, not a law
    // or a regulator's: findings say which, so a supervisor knows what binds.
    bool isProductRule() const { return jurisdiction == QLatin1StringView("global"); }
};

} // namespace holdline
