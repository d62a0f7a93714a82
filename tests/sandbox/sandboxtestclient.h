#pragma once
// Test helpers: start an in-process SandboxTenant and talk real HTTP to it
// with QNetworkAccessManager. No mocks; waits are QSignalSpy::wait.
#include "sandboxstart.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace sandboxtest {

using namespace Qt::StringLiterals;
using holdline::sandbox::SandboxOptions;
using holdline::sandbox::SandboxTenant;

// A frozen clock, a weekday midday start, a day of history, few queues and
// no rate limit: fast and reproducible unless a test asks otherwise.
inline SandboxOptions quickOptions()
{
    SandboxOptions o;
    o.queueCount = 3;
    o.speed = 0;
    o.historyDays = 1;
    o.rateLimitPerMinute = 0;
    o.simulatedStart = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    return o;
}

inline std::unique_ptr<SandboxTenant> startTenant(const SandboxOptions &options = quickOptions())
{
    return holdline::testsandbox::startSandbox(options);
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // "field" values of a 400's details.
    QStringList detailFields() const
    {
        QStringList fields;
        const QJsonArray details = json().value(u"details"_s).toArray();
        for (const QJsonValue &d : details)
            fields.append(d.toObject().value(u"field"_s).toString());
        return fields;
    }
};

class Client
{
public:
    explicit Client(QUrl base) : m_base(std::move(base)) {}

    QByteArray token;

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, bool withToken = true)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::TolerantMode);
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withToken && !token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path) { return send("GET", path); }
    Reply put(const QString &path, const QJsonObject &body, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    Reply requestToken(const QString &id, const QString &secret)
    {
        return send("POST", u"/api/v2/oauth/token"_s,
                    QJsonDocument(QJsonObject{{u"grant_type"_s, u"client_credentials"_s},
                                              {u"client_id"_s, id},
                                              {u"client_secret"_s, secret}})
                        .toJson(QJsonDocument::Compact),
                    {}, false);
    }
    bool login(const QString &id, const QString &secret)
    {
        const Reply r = requestToken(id, secret);
        token = r.json().value(u"access_token"_s).toString().toLatin1();
        return r.status == 200 && !token.isEmpty();
    }
    bool login(const SandboxTenant &tenant) { return login(tenant.clientId(), tenant.clientSecret()); }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QJsonObject analyticsBody(const QString &interval, const QJsonObject &extra = {})
{
    QJsonObject body{{u"interval"_s, interval}, {u"groupBy"_s, QJsonArray{u"queue.id"_s}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

inline const QString AnalyticsPath = u"/api/v2/analytics/queues/summary/query"_s;
inline const QString QueuesPath = u"/api/v2/routing/queues"_s;

} // namespace sandboxtest
