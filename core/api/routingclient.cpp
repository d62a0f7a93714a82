#include "api/routingclient.h"

#include "api/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace holdline::api {

using namespace Qt::StringLiterals;

namespace {
QString queuePath(const QString &queueId)
{
    return u"/api/v2/routing/queues/"_s + QString::fromLatin1(QUrl::toPercentEncoding(queueId));
}

ApiError invalidQueueId(const QString &queueId)
{
    return ApiError::make(ApiError::Kind::Validation,
                          QCoreApplication::translate("RoutingClient",
                                                      "\"%1\" is not a valid queue id (1 to 64 of A-Z a-z 0-9 _ . -).")
                              .arg(queueId));
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
}

} // namespace

QString checkQueueObject(const QJsonObject &queue)
{
    if (!queue.value("id"_L1).isString() || queue.value("id"_L1).toString().isEmpty())
        return QCoreApplication::translate("RoutingClient", "the queue has no \"id\" string.");
    if (!isInteger(queue.value("version"_L1)))
        return QCoreApplication::translate("RoutingClient", "queue %1 has no integer \"version\".")
            .arg(queue.value("id"_L1).toString());
    return {};
}

bool RoutingClient::isValidQueueId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

RoutingClient::RoutingClient(ApiClient *client, QObject *parent)
    : TenantRouting(parent)
    , m_client(client)
{
}

// --- one queue ---------------------------------------------------------------

QueueReply::QueueReply(QString queueId, QObject *parent)
    : ApiJob(parent)
    , m_queueId(std::move(queueId))
{
}

void QueueReply::attach(ApiReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &ApiJob::finished, this, &QueueReply::onFinished);
}

void QueueReply::failLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void QueueReply::onFinished()
{
    m_attempts = m_reply->attempts();
    ApiError error = m_reply->error();
    if (error.isError()) {
        finish(error);
        return;
    }
    const QJsonObject object = m_reply->jsonObject(&error);
    if (!error.isError()) {
        const QString problem = checkQueueObject(object);
        if (!problem.isEmpty())
            error = ApiError::protocol(problem);
        else if (object.value("id"_L1).toString() != m_queueId)
            error = ApiError::protocol(
                tr("asked about queue %1, the tenant answered about queue %2; nothing is taken from that answer.")
                    .arg(m_queueId, object.value("id"_L1).toString()));
    }
    if (!error.isError()) {
        m_queue = object;
        m_version = object.value("version"_L1).toInt();
    }
    finish(error);
}

void QueueReply::abort()
{
    if (m_reply)
        m_reply->abort();
}

QueueReply *RoutingClient::getQueue(const QString &queueId)
{
    auto *reply = new QueueReply(queueId, m_client);
    if (!isValidQueueId(queueId)) {
        reply->failLater(invalidQueueId(queueId));
        return reply;
    }
    ApiRequest request;
    request.path = queuePath(queueId);
    reply->attach(m_client->send(request));
    return reply;
}

QueueReply *RoutingClient::putQueue(const QString &queueId, const QJsonObject &queue, std::optional<int> expectedVersion)
{
    QJsonObject body = queue;
    ApiRequest request;
    request.method = "PUT";
    request.path = queuePath(queueId);
    if (expectedVersion) {
        body.insert("version"_L1, *expectedVersion);
        request.headers.append({"If-Match", '"' + QByteArray::number(*expectedVersion) + '"'});
    } else {
        body.remove("version"_L1);
    }
    request.retryOnTransient = expectedVersion.has_value();
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *reply = new QueueReply(queueId, m_client);
    if (!isValidQueueId(queueId))
        reply->failLater(invalidQueueId(queueId));
    else if (queue.value("id"_L1).toString() != queueId)
        reply->failLater(ApiError::make(ApiError::Kind::Validation,
                                        tr("the object to write as queue %1 names queue %2; nothing was written.")
                                            .arg(queueId, queue.value("id"_L1).toString())));
    else
        reply->attach(m_client->send(request));
    return reply;
}

// --- every queue ---------------------------------------------------------------

QueueListReply *RoutingClient::listQueues(int pageSize, int pageBudget)
{
    auto *reply = new QueueListReply(m_client, std::clamp(pageSize, 1, 500),
                                     std::clamp(pageBudget, 1, QueueListReply::MaxPages));
    reply->requestPage(1);
    return reply;
}

QList<Queue> QueueListReply::queues(qsizetype from, qsizetype n) const
{
    const qsizetype begin = std::clamp<qsizetype>(from, 0, m_queues.size());
    const qsizetype end = std::clamp<qsizetype>(from + n, begin, m_queues.size());
    QList<Queue> typed;
    typed.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i)
        typed.append(Queue::fromJson(m_queues.at(i)));
    return typed;
}

