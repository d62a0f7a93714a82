#include "api/apireply.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace holdline::api {

using namespace Qt::StringLiterals;

QString ApiRequest::describe() const
{
    if (externalUrl.isValid())
        return QString::fromLatin1(method) + u' ' + externalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    return QString::fromLatin1(method) + u' ' + path;
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void ApiJob::abortTracked()
{
    const auto tracked = m_tracked;
    m_tracked.clear();
    for (const QPointer<ApiJob> &call : tracked)
        if (call)
            call->abort();
}

void ApiJob::abort()
{
    abortTracked();
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

ApiReply::ApiReply(ApiClient *client, ApiRequest request)
    : ApiJob(client)
    , m_client(client)
    , m_request(std::move(request))
{
}

QJsonObject ApiReply::jsonObject(ApiError *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::protocol(tr("%1 answered with a body that is not JSON (%2 at offset %3).")
                                        .arg(m_request.describe(), parseError.errorString())
                                        .arg(parseError.offset));
        return {};
    }
    if (!document.isObject()) {
        *error = ApiError::protocol(tr("%1 answered with JSON that is not an object.").arg(m_request.describe()));
        return {};
    }
    return document.object();
}

void ApiReply::abort()
{
    if (isFinished())
        return;
    if (m_client)
        m_client->cancel(this);
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

} // namespace holdline::api
