#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace holdline::sandbox {

// A request as the tenant sees it, copied out of QHttpServerRequest so that
// nothing refers to the socket's parser state once the answer is deferred.
struct HttpRequest
{
    QByteArray method;                       // "GET", "PUT", ...; "" when unknown
    QString path;                            // percent-encoded, as sent
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased
    QByteArray body;
    bool fromLoopback = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// An answer, plus how the transport should deliver it.
struct HttpResponse
{
    enum class Delivery { Normal, Drop };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;                         // JSON unless a header says otherwise
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;                         // injected latency before delivery

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    // {"code": code, "message": message}
    static HttpResponse error(int status, const QString &code, const QString &message);
    // CONTRACT.md §2.3: {"code": "bad.request", "message", "details": [{"field", "message"}]}
    static HttpResponse badRequest(const QString &message,
                                   const QList<std::pair<QString, QString>> &details = {});
    static HttpResponse dropped();

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// "OK", "Not Found", ... for the status line.
QByteArray reasonPhrase(int status);

} // namespace holdline::sandbox

namespace holdline::sandbox {
// The body as a JSON object, or nothing (with a message saying why).
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, QString *error);
} // namespace holdline::sandbox
