#include "cli/strategyfile.h"

#include "api/routingclient.h"
#include "common/boundedfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace holdline::cli {

using namespace Qt::StringLiterals;

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StrategyFile)
};
} // namespace

std::optional<QList<FieldAssignment>> assignmentsFromFlatJson(const QJsonObject &object, QString *error)
{
    QList<FieldAssignment> assignments;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field = fieldFromName(it.key());
        if (!field) {
            *error = Text::tr("\"%1\" is not a wait-strategy field (positionThreshold, callbackEnabled, "
                              "callbackPositionThreshold, abandonmentThreshold, maxHoldTime).").arg(it.key());
            return std::nullopt;
        }
        const QJsonValue value = it.value();
        if (isBoolField(*field)) {
            if (!value.isBool()) {
                *error = Text::tr("\"%1\" must be true or false.").arg(it.key());
                return std::nullopt;
            }
            assignments.append({*field, value.toBool()});
        } else {
            const double number = value.toDouble(std::nan(""));
            if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
                *error = Text::tr("\"%1\" must be a whole number.").arg(it.key());
                return std::nullopt;
            }
            assignments.append({*field, int(number)});
        }
    }
    if (assignments.isEmpty()) {
        *error = Text::tr("no field to set.");
        return std::nullopt;
    }
    return assignments;
}

std::optional<QList<FieldAssignment>> StrategyFile::assignmentsFor(const QString &queueId) const
{
    if (!perQueue)
        return common;
    if (!queues.contains(queueId))
        return std::nullopt;
    return queues.value(queueId);
}

std::optional<StrategyFile> StrategyFile::fromJson(const QJsonObject &json, QString *error)
{
    StrategyFile file;
    if (!json.contains("queues"_L1)) {
        const auto common = assignmentsFromFlatJson(json, error);
        if (!common)
            return std::nullopt;
        file.common = *common;
        return file;
    }
    file.perQueue = true;
    if (json.size() != 1 || !json.value("queues"_L1).isArray()) {
        *error = Text::tr("an export file holds exactly one key, \"queues\", an array.");
        return std::nullopt;
    }
    const QJsonArray queues = json.value("queues"_L1).toArray();
    for (qsizetype i = 0; i < queues.size(); ++i) {
        const QJsonObject item = queues.at(i).toObject();
        const QString id = item.value("queueId"_L1).toString();
        const QString where = Text::tr("queues[%1]").arg(i);
        if (!queues.at(i).isObject() || item.size() != 2 || !item.value("strategy"_L1).isObject()) {
            *error = Text::tr("%1 must be {\"queueId\": ..., \"strategy\": {...}}.").arg(where);
            return std::nullopt;
        }
        if (!api::RoutingClient::isValidQueueId(id)) {
            *error = Text::tr("%1: \"%2\" is not a queue id.").arg(where, id);
            return std::nullopt;
        }
        if (file.queues.contains(id)) {
            *error = Text::tr("%1: queue %2 appears twice.").arg(where, id);
            return std::nullopt;
        }
        QString problem;
        const auto assignments = assignmentsFromFlatJson(item.value("strategy"_L1).toObject(), &problem);
        if (!assignments) {
            *error = Text::tr("%1 (%2): %3").arg(where, id, problem);
            return std::nullopt;
        }
        file.queueIds.append(id);
        file.queues.insert(id, *assignments);
    }
    if (file.queueIds.isEmpty()) {
        *error = Text::tr("the file names no queue.");
        return std::nullopt;
    }
    return file;
}

std::optional<StrategyFile> StrategyFile::read(const QString &path, QString *error)
{
    const std::optional<QByteArray> contents = readFileCapped(path, MaxInputFileBytes, error);
    if (!contents)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*contents, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = Text::tr("%1 is not a JSON object: %2").arg(path, parseError.error != QJsonParseError::NoError
                                                                  ? parseError.errorString()
                                                                  : Text::tr("the top level is not an object"));
        return std::nullopt;
    }
    QString problem;
    auto file = fromJson(document.object(), &problem);
    if (!file)
        *error = path + u": "_s + problem;
    return file;
}

} // namespace holdline::cli
