#pragma once

#include "sandbox/httpmessage.h"

#include <QByteArrayList>
#include <QStringList>

#include <functional>
#include <vector>

namespace holdline::sandbox {

// What a route demands before its handler runs.
enum class RouteAccess {
    Public,   // no token (the token endpoint)
    Bearer,   // a valid token with the route's scope, rate limited, faults apply
    Admin,    // /sandbox/*: loopback callers only, no token, no faults
};

// A small path router: patterns are '/'-separated segments where "*" matches
// one segment (possibly empty, so an empty queue id reaches the handler and
// gets the contract's 400 rather than a 404).
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const QStringList &captures, const QString &clientId)>;

    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteAccess access;
        QString scope;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;   // null: see status
        QStringList captures;
        int status = 404;               // 404 no such path, 405 path but not method
        QByteArrayList allowed;         // for 405's Allow header
    };

    void add(const QByteArray &method, const QString &pattern, RouteAccess access, const QString &scope,
             Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    std::vector<Route> m_routes;
};

} // namespace holdline::sandbox
