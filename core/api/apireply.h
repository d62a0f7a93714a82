#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace holdline::api {

class ApiClient;

// A job of the API layer: emits finished() once, then holds its result or a
// typed error. Owned by whoever started it; deleteLater() it after finished().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    // Stops the calls under way and finishes as cancelled.
    virtual void abort();

Q_SIGNALS:
    void finished();

protected:
    void finish(const ApiError &error = {});

    // Jobs made of several calls track the ones under way, so that abort()
    // (or a failed page) can stop the rest.
    void track(ApiJob *call) { m_tracked.append(call); }
    void untrack(ApiJob *call) { m_tracked.removeAll(call); }
    void abortTracked();

private:
    bool m_finished = false;
    ApiError m_error;
    QList<QPointer<ApiJob>> m_tracked;
};

// One logical HTTP call, across its retries.
class ApiReply final : public ApiJob
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    const HttpResponse &response() const { return m_response; }
    int attempts() const { return m_attempts; }

    // The body as a JSON object; a Protocol error when it is not one.
    QJsonObject jsonObject(ApiError *error) const;

    void abort() override;

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, ApiRequest request);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    HttpResponse m_response;
    int m_attempts = 0;
    bool m_refreshedAfter401 = false;
    qint64 m_notBeforeMs = 0;
    QString m_usedToken;
    QPointer<QNetworkReply> m_networkReply;
    qint64 m_deadlineAtMs = 0; // monotonic; set at the first attempt
    qint64 m_attemptMs = 0;
    qint64 m_sentAtMs = 0;     // monotonic; the attempt's dispatch
    bool m_timedOut = false;
    bool m_bodyTooLarge = false;
    bool m_deadlineReached = false;
};

} // namespace holdline::api
