#pragma once

#include "api/apireply.h"
#include "model/queue.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <optional>

namespace holdline::api {

class ApiClient;

// The answer to a GET or PUT of one queue: the whole queue object, unowned
// fields included, exactly as the tenant stores it.
class QueueReply final : public ApiJob
{
    Q_OBJECT
public:
    // The queue typed, with the object kept whole inside.
    Queue queue() const { return Queue::fromJson(m_queue); }
    QJsonObject queueObject() const { return m_queue; }
    int version() const { return m_version; }
    // HTTP attempts made: past one, an earlier attempt may have been applied
    // although its answer was lost, whatever the last attempt says.
    int attempts() const { return m_attempts; }
    void abort() override;

private:
    friend class RoutingClient;
    QueueReply(QString queueId, QObject *parent);
    void attach(ApiReply *reply);
    void failLater(const ApiError &error);
    void onFinished();

    QPointer<ApiReply> m_reply;
    QString m_queueId; // the queue asked for: an answer about another is an error
    QJsonObject m_queue;
    int m_version = 0;
    int m_attempts = 0;
};

// Every queue of the tenant, across all pages. The tenant's pageCount is
// not trusted beyond its meaning: at most MaxPages, a few pages in flight at
// a time, and a short page ends the list whatever pageCount said.
class QueueListReply final : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int MaxPages = 2000;     // a million queues at 500 a page
    static constexpr int PagesInFlight = 4;

    qsizetype count() const { return m_queues.size(); }
    // Typed queues, each converted on every call: call it once. A caller on
    // the GUI thread converts thousands a slice at a time: [from, from + n).
    QList<Queue> queues(qsizetype from, qsizetype n) const;
    QList<Queue> queues() const { return queues(0, count()); }
    QList<QJsonObject> queueObjects() const { return m_queues; }
    // The list has more pages than the caller would read (listQueues's
    // pageBudget): it ended with an error after its first page.
    bool exceededPageBudget() const { return m_exceededBudget; }

Q_SIGNALS:
    void progress(int pagesDone, int pageCount);

private:
    friend class RoutingClient;
    QueueListReply(ApiClient *client, int pageSize, int pageBudget);
    void requestPage(int page);
    void requestMore();
    void onPage(ApiReply *reply, int page);
    void finishIfComplete();

    ApiClient *m_client;
    int m_pageSize;
    int m_pageBudget;
    bool m_exceededBudget = false;
    int m_lastPage = 1;   // pageCount, or the first short page
    int m_nextPage = 2;
    int m_inFlight = 0;
    QList<QList<QJsonObject>> m_pages;
    QList<bool> m_received;
    QList<QJsonObject> m_queues;
};

// The tenant's queues as Holdline reads and writes them, whatever API the
// tenant speaks: the session holds one, and the GUI, the CLI and the engine
// only see this. RoutingClient speaks the contract's; an adapter for another
// dialect (CXone's ACD skills) would be a second implementation.
class TenantRouting : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // pageBudget: read no more pages than this (at most MaxPages); a longer
    // list ends with exceededPageBudget() after one page.
    virtual QueueListReply *listQueues(int pageSize = 500, int pageBudget = QueueListReply::MaxPages) = 0;
    virtual QueueReply *getQueue(const QString &queueId) = 0;
    // Replaces the whole queue `queueId` (the URL is built from it, never
    // from the body, whose id must agree). With expectedVersion, the write is
    // refused (Conflict) when the tenant's version differs, and may be retried safely.
    virtual QueueReply *putQueue(const QString &queueId, const QJsonObject &queue,
                                 std::optional<int> expectedVersion) = 0;
};

// Routing API v2 queues (CONTRACT.md §2).
class RoutingClient final : public TenantRouting
{
    Q_OBJECT
public:
    explicit RoutingClient(ApiClient *client, QObject *parent = nullptr);

    static bool isValidQueueId(const QString &id);
    ApiClient *client() const { return m_client; }

    QueueListReply *listQueues(int pageSize = 500, int pageBudget = QueueListReply::MaxPages) override;
    QueueReply *getQueue(const QString &queueId) override;
    QueueReply *putQueue(const QString &queueId, const QJsonObject &queue, std::optional<int> expectedVersion) override;

private:
    ApiClient *m_client;
};

// A queue object must at least name itself and its version.
QString checkQueueObject(const QJsonObject &queue);

} // namespace holdline::api
