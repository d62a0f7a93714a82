#include "model/policyparser.h"

#include "model/jsonobjectreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyParser)
};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

std::optional<PolicyVariant> parseVariant(const QJsonObject &object, const QString &path, QString *error)
{
    JsonObjectReader reader(object, path, error);
    if (!reader.rejectUnknownKeys({u"id"_s, u"name"_s, u"description"_s}))
        return std::nullopt;
    PolicyVariant variant;
    variant.id = reader.string(u"id"_s).value_or(QString());
    variant.name = reader.string(u"name"_s).value_or(QString());
    variant.description = reader.string(u"description"_s, false).value_or(QString());
    if (!reader.failed() && !isValidId(variant.id))
        reader.fail(Text::tr("%1 must be lower-case letters, digits, '.', '_' or '-'").arg(reader.where(u"id"_s)));
    if (reader.failed())
        return std::nullopt;
    return variant;
}

std::optional<PolicyRule> parseRule(const QJsonObject &object, const QString &path, const PolicyPack &pack,
                                    QString *error)
{
    JsonObjectReader reader(object, path, error);
    PolicyRule rule;
    rule.id = reader.string(u"id"_s).value_or(QString());
    rule.name = reader.string(u"name"_s).value_or(QString());
    const QString kindName = reader.string(u"kind"_s).value_or(QString());
    rule.citation = reader.string(u"citation"_s).value_or(QString());
    rule.description = reader.string(u"description"_s, false).value_or(QString());
    if (reader.failed())
        return std::nullopt;
    if (!isValidId(rule.id)) {
        reader.fail(Text::tr("%1 must be lower-case letters, digits, '.', '_' or '-'").arg(reader.where(u"id"_s)));
        return std::nullopt;
    }
    const auto kind = ruleKindFromName(kindName);
    if (!kind) {
        reader.fail(Text::tr("%1 \"%2\" is not a known rule kind (maxValue, callbackRequired, serviceLevel, "
                             "abandonmentRate)")
                        .arg(reader.where(u"kind"_s), kindName));
        return std::nullopt;
    }
    rule.kind = *kind;

    // Unknown keys first: a misspelt "maxx" is better reported as such than as "max is missing".
    QStringList known{u"id"_s, u"name"_s, u"kind"_s, u"citation"_s, u"description"_s, u"variants"_s};
    switch (rule.kind) {
    case PolicyRule::Kind::MaxValue: known << u"field"_s << u"max"_s << u"severity"_s; break;
    case PolicyRule::Kind::CallbackRequired: known << u"severity"_s; break;
    case PolicyRule::Kind::ServiceLevel: known << u"percent"_s << u"withinSeconds"_s; break;
    case PolicyRule::Kind::AbandonmentRate: known << u"maxPercent"_s; break;
    }
    if (!reader.rejectUnknownKeys(known))
        return std::nullopt;

    switch (rule.kind) {
    case PolicyRule::Kind::MaxValue: {
        const QString name = reader.string(u"field"_s).value_or(QString());
        if (reader.failed())
            return std::nullopt;
        rule.field = fieldFromName(name);
        if (!rule.field || isBoolField(*rule.field)) {
            reader.fail(Text::tr("%1 \"%2\" is not a numeric wait-strategy field").arg(reader.where(u"field"_s), name));
            return std::nullopt;
        }
        rule.max = reader.integer(u"max"_s, 0, std::numeric_limits<int>::max()).value_or(0);
        break;
    }
    case PolicyRule::Kind::CallbackRequired:
        break;
    case PolicyRule::Kind::ServiceLevel:
        rule.percent = reader.number(u"percent"_s, 0, 100).value_or(0);
        rule.withinSeconds = reader.integer(u"withinSeconds"_s, 1, 86400).value_or(0);
        break;
    case PolicyRule::Kind::AbandonmentRate:
        rule.percent = reader.number(u"maxPercent"_s, 0, 100).value_or(0);
        break;
    }
    if (reader.failed())
        return std::nullopt;

    if (const auto severity = reader.string(u"severity"_s, false)) {
        if (*severity == "error"_L1) {
            rule.severity = FindingSeverity::Error;
        } else if (*severity == "warning"_L1) {
            rule.severity = FindingSeverity::Warning;
        } else {
            reader.fail(Text::tr("%1 must be \"error\" or \"warning\"").arg(reader.where(u"severity"_s)));
            return std::nullopt;
        }
    }
    if (rule.needsPrediction())
        rule.severity = FindingSeverity::NeedsPrediction;

    if (const auto variants = reader.array(u"variants"_s, false)) {
        if (pack.variants.isEmpty()) {
            reader.fail(Text::tr("%1 is given but the pack declares no variants").arg(reader.where(u"variants"_s)));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < variants->size(); ++i) {
            const QString variant = variants->at(i).toString();
            if (!pack.hasVariant(variant)) {
                reader.fail(Text::tr("%1 is not a variant declared by the pack").arg(reader.elementPath(u"variants"_s, i)));
                return std::nullopt;
            }
            rule.variants.append(variant);
        }
    }
    if (reader.failed())
        return std::nullopt;
    return rule;
}

