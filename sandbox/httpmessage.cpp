#include "sandbox/httpmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{u"code"_s, code}, {u"message"_s, message}});
}

HttpResponse HttpResponse::badRequest(const QString &message, const QList<std::pair<QString, QString>> &details)
{
    QJsonArray array;
    for (const auto &[field, text] : details)
        array.append(QJsonObject{{u"field"_s, field}, {u"message"_s, text}});
    return json(400, QJsonObject{{u"code"_s, u"bad.request"_s}, {u"message"_s, message}, {u"details"_s, array}});
}

HttpResponse HttpResponse::dropped()
{
    HttpResponse r;
    r.status = 0;
    r.delivery = Delivery::Drop;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace holdline::sandbox

namespace holdline::sandbox {
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = u"The request needs a JSON object body."_s;
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"The body must be a JSON object."_s;
        return std::nullopt;
    }
    return doc.object();
}
} // namespace holdline::sandbox
