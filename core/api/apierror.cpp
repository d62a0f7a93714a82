#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace holdline::api {

using namespace Qt::StringLiterals;

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Auth: return u"auth"_s;
    case Kind::Forbidden: return u"forbidden"_s;
    case Kind::NotFound: return u"notFound"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::Validation: return u"validation"_s;
    case Kind::RateLimited: return u"rateLimited"_s;
    case Kind::Server: return u"server"_s;
    case Kind::Protocol: return u"protocol"_s;
    case Kind::Insecure: return u"insecure"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    }
    return u"unknown"_s;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::protocol(const QString &message)
{
    return make(Kind::Protocol, tr("The tenant's answer is not valid: %1").arg(message));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;

    // Error bodies are informative only: a missing or malformed one must not
    // hide the status, so parse leniently.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    error.serverCode = object.value("code"_L1).toString(object.value("error"_L1).toString());
    const QString serverMessage = object.value("message"_L1).toString();
    for (const QJsonValue &detail : object.value("details"_L1).toArray()) {
        const QJsonObject d = detail.toObject();
        error.fieldDetails.append({d.value("field"_L1).toString(), d.value("message"_L1).toString()});
    }
    const auto withServerMessage = [&](const QString &text) {
        return serverMessage.isEmpty() ? text : text + u" ("_s + serverMessage + u')';
    };

    switch (status) {
    case 400:
    case 422: {
        error.kind = Kind::Validation;
        QStringList parts;
        for (const FieldError &f : std::as_const(error.fieldDetails))
            parts.append(f.field + u": "_s + f.message);
        error.message = parts.isEmpty()
            ? withServerMessage(tr("The tenant refused the request as invalid."))
            : tr("The tenant refused the request: %1").arg(parts.join("; "_L1));
        break;
    }
    case 401:
        error.kind = Kind::Auth;
        error.message = error.serverCode == "invalid_client"_L1
            ? tr("The tenant rejected the client id or secret.")
            : tr("The tenant did not accept the access token.");
        break;
    case 403:
        error.kind = Kind::Forbidden;
        error.missingScope = object.value("scope"_L1).toString();
        error.message = error.missingScope.isEmpty()
            ? withServerMessage(tr("The tenant refused access."))
            : tr("The OAuth client lacks the scope \"%1\"; add it to the client in CXone.").arg(error.missingScope);
        break;
    case 404:
        error.kind = Kind::NotFound;
        error.message = withServerMessage(tr("The tenant has no such resource."));
        break;
    case 409:
        error.kind = Kind::Conflict;
        if (object.value("currentVersion"_L1).isDouble())
            error.currentVersion = object.value("currentVersion"_L1).toInt();
        error.message = error.currentVersion
            ? tr("Someone else changed it first (it is now at version %1).").arg(*error.currentVersion)
            : tr("Someone else changed it first.");
        break;
    case 429:
        error.kind = Kind::RateLimited;
        error.message = tr("The tenant's rate limit was still exceeded after every retry.");
        break;
    default:
        if (status >= 500) {
            error.kind = Kind::Server;
            error.message = withServerMessage(tr("The tenant failed with HTTP %1.").arg(status));
        } else {
            error.kind = Kind::Protocol;
            error.message = withServerMessage(tr("The tenant answered with unexpected HTTP %1.").arg(status));
        }
    }
    return error;
}

} // namespace holdline::api