bool parsePack(const QJsonObject &root, PolicyPack &pack, QString *error)
{
    JsonObjectReader reader(root, QString(), error);
    if (!reader.rejectUnknownKeys({u"schemaVersion"_s, u"id"_s, u"name"_s, u"jurisdiction"_s, u"citation"_s,
                                   u"effectiveDate"_s, u"scope"_s, u"description"_s, u"variants"_s,
                                   u"defaultVariant"_s, u"rules"_s}))
        return false;
    reader.integer(u"schemaVersion"_s, 1, 1, false);
    pack.id = reader.string(u"id"_s).value_or(QString());
    pack.name = reader.string(u"name"_s).value_or(QString());
    pack.jurisdiction = reader.string(u"jurisdiction"_s).value_or(QString());
    pack.citation = reader.string(u"citation"_s).value_or(QString());
    const QString date = reader.string(u"effectiveDate"_s).value_or(QString());
    pack.scope = reader.string(u"scope"_s, false).value_or(QString());
    pack.description = reader.string(u"description"_s).value_or(QString());
    if (reader.failed())
        return false;
    if (!isValidId(pack.id)) {
        reader.fail(Text::tr("id must be lower-case letters, digits, '.', '_' or '-'"));
        return false;
    }
    pack.effectiveDate = QDate::fromString(date, Qt::ISODate);
    if (!pack.effectiveDate.isValid() || date.size() != 10) {
        reader.fail(Text::tr("effectiveDate must be a date as YYYY-MM-DD"));
        return false;
    }

    if (const auto variants = reader.array(u"variants"_s, false)) {
        for (qsizetype i = 0; i < variants->size(); ++i) {
            const auto object = reader.element(*variants, u"variants"_s, i);
            const auto variant = object ? parseVariant(*object, reader.elementPath(u"variants"_s, i), error)
                                        : std::nullopt;
            if (!variant)
                return false;
            if (pack.hasVariant(variant->id)) {
                reader.fail(Text::tr("%1.id \"%2\" is declared twice").arg(reader.elementPath(u"variants"_s, i), variant->id));
                return false;
            }
            pack.variants.append(*variant);
        }
        if (pack.variants.isEmpty()) {
            reader.fail(Text::tr("variants must not be empty when given"));
            return false;
        }
        pack.defaultVariant = reader.string(u"defaultVariant"_s).value_or(QString());
        if (reader.failed())
            return false;
        if (!pack.hasVariant(pack.defaultVariant)) {
            reader.fail(Text::tr("defaultVariant \"%1\" is not one of the variants").arg(pack.defaultVariant));
            return false;
        }
    } else if (reader.failed()) {
        return false;
    } else if (reader.value(u"defaultVariant"_s, false)) {
        reader.fail(Text::tr("defaultVariant is given but the pack declares no variants"));
        return false;
    }

    const auto rules = reader.array(u"rules"_s);
    if (!rules)
        return false;
    if (rules->isEmpty()) {
        reader.fail(Text::tr("rules must not be empty"));
        return false;
    }
    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < rules->size(); ++i) {
        const auto object = reader.element(*rules, u"rules"_s, i);
        const auto rule = object ? parseRule(*object, reader.elementPath(u"rules"_s, i), pack, error) : std::nullopt;
        if (!rule)
            return false;
        if (ruleIds.contains(rule->id)) {
            reader.fail(Text::tr("%1.id \"%2\" is used twice").arg(reader.elementPath(u"rules"_s, i), rule->id));
            return false;
        }
        ruleIds.insert(rule->id);
        pack.rules.append(*rule);
    }
    return true;
}

} // namespace

PolicyParseResult parsePolicyPack(const QByteArray &json, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    PolicyParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Text::tr("%1: not valid JSON (%2 at offset %3)")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = Text::tr("%1: the top level must be a JSON object").arg(name);
        return result;
    }
    PolicyPack pack;
    pack.source = fileName;
    QString problem;
    if (!parsePack(document.object(), pack, &problem)) {
        Q_ASSERT(!problem.isEmpty());
        result.error = name + u": "_s + problem;
        return result;
    }
    result.pack = std::move(pack);
    return result;
}

} // namespace holdline
