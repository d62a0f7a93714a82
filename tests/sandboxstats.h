#pragma once
// What an in-process sandbox tenant was asked (GET /sandbox/stats), to count
// a client's requests from the outside.

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace holdline::testing {

// reset: DELETE, so counting starts again (answers the emptied stats).
inline QJsonObject sandboxStats(const QUrl &baseUrl, bool reset = false)
{
    // One manager for the process, gone with the application: a manager made
    // and destroyed per call leaves its HTTP thread to a deferred delete that
    // may never run, which LeakSanitizer reports (seen at night, under faketime).
    static QNetworkAccessManager &network = *new QNetworkAccessManager(QCoreApplication::instance());
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/sandbox/stats"));
    const QNetworkRequest request(url);
    std::unique_ptr<QNetworkReply> reply(reset ? network.deleteResource(request) : network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// Calls to a route, "PUT /api/v2/routing/queues/*".
inline int callsTo(const QJsonObject &stats, const QString &route)
{
    return stats.value(QStringLiteral("calls")).toObject().value(route).toInt();
}

inline const QString ListQueuesRoute = QStringLiteral("GET /api/v2/routing/queues");
inline const QString GetQueueRoute = QStringLiteral("GET /api/v2/routing/queues/*");
inline const QString PutQueueRoute = QStringLiteral("PUT /api/v2/routing/queues/*");

} // namespace holdline::testing
