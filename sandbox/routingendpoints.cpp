#include "sandbox/routingendpoints.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/tenantstate.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {

// A query parameter as a whole number in min..max; fallback when absent.
std::optional<int> intParam(const HttpRequest &request, const QString &name, int fallback, int min, int max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max || text.startsWith(u'+'))
        return std::nullopt;
    return value;
}

std::optional<QString> queueId(const QString &raw, HttpResponse *error)
{
    const QString id = QUrl::fromPercentEncoding(raw.toUtf8());
    if (!QueueStore::isValidId(id)) {
        *error = HttpResponse::badRequest(u"Invalid queue id."_s,
                                          {{u"queueId"_s, u"must be 1 to 64 characters of A-Z a-z 0-9 _ . -"_s}});
        return std::nullopt;
    }
    return id;
}

HttpResponse queueAnswer(const QJsonObject &queue)
{
    HttpResponse r = HttpResponse::json(200, queue);
    r.addHeader("ETag", '"' + QByteArray::number(jsonInteger(queue.value(u"version"_s)).value_or(0)) + '"');
    return r;
}

// If-Match: "7", W/"7", "7", "8" or *. "*" is nothing in the list; a tag that
// is not a version can never match.
QList<std::optional<qint64>> parseIfMatch(const QByteArray &header)
{
    QList<std::optional<qint64>> tags;
    if (header.trimmed().isEmpty())
        return tags;
    const QList<QByteArray> parts = header.split(',');
    for (QByteArray part : parts) {
        part = part.trimmed();
        if (part == "*") {
            tags.append(std::nullopt);
            continue;
        }
        if (part.startsWith("W/"))
            part = part.mid(2);
        if (part.size() >= 2 && part.startsWith('"') && part.endsWith('"'))
            part = part.mid(1, part.size() - 2);
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        tags.append(ok ? v : -1);
    }
    return tags;
}

} // namespace

HttpResponse listQueues(TenantState &tenant, const HttpRequest &request)
{
    const auto pageSize = intParam(request, u"pageSize"_s, 25, 1, 500);
    const auto pageNumber = intParam(request, u"pageNumber"_s, 1, 1, 1000000000);
    FieldErrors errors;
    if (!pageSize)
        errors.append({u"pageSize"_s, u"must be an integer between 1 and 500"_s});
    if (!pageNumber)
        errors.append({u"pageNumber"_s, u"must be an integer of at least 1"_s});
    if (!errors.isEmpty())
        return HttpResponse::badRequest(u"Invalid paging parameters."_s, errors);

    const qint64 total = tenant.queues.size();
    const qint64 first = qint64(*pageNumber - 1) * *pageSize;
    QJsonArray entities;
    for (qint64 i = first; i < std::min(total, first + *pageSize); ++i)
        entities.append(tenant.queues.at(i));
    return HttpResponse::json(200, QJsonObject{
                                       {u"entities"_s, entities},
                                       {u"pageSize"_s, *pageSize},
                                       {u"pageNumber"_s, *pageNumber},
                                       {u"total"_s, total},
                                       {u"pageCount"_s, (total + *pageSize - 1) / *pageSize},
                                   });
}

HttpResponse getQueue(TenantState &tenant, const QString &rawId)
{
    HttpResponse error;
    const auto id = queueId(rawId, &error);
    if (!id)
        return error;
    const auto queue = tenant.queues.find(*id);
    if (!queue)
        return HttpResponse::error(404, u"not.found"_s, u"No queue %1."_s.arg(*id));
    tenant.faults.noteRead(*id);
    return queueAnswer(*queue);
}

HttpResponse putQueue(TenantState &tenant, const HttpRequest &request, const QString &rawId, const QString &clientId)
{
    HttpResponse error;
    const auto id = queueId(rawId, &error);
    if (!id)
        return error;
    if (!tenant.queues.find(*id))
        return HttpResponse::error(404, u"not.found"_s, u"No queue %1."_s.arg(*id));
    QString message;
    const auto body = parseJsonObject(request.body, &message);
    if (!body)
        return HttpResponse::badRequest(message, {{u"body"_s, message}});

    if (tenant.faults.dropBeforeWrite()) {
        qCDebug(lcSandbox) << "fault: dropping the connection before PUT" << *id;
        return HttpResponse::dropped();
    }

    const qint64 now = tenant.clock.simulatedNowSecs();
    if (tenant.faults.takeConcurrentWrite(*id)) {
        if (const auto other = tenant.queues.writeByOther(*id, tenant.faults.faults().concurrentWriterField, now)) {
            qCDebug(lcSandbox) << "fault: another writer changed" << *id << "before this PUT";
            tenant.catchUp();
            tenant.simulations.setStrategy(*id, QueueStore::strategyOf(*other));
        }
    }

    const auto result = tenant.queues.replace(*id, *body, parseIfMatch(request.header("if-match")),
                                              u"client:"_s + clientId, now);
    switch (result.kind) {
    case QueueStore::ReplaceResult::Kind::NotFound:
        return HttpResponse::error(404, u"not.found"_s, u"No queue %1."_s.arg(*id));
    case QueueStore::ReplaceResult::Kind::Conflict:
        return HttpResponse::json(409, QJsonObject{
                                           {u"code"_s, u"conflict"_s},
                                           {u"message"_s, u"Queue %1 is at version %2; nothing was changed."_s.arg(*id).arg(result.currentVersion)},
                                           {u"currentVersion"_s, result.currentVersion},
                                       });
    case QueueStore::ReplaceResult::Kind::Invalid:
        return HttpResponse::badRequest(u"The queue is not valid."_s, result.errors);
    case QueueStore::ReplaceResult::Kind::Replaced:
        break;
    }

    // The new strategy applies from this simulated instant on.
    tenant.catchUp();
    tenant.simulations.setStrategy(*id, QueueStore::strategyOf(result.stored));
    qCDebug(lcSandbox).noquote() << "queue" << *id << "now at version"
                                << result.stored.value(u"version"_s).toInteger() << "by client" << clientId;

    if (tenant.faults.dropAfterWrite()) {
        qCDebug(lcSandbox) << "fault: dropping the connection after PUT" << *id;
        return HttpResponse::dropped();
    }
    return queueAnswer(result.stored);
}

} // namespace holdline::sandbox
