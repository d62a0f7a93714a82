#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace holdline::api {

// One HTTP call as the clients describe it; ApiClient adds the token, paces,
// retries and times it out.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;          // relative to the tenant's base URL
    QUrlQuery query;
    QUrl externalUrl;      // set: an external endpoint (the sync webhook), no tenant token or rate limit
    QByteArray body;       // JSON; empty for none
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    // A PUT without a version must not be retried: the retry could overwrite
    // a newer write. Reads and versioned writes may.
    bool retryOnTransient = true;

    QString describe() const; // "GET /api/v2/…", never with secrets
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

} // namespace holdline::api