QueueListReply::QueueListReply(ApiClient *client, int pageSize, int pageBudget)
    : ApiJob(client)
    , m_client(client)
    , m_pageSize(pageSize)
    , m_pageBudget(pageBudget)
{
}

void QueueListReply::requestPage(int page)
{
    ApiRequest request;
    request.path = u"/api/v2/routing/queues"_s;
    request.query.addQueryItem(u"pageSize"_s, QString::number(m_pageSize));
    request.query.addQueryItem(u"pageNumber"_s, QString::number(page));
    ApiReply *reply = m_client->send(request);
    reply->setParent(this);
    track(reply);
    ++m_inFlight;
    connect(reply, &ApiJob::finished, this, [this, reply, page] { onPage(reply, page); });
}

void QueueListReply::requestMore()
{
    while (m_nextPage <= m_lastPage && m_inFlight < PagesInFlight)
        requestPage(m_nextPage++);
}

void QueueListReply::onPage(ApiReply *reply, int page)
{
    reply->deleteLater();
    untrack(reply);
    --m_inFlight;
    if (isFinished())
        return;
    ApiError error = reply->error();
    QJsonObject object;
    if (!error.isError())
        object = reply->jsonObject(&error);
    const QJsonValue entities = object.value("entities"_L1);
    if (!error.isError() && !entities.isArray())
        error = ApiError::protocol(tr("page %1 of the queue list has no \"entities\" array.").arg(page));
    if (!error.isError() && entities.toArray().size() > m_pageSize)
        error = ApiError::protocol(tr("page %1 of the queue list holds %2 queues, more than the %3 asked for.")
                                       .arg(page).arg(entities.toArray().size()).arg(m_pageSize));
    const QJsonValue pageCount = object.value("pageCount"_L1);
    if (!error.isError() && page == 1 && !isInteger(pageCount))
        error = ApiError::protocol(tr("the queue list has no integer \"pageCount\"."));
    if (!error.isError() && page == 1 && pageCount.toDouble() > MaxPages)
        error = ApiError::protocol(tr("the queue list claims %1 pages of %2; Holdline reads at most %3 pages.")
                                       .arg(pageCount.toDouble(), 0, 'f', 0).arg(m_pageSize).arg(MaxPages));
    if (!error.isError() && page == 1 && pageCount.toDouble() > m_pageBudget) {
        m_exceededBudget = true;
        error = ApiError::protocol(tr("the queue list has %1 pages of %2, more than the %3 to be read.")
                                       .arg(pageCount.toDouble(), 0, 'f', 0).arg(m_pageSize).arg(m_pageBudget));
    }

    QList<QJsonObject> queues;
    for (qsizetype i = 0; !error.isError() && i < entities.toArray().size(); ++i) {
        const QJsonObject queue = entities.toArray().at(i).toObject();
        const QString problem = checkQueueObject(queue);
        if (!problem.isEmpty())
            error = ApiError::protocol(tr("page %1, entity %2: %3").arg(page).arg(i).arg(problem));
        queues.append(queue);
    }
    if (error.isError()) {
        // Finished first: the pages still in flight, aborted, must not put
        // their "Cancelled" in the place of this error.
        finish(error);
        abortTracked();
        return;
    }

    if (page == 1) {
        m_lastPage = std::max(1, pageCount.toInt());
        m_pages.resize(m_lastPage);
        m_received.fill(false, m_lastPage);
    }
    if (page > m_lastPage)
        return; // past a short page: the list ended before it
    m_pages[page - 1] = queues;
    m_received[page - 1] = true;
    // A short page is the last, whatever pageCount claimed.
    if (queues.size() < m_pageSize)
        m_lastPage = page;
    Q_EMIT progress(int(std::count(m_received.cbegin(), m_received.cbegin() + m_lastPage, true)), m_lastPage);
    requestMore();
    finishIfComplete();
}

void QueueListReply::finishIfComplete()
{
    if (std::find(m_received.cbegin(), m_received.cbegin() + m_lastPage, false) != m_received.cbegin() + m_lastPage)
        return;
    // A queue can move between pages while they are read; keep each once.
    QSet<QString> seen;
    for (int p = 0; p < m_lastPage; ++p) {
        for (const QJsonObject &queue : std::as_const(m_pages[p])) {
            if (!seen.contains(queue.value("id"_L1).toString())) {
                seen.insert(queue.value("id"_L1).toString());
                m_queues.append(queue);
            }
        }
    }
    finish();
    abortTracked(); // pages past a short one, still on their way
}

} // namespace holdline::api
